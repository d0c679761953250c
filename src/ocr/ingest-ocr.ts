/** ingest() with OCR for scanned PDF pages — the way every command reads its inputs (import, sample, verify, score, schemes). */
import { ingest, type IngestOptions, type IngestResult, type RecordSink } from '../ingest/index.js';
import { emptyDataset, type CaseFile, type Scheme, type Warning } from '../model/types.js';
import { tr } from '../i18n.js';
import { applyOcrAssessment } from './apply.js';
import { resolveEngines, installHint, type EngineSpec } from './engines.js';
import { createOcrProvider, type OcrPagesMode } from './provider.js';
import { displayName } from '../util/display-path.js';

export interface OcrIngestOptions extends Omit<IngestOptions, 'sink'> {
  /** OCR cache folder (default ~/.cache/caseaudit/ocr) */
  ocrCache?: string;
  /** OCR engine or its name: paddle (default, PP-OCR from npm), tesseract, both (engines.ts) */
  ocrEngine?: EngineSpec;
  /**
   * OCR only these case files (keys by caseIdKey; score/worksheet --sample): a scanned file whose name or first
   * page gives another case number is read no further than that page (provider.ts drawnByFirstPage)
   */
  ocrOnly?: Set<string>;
  /** with ocrOnly: files already known to be drawn (by file name or a register column), read in full without the first-page check */
  ocrDrawnFiles?: Set<string>;
  /** scanned pages read in full: all (default), or key (key-pages.ts: first page of each document, decided and signed documents) */
  ocrPages?: OcrPagesMode;
}

/**
 * Read inputs; PDF pages without a text layer (--ocr auto, the default) or every page (--ocr force) are OCR'd,
 * and each OCR'd case gets its provenance, confidences and uncertain fields. Kept records go to `forward` when
 * given (a streaming writer; the dataset's arrays then stay empty), else into the dataset. The input lines say
 * which files were OCR'd and how surely. When the OCR engine cannot run here, the scanned files stay needs-ocr
 * (需人工审阅) with one warning naming them and the install command; with --ocr require or force it is an
 * error with an install hint instead.
 */
export async function ingestWithOcr(inputs: string[], opts: OcrIngestOptions = {}, forward?: RecordSink): Promise<IngestResult> {
  const { ocrCache, ocrEngine, ocrOnly, ocrDrawnFiles, ocrPages, ...ingestOpts } = opts;
  const engines = opts.ocr === 'off' ? undefined : resolveEngines(ocrEngine);
  const softMissing = opts.ocr !== 'require' && opts.ocr !== 'force';
  const ocr = engines ? createOcrProvider({ engine: engines.engine, secondEngine: engines.second, cacheDir: ocrCache, jobs: opts.jobs, onProgress: opts.onProgress, softMissing, ...(ocrOnly ? { onlyIds: ocrOnly } : {}), ...(ocrDrawnFiles ? { drawnFiles: ocrDrawnFiles } : {}), ...(ocrPages ? { pages: ocrPages } : {}) }) : undefined;
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
  if (ocr?.notDrawn.length) {
    result.ocrNotDrawn = [...ocr.notDrawn];
    const notDrawn = ocr.notDrawn.map((f) => displayName(f));
    const n = notDrawn.length;
    result.dataset.warnings.push({
      file: notDrawn.join(', '),
      reason: tr(`${n} 份扫描件未抽中（首页案号不在抽样清单中），只识别了首页：${notDrawn.join('、')}`, `${n} scanned file(s) not drawn (the case number on page 1 is not in the manifest): only page 1 was OCR'd: ${notDrawn.join(', ')}`),
    });
  }
  if (ocr?.missing) {
    const { error } = ocr.missing;
    const files = ocr.missing.files.map((f) => displayName(f));
    const hint = installHint(ocrEngine);
    const reason = tr(
        `${error.message}：${files.length} 份扫描件未识别，标记为需人工审阅（needs-ocr）：${files.join('、')}。安装引擎：${hint}；用 --ocr require 可使其报错`,
        `${error.message}: ${files.length} scanned file(s) not read, marked needs-ocr (review by hand): ${files.join(', ')}. Install the engine: ${hint}; --ocr require makes this an error`,
    );
    result.dataset.warnings.push({ file: files.join(', '), reason });
    result.ocrMissing = { reason, files: [...files] };
  }
  for (const [file] of ocrNotes) {
    const edges = ocr?.resultFor(file)?.edgesOnly;
    if (!edges?.length) continue;
    const name = displayName(file);
    result.dataset.warnings.push({ file: name, page: edges[0], reason: tr(`--ocr-pages key：第 ${edges.join('、')} 页不是关键页，只识别了页首和页尾`, `--ocr-pages key: pages ${edges.join(', ')} are not key pages; only their top and bottom were read`) });
  }
  for (const input of result.inputs) {
    const c = ocrNotes.get(input.path);
    if (!c?.ocr) continue;
    const note = tr(`OCR ${c.ocr.pages.length} 页，置信度 ${c.ocr.meanConfidence}${c.uncertainFields?.length ? `，不确定：${c.uncertainFields.join('、')}` : ''}`, `OCR ${c.ocr.pages.length} pages, confidence ${c.ocr.meanConfidence}${c.uncertainFields?.length ? `, uncertain: ${c.uncertainFields.join(', ')}` : ''}`);
    input.message = input.message ? `${input.message}; ${note}` : note;
  }
  return result;
}
