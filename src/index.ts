/** The programmatic API: run* functions that return results and never print or exit. */
import { ingest, type IngestOptions, type IngestResult, type RecordSink } from './ingest/index.js';
import { summarize, type ImportSummary } from './ingest/summary.js';
import { StreamedJsonWriter } from './util/json-stream.js';
import { assertNotFolder } from './util/fs.js';
import { emptyDataset, SCHEMA_VERSION, type CaseFile, type Scheme, type Warning } from './model/types.js';
import { createOcrProvider } from './ocr/provider.js';
import { applyOcrAssessment } from './ocr/apply.js';
import type { OcrEngine } from './ocr/engine.js';
import { tr } from './i18n.js';

export * from './model/types.js';
export { CaseAuditError, InputError, ConfigError, UsageError } from './errors.js';
export { ingest } from './ingest/index.js';
export { runSchemes, schemeReviewRows, type SchemesOptions, type SchemesRun, type SchemesResult, type SchemeReview, type SchemeReason } from './schemes/index.js';
export * from './model/manifest.js';
export { runSample, runVerify, loadManifest, selectFromManifest, sampleDataset, type SampleOptions, type SampleResult, type VerifyResult, type Difference } from './sample/index.js';
export { describeColumns, type SheetMapReport } from './ingest/excel/print-map.js';

export interface ImportOptions extends Omit<IngestOptions, 'sink'> {
  /** write the dataset here; '-' means stdout */
  output?: string;
  /**
   * keep the records in the returned dataset (default true). false: records are written to `output` as they
   * are read and not held — what `caseaudit import -o` does, so a 100,000-row export does not sit in memory.
   */
  keepRecords?: boolean;
  /** OCR cache folder (default ~/.cache/caseaudit/ocr) */
  ocrCache?: string;
  /** OCR engine (default: tesseract, chi_sim) */
  ocrEngine?: OcrEngine;
}

/** Read inputs into a dataset; write it to `output` (atomically, streamed) when given. */
export async function runImport(inputs: string[], opts: ImportOptions = {}): Promise<IngestResult & { summary: ImportSummary }> {
  const { ocrCache, ocrEngine, output, keepRecords = true, ...ingestOpts } = opts;
  // OCR for PDF pages without a text layer (--ocr auto, the default) or for every page (--ocr force)
  const ocr = opts.ocr === 'off' ? undefined : createOcrProvider({ engine: ocrEngine, cacheDir: ocrCache, jobs: opts.jobs, onProgress: opts.onProgress });
  if (output) assertNotFolder(output);
  const writer = output ? await StreamedJsonWriter.open(output, { schemaVersion: SCHEMA_VERSION }, ['cases', 'schemes']) : undefined;
  const kept = { cases: [] as CaseFile[], schemes: [] as Scheme[] };
  const ocrWarnings: Warning[] = [];
  const ocrNotes = new Map<string, CaseFile>(); // the first OCR'd case of each file, for its input line
  const sink: RecordSink = (kind, rec) => {
    if (kind === 'cases' && ocr) {
      applyOcrAssessment({ ...emptyDataset(), cases: [rec as CaseFile], warnings: ocrWarnings }, ocr);
      if ((rec as CaseFile).ocr && !ocrNotes.has(rec.source.file)) ocrNotes.set(rec.source.file, rec as CaseFile);
    }
    if (keepRecords) (kept[kind] as (CaseFile | Scheme)[]).push(rec);
    return writer?.push(kind, rec);
  };
  let result: IngestResult;
  try {
    try {
      result = await ingest(inputs, { ...ingestOpts, sink, ...(ocr ? { pageTextProvider: ocr } : {}) });
    } catch (err) {
      throw ocr?.error ?? err; // engine missing: its own message and install hint, not "N inputs could not be read"
    }
    if (ocr?.error) throw ocr.error;
    result.dataset.cases = kept.cases;
    result.dataset.schemes = kept.schemes;
    result.dataset.warnings.push(...ocrWarnings);
    // the summary says which files were read by OCR, and how surely
    for (const input of result.inputs) {
      const c = ocrNotes.get(input.path);
      if (!c?.ocr) continue;
      const note = tr(`OCR ${c.ocr.pages.length} 页，置信度 ${c.ocr.meanConfidence}${c.uncertainFields?.length ? `，不确定：${c.uncertainFields.join('、')}` : ''}`, `OCR ${c.ocr.pages.length} pages, confidence ${c.ocr.meanConfidence}${c.uncertainFields?.length ? `, uncertain: ${c.uncertainFields.join(', ')}` : ''}`);
      input.message = input.message ? `${input.message}; ${note}` : note;
    }
    await writer?.finish({ rejects: result.dataset.rejects, warnings: result.dataset.warnings });
  } catch (err) {
    await writer?.abort();
    throw err;
  }
  return { ...result, summary: summarize(result) };
}

export { runScore, runWorksheet, type ScoreRunOptions } from './score/run.js';
export { scoreCases, evaluateCases, type ScoreOptions } from './score/index.js';
export type { ScoreResult, FileResult, Finding, Grade, Override, Disagreement, ScoreSummary } from './score/types.js';
export { RULES, getRule } from './checklist/rules/index.js';
export { loadChecklists, validateChecklist, type Checklist, type ChecklistItem } from './checklist/checklist.js';
export { parseArticleRefs, type ArticleRef } from './ingest/normalize/articles.js';
