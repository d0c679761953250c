/** ingest() with OCR for scanned PDF pages — the way every command reads its inputs (import, sample, verify, score, schemes). */
import { ingest, type IngestOptions, type IngestResult, type RecordSink } from '../ingest/index.js';
import { emptyDataset, type CaseFile, type Scheme, type Warning } from '../model/types.js';
import { tr } from '../i18n.js';
import { applyOcrAssessment } from './apply.js';
import type { OcrEngine } from './engine.js';
import { createOcrProvider } from './provider.js';
import { displayName } from '../util/display-path.js';

export interface OcrIngestOptions extends Omit<IngestOptions, 'sink'> {
  /** OCR cache folder (default ~/.cache/caseaudit/ocr) */
  ocrCache?: string;
  /** OCR engine (default: tesseract, chi_sim) */
  ocrEngine?: OcrEngine;
}

/**
 * Read inputs; PDF pages without a text layer (--ocr auto, the default) or every page (--ocr force) are OCR'd,
 * and each OCR'd case gets its provenance, confidences and uncertain fields. Kept records go to `forward` when
 * given (a streaming writer; the dataset's arrays then stay empty), else into the dataset. The input lines say
 * which files were OCR'd and how surely. A missing OCR engine is its own error with an install hint.
 */
export async function ingestWithOcr(inputs: string[], opts: OcrIngestOptions = {}, forward?: RecordSink): Promise<IngestResult> {
  const { ocrCache, ocrEngine, ...ingestOpts } = opts;
  const ocr = opts.ocr === 'off' ? undefined : createOcrProvider({ engine: ocrEngine, cacheDir: ocrCache, jobs: opts.jobs, onProgress: opts.onProgress });
  const kept = { cases: [] as CaseFile[], schemes: [] as Scheme[] };
  const ocrWarnings: Warning[] = [];
  const ocrNotes = new Map<string, CaseFile>(); // the first OCR'd case of each file, for its input line
  const sink: RecordSink = (kind, rec) => {
    if (kind === 'cases' && ocr) {
      applyOcrAssessment({ ...emptyDataset(), cases: [rec as CaseFile], warnings: ocrWarnings }, ocr);
      if ((rec as CaseFile).ocr && !ocrNotes.has(rec.source.file)) ocrNotes.set(rec.source.file, rec as CaseFile);
    }
    // outputs never hold the absolute location of the inputs (same bytes wherever the folder lives)
    rec.source = { ...rec.source, file: displayName(rec.source.file) };
    if (forward) return forward(kind, rec);
    (kept[kind] as (CaseFile | Scheme)[]).push(rec);
  };
  let result: IngestResult;
  try {
    result = await ingest(inputs, { ...ingestOpts, sink, ...(ocr ? { pageTextProvider: ocr } : {}) });
  } catch (err) {
    throw ocr?.error ?? err; // engine missing: its own message and install hint, not "N inputs could not be read"
  }
  if (ocr?.error) throw ocr.error;
  result.dataset.cases = kept.cases;
  result.dataset.schemes = kept.schemes;
  result.dataset.warnings.push(...ocrWarnings);
  for (const r of result.dataset.rejects) if (r.file) r.file = displayName(r.file);
  for (const w of result.dataset.warnings) if (w.file) w.file = displayName(w.file);
  for (const input of result.inputs) {
    const c = ocrNotes.get(input.path);
    if (!c?.ocr) continue;
    const note = tr(`OCR ${c.ocr.pages.length} 页，置信度 ${c.ocr.meanConfidence}${c.uncertainFields?.length ? `，不确定：${c.uncertainFields.join('、')}` : ''}`, `OCR ${c.ocr.pages.length} pages, confidence ${c.ocr.meanConfidence}${c.uncertainFields?.length ? `, uncertain: ${c.uncertainFields.join(', ')}` : ''}`);
    input.message = input.message ? `${input.message}; ${note}` : note;
  }
  return result;
}
