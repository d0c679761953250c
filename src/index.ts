/** The programmatic API: run* functions that return results and never print or exit. */
import { ingest, type IngestOptions, type IngestResult } from './ingest/index.js';
import { summarize, type ImportSummary } from './ingest/summary.js';
import { jsonChunks, writeChunks, writeJsonAtomic } from './util/json-stream.js';
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

export interface ImportOptions extends IngestOptions {
  /** write the dataset here; '-' means stdout */
  output?: string;
  /** OCR cache folder (default ~/.cache/caseaudit/ocr) */
  ocrCache?: string;
  /** OCR engine (default: tesseract, chi_sim) */
  ocrEngine?: OcrEngine;
}

/** Read inputs into a dataset; write it to `output` (atomically) when given. */
export async function runImport(inputs: string[], opts: ImportOptions = {}): Promise<IngestResult & { summary: ImportSummary }> {
  const { ocrCache, ocrEngine, ...ingestOpts } = opts;
  // OCR for PDF pages without a text layer (--ocr auto, the default) or for every page (--ocr force)
  const ocr = opts.ocr === 'off' ? undefined : createOcrProvider({ engine: ocrEngine, cacheDir: ocrCache, jobs: opts.jobs, onProgress: opts.onProgress });
  let result: IngestResult;
  try {
    result = await ingest(inputs, { ...ingestOpts, ...(ocr ? { pageTextProvider: ocr } : {}) });
  } catch (err) {
    throw ocr?.error ?? err; // engine missing: its own message and install hint, not "N inputs could not be read"
  }
  if (ocr?.error) throw ocr.error;
  if (ocr) {
    applyOcrAssessment(result.dataset, ocr);
    // the summary says which files were read by OCR, and how surely
    for (const input of result.inputs) {
      const c = result.dataset.cases.find((x) => x.source.file === input.path && x.ocr);
      if (!c?.ocr) continue;
      const note = tr(`OCR ${c.ocr.pages.length} 页，置信度 ${c.ocr.meanConfidence}${c.uncertainFields?.length ? `，不确定：${c.uncertainFields.join('、')}` : ''}`, `OCR ${c.ocr.pages.length} pages, confidence ${c.ocr.meanConfidence}${c.uncertainFields?.length ? `, uncertain: ${c.uncertainFields.join(', ')}` : ''}`);
      input.message = input.message ? `${input.message}; ${note}` : note;
    }
  }
  // streamed: a 100,000-row import would otherwise hold the whole JSON text (hundreds of MB) at once
  const data = result.dataset as unknown as Record<string, unknown>;
  if (opts.output === '-') await writeChunks(process.stdout, jsonChunks(data));
  else if (opts.output) await writeJsonAtomic(opts.output, data);
  return { ...result, summary: summarize(result) };
}

export { runScore, runWorksheet, type ScoreRunOptions } from './score/run.js';
export { scoreCases, evaluateCases, type ScoreOptions } from './score/index.js';
export type { ScoreResult, FileResult, Finding, Grade, Override, Disagreement, ScoreSummary } from './score/types.js';
export { RULES, getRule } from './checklist/rules/index.js';
export { loadChecklists, validateChecklist, type Checklist, type ChecklistItem } from './checklist/checklist.js';
export { parseArticleRefs, type ArticleRef } from './ingest/normalize/articles.js';
