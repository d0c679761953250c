/** The programmatic API: run* functions that return results and never print or exit. */
import type { IngestResult } from './ingest/index.js';
import { ingestWithOcr, type OcrIngestOptions } from './ocr/ingest-ocr.js';
import { summarize, type ImportSummary } from './ingest/summary.js';
import { StreamedJsonWriter } from './util/json-stream.js';
import { assertNotFolder } from './util/fs.js';
import { SCHEMA_VERSION, type CaseFile, type Scheme } from './model/types.js';

export * from './model/types.js';
export { CaseAuditError, InputError, ConfigError, UsageError } from './errors.js';
export { ingest } from './ingest/index.js';
export { ingestWithOcr, type OcrIngestOptions } from './ocr/ingest-ocr.js';
export { runSchemes, schemeReviewRows, type SchemesOptions, type SchemesRun, type SchemesResult, type SchemeReview, type SchemeReason } from './schemes/index.js';
export * from './model/manifest.js';
export { runSample, runVerify, loadManifest, selectFromManifest, sampleDataset, type SampleOptions, type SampleResult, type VerifyResult, type Difference } from './sample/index.js';
export { describeColumns, type SheetMapReport } from './ingest/excel/print-map.js';

export interface ImportOptions extends OcrIngestOptions {
  /** write the dataset here; '-' means stdout */
  output?: string;
  /**
   * keep the records in the returned dataset (default true). false: records are written to `output` as they
   * are read and not held — what `caseaudit import -o` does, so a 100,000-row export does not sit in memory.
   */
  keepRecords?: boolean;
}

/** Read inputs (with OCR) into a dataset; write it to `output` (atomically, streamed) when given. */
export async function runImport(inputs: string[], opts: ImportOptions = {}): Promise<IngestResult & { summary: ImportSummary }> {
  const { output, keepRecords = true, ...readOpts } = opts;
  if (output) assertNotFolder(output);
  const writer = output ? await StreamedJsonWriter.open(output, { schemaVersion: SCHEMA_VERSION }, ['cases', 'schemes']) : undefined;
  const kept = { cases: [] as CaseFile[], schemes: [] as Scheme[] };
  let result: IngestResult;
  try {
    result = await ingestWithOcr(inputs, readOpts, (kind, rec) => {
      if (keepRecords) (kept[kind] as (CaseFile | Scheme)[]).push(rec);
      return writer?.push(kind, rec);
    });
    result.dataset.cases = kept.cases;
    result.dataset.schemes = kept.schemes;
    await writer?.finish({ rejects: result.dataset.rejects, warnings: result.dataset.warnings });
  } catch (err) {
    await writer?.abort();
    throw err;
  }
  return { ...result, summary: summarize(result) };
}

export { runScore, runWorksheet, runReviewerSheets, type ScoreRunOptions } from './score/run.js';
export * from './review/index.js';
export { scoreCases, evaluateCases, type ScoreOptions } from './score/index.js';
export type { ScoreResult, FileResult, Finding, Grade, Override, Disagreement, ScoreSummary } from './score/types.js';
export { RULES, getRule } from './checklist/rules/index.js';
export { loadChecklists, validateChecklist, type Checklist, type ChecklistItem } from './checklist/checklist.js';
export { parseArticleRefs, type ArticleRef } from './ingest/normalize/articles.js';
export { runRectify, runCollect, deadlineAfter, type RectifyOptions, type RectifyResult, type CollectRunOptions } from './run/rectify.js';
export type { RectificationStatus, FindingStatus, UnitStatus, FeedbackProblem, RectifyItem } from './followup/types.js';
export type { EscalationConfig, EscalationEntry, Thresholds } from './followup/escalate.js';
export type { Comparison } from './followup/compare.js';
export type { IndustryFocus } from './followup/focus.js';
export { runPlan, runOverlap, type PlanRunOptions, type OverlapRunOptions } from './run/plan.js';
export { readPlan, executePlan, findOverlaps, caseActions, nameKey, type PlanEntry, type PlanResult, type OverlapResult } from './plan/index.js';
