/**
 * The programmatic API (src/api): one function per command — importInputs, draw, verifyDraw, score, worksheet,
 * reviewSchemes, report, rank, assign, audit, demo, init, rectify, collect, plan, overlap — each taking typed
 * options and a Context and returning values, never printing or exiting; the run* names of earlier versions
 * stay as aliases. Plus the model types and the pure stages for finer use.
 */
export * from './api/index.js';

export * from './model/types.js';
export { ingest } from './ingest/index.js';
export { ingestWithOcr, type OcrIngestOptions } from './ocr/ingest-ocr.js';
export { runSchemes, schemeReviewRows, type SchemesOptions, type SchemesRun, type SchemesResult, type SchemeReview, type SchemeReason } from './schemes/index.js';
export * from './model/manifest.js';
export { runSample, runVerify, loadManifest, selectFromManifest, sampleDataset, type SampleOptions, type SampleResult, type VerifyResult, type Difference } from './sample/index.js';
export { describeColumns, type SheetMapReport } from './ingest/excel/print-map.js';

export { runScore, runWorksheet, runReviewerSheets, type ScoreRunOptions } from './score/run.js';
export * from './review/index.js';
export { scoreCases, evaluateCases, type ScoreOptions } from './score/index.js';
export type { ScoreResult, FileResult, Finding, Grade, Override, Disagreement, ScoreSummary } from './score/types.js';
export { RULES, getRule } from './checklist/rules/index.js';
export { loadChecklists, validateChecklist, type Checklist, type ChecklistItem } from './checklist/checklist.js';
export { parseArticleRefs, type ArticleRef } from './ingest/normalize/articles.js';
export type { RectificationStatus, FindingStatus, UnitStatus, FeedbackProblem, RectifyItem } from './followup/types.js';
export type { EscalationConfig, EscalationEntry, Thresholds } from './followup/escalate.js';
export type { Comparison } from './followup/compare.js';
export type { IndustryFocus } from './followup/focus.js';
export { readPlan, executePlan, findOverlaps, caseActions, nameKey, type PlanEntry, type PlanResult, type OverlapResult } from './plan/index.js';
