/**
 * One function per CLI command: a typed options object (with an optional Context) in, values out. None
 * prints, exits or writes to process.stdout: output `-` goes to the Context's stdout sink, progress to its
 * progress sink, and every message speaks the Context's language (each call runs in its own scope).
 */
import { inContext, type Context, type WithContext } from './context.js';
import { runImport, type ImportOptions } from './import.js';
import { runAudit, type AuditOptions, type AuditResult } from './audit.js';
import { runDemo, type DemoOptions, type DemoResult } from './demo.js';
import { runInit } from './init.js';
import { runReport, type ReportOptions, type ReportResult } from './report.js';
import { runRank, type RankRunOptions } from './rank.js';
import { runCollect, runRectify, type CollectRunOptions, type RectifyOptions, type RectifyResult } from './rectify.js';
import { runOverlap, runPlan, type OverlapRunOptions, type PlanRunOptions } from './plan.js';
import type { AuditConfig } from './config.js';
import { describeColumns, type SheetMapReport } from '../ingest/excel/print-map.js';
import type { OcrIngestOptions } from '../ocr/ingest-ocr.js';
import { runSample, type SampleOptions, type SampleResult } from '../sample/run.js';
import { runVerify } from '../sample/verify.js';
import { loadManifest } from '../sample/manifest.js';
import { COMMIT_ALGORITHM, checkManifestCommitment, runCommit, runVerifyCommitment, type Commitment } from '../sample/commitment.js';
import type { SampleFlags } from '../sample/params.js';
import { isAssignment, runAssign, runVerifyAssignment, type AssignOptions, type AssignResult } from '../review/index.js';
import { runReviewerSheets, runScore, runWorksheet, type ScoreRunOptions } from '../score/run.js';
import type { FileResult, ScoreResult } from '../score/types.js';
import { runSchemes, type SchemesOptions, type SchemesRun } from '../schemes/run.js';
import type { Ranking } from '../analyze/rank.js';
import type { RectificationStatus } from '../followup/types.js';
import type { OverlapResult, PlanResult } from '../plan/types.js';
import { UsageError } from '../errors.js';
import { tr } from '../i18n.js';
import { readJsonFileSync } from '../util/json-input.js';

/** What the reading of inputs takes from the Context: progress and the OCR cache. */
function reading<T extends Partial<Pick<OcrIngestOptions, 'onProgress' | 'ocrCache'>>>(ctx: Context, o: T): T {
  return { ...o, onProgress: o.onProgress ?? ctx.progress, ocrCache: o.ocrCache ?? ctx.cache.ocr };
}

export type ImportInputsOptions = ImportOptions & WithContext & { inputs: string[] };

/** `import`: read the inputs into a dataset (written to `output` when given, streamed). */
export function importInputs(o: ImportInputsOptions): ReturnType<typeof runImport> {
  return inContext(o, (ctx) => runImport(o.inputs, reading(ctx, o)), [o.output]);
}

/** `import --print-map`: which column of each sheet is read as which field. */
export function describeInputs(o: Omit<OcrIngestOptions, 'onProgress'> & WithContext & { inputs: string[] }): Promise<SheetMapReport[]> {
  return inContext(o, () => describeColumns(o.inputs, o));
}

export type DrawOptions = SampleOptions & WithContext & { inputs: string[] };

/** `sample`: a reproducible stratified draw → the manifest (drawn ids in `manifest.selected`), the drawn records, files written. */
export function draw(o: DrawOptions): Promise<SampleResult> {
  return inContext(o, (ctx) => runSample(o.inputs, reading(ctx, o)), [o.output]);
}

export type CommitOptions = SampleFlags & Pick<OcrIngestOptions, 'onProgress' | 'jobs' | 'ocr' | 'ocrCache' | 'map'> & WithContext & { inputs: string[]; output?: string; force?: boolean; seedRule?: string };

/** `sample --commit`: record the frame before the seed exists → the commitment (written to `output`). */
export function commitFrame(o: CommitOptions): Promise<Commitment> {
  return inContext(o, (ctx) => runCommit(o.inputs, reading(ctx, o)), [o.output]);
}

export interface VerifyDrawResult {
  /** what `file` turned out to be */
  kind: 'assignment' | 'commitment' | 'manifest';
  identical: boolean;
  differences: { kind: string; message: string }[];
  notes?: string[];
  warnings?: string[];
}

/** Which kind of file is being verified: a reviewer assignment, a commitment or (anything else) a sample manifest. */
function kindOf(file: string): VerifyDrawResult['kind'] {
  try {
    const data = readJsonFileSync(file, { what: { zh: '抽样清单', en: 'manifest' } }) as { algorithm?: unknown };
    if (data?.algorithm === COMMIT_ALGORITHM) return 'commitment';
    return isAssignment(data) ? 'assignment' : 'manifest';
  } catch {
    return 'manifest'; // loadManifest reports the file's problem
  }
}

export type VerifyDrawOptions = Pick<OcrIngestOptions, 'onProgress' | 'jobs' | 'ocr' | 'ocrCache' | 'ocrEngine' | 'map' | 'skipBad' | 'duplicates'> & WithContext & { file: string; inputs: string[] };

/** `verify`: re-run a draw (or an assignment, or a commitment's frame) from its file and the inputs; identical or the differences. */
export function verifyDraw(o: VerifyDrawOptions): Promise<VerifyDrawResult> {
  return inContext(o, async (ctx) => {
    const { file, inputs, context: _, ...rest } = o;
    const io = reading(ctx, rest);
    const kind = kindOf(file);
    if (kind === 'assignment') return { kind, ...(await runVerifyAssignment(file, inputs, io)) };
    if (!inputs.length) throw new UsageError(tr('请给出抽样时的输入文件：caseaudit verify manifest.json 输入…', 'name the inputs the sample was drawn from: caseaudit verify manifest.json INPUTS…'));
    if (kind === 'commitment') return { kind, ...(await runVerifyCommitment(file, inputs, io)) };
    const v = await runVerify(file, inputs, io);
    const extra = await checkManifestCommitment(await loadManifest(file));
    return { kind, ...v, identical: v.identical && !extra.length, differences: [...v.differences, ...extra] };
  });
}

export type AssignCommandOptions = AssignOptions & WithContext & { manifest: string; inputs: string[] };

/** `assign`: reviewers drawn by lot for the drawn files → the assignment, warnings, files written. */
export function assign(o: AssignCommandOptions): Promise<AssignResult> {
  return inContext(o, (ctx) => runAssign(o.manifest, o.inputs, reading(ctx, o)), [o.output]);
}

export type ScoreCommandOptions = ScoreRunOptions & WithContext & { inputs: string[] };

/** `score`: grade the (drawn) files → the results (a grade per file), the files over a --fail-on threshold, files written, warnings (--documents). */
export function score(o: ScoreCommandOptions): Promise<{ result: ScoreResult; failed: FileResult[]; files: string[]; warnings: string[] }> {
  return inContext(o, (ctx) => runScore(o.inputs, reading(ctx, o)), [o.output]);
}

export type WorksheetOptions = ScoreRunOptions & WithContext & { inputs: string[]; output: string; assignment?: string };

/** `worksheet`: the reviewers' .xlsx (with `assignment`: one sheet per reviewer into the folder `output`). */
export function worksheet(o: WorksheetOptions): ReturnType<typeof runWorksheet> {
  return inContext(o, (ctx) => {
    if (o.assignment) return runReviewerSheets(o.inputs, { ...reading(ctx, o), assignment: o.assignment, outDir: o.output });
    if (!o.inputs.length) throw new UsageError(tr('请给出输入文件', 'name the input files'));
    return runWorksheet(o.inputs, reading(ctx, o));
  });
}

export type ReviewSchemesOptions = Omit<SchemesOptions, 'lang'> & WithContext & { inputs: string[] };

/** `schemes`: review the (drawn) inspection schemes → verdicts and reasons, rejection notices written. */
export function reviewSchemes(o: ReviewSchemesOptions): Promise<SchemesRun> {
  return inContext(o, (ctx) => runSchemes(o.inputs, { ...reading(ctx, o), lang: ctx.lang, date: o.date ?? ctx.date }), [o.output]);
}

export type ReportCommandOptions = Omit<ReportOptions, 'lang'> & WithContext;

/** `report`: the report in the asked formats → the analysis and the paths written. */
export function report(o: ReportCommandOptions): Promise<ReportResult> {
  return inContext(o, (ctx) => runReport({ ...o, lang: ctx.lang, date: o.date ?? ctx.date }));
}

export type RankCommandOptions = Omit<RankRunOptions, 'lang'> & WithContext & { results: string[] };

/** `rank`: excellent files and units from one or more results → the ranking (and ranking.json/.md when `outDir`). */
export function rank(o: RankCommandOptions): Promise<{ ranking: Ranking; files: string[] }> {
  return inContext(o, (ctx) => runRank(o.results, { ...o, lang: ctx.lang }));
}

export type AuditCommandOptions = AuditOptions & WithContext & { config: AuditConfig };

/** `run`: the whole audit from a config (loadConfig) → counts, summary, files written, the failOn verdict. */
export function audit(o: AuditCommandOptions): Promise<AuditResult> {
  return inContext(o, (ctx) => runAudit({ ...o.config, language: o.config.language ?? ctx.lang }, { ...o, onProgress: o.onProgress ?? ctx.progress, date: o.date ?? ctx.date }));
}

export type DemoCommandOptions = Omit<DemoOptions, 'lang'> & WithContext;

/** `demo`: the whole job on the bundled samples into `outDir` (a fixed date unless the Context's is fixed). */
export function demo(o: DemoCommandOptions): Promise<DemoResult> {
  return inContext(o, (ctx) => runDemo({ ...o, lang: ctx.lang, onProgress: o.onProgress ?? ctx.progress, ...(ctx.dateFixed ? { date: ctx.date } : {}) }));
}

/** `init`: a starter run config in the Context's language → its text, and the file when written (`-`: not written). */
export function init(o: WithContext & { output?: string; force?: boolean } = {}): Promise<{ text: string; file?: string }> {
  return inContext(o, (ctx) => runInit({ ...o, lang: ctx.lang }));
}

export type RectifyCommandOptions = Omit<RectifyOptions, 'lang'> & WithContext;

/** `rectify`: rectification notices and feedback workbooks per unit, 通报/约谈 lists → what was written and decided. */
export function rectify(o: RectifyCommandOptions): Promise<RectifyResult> {
  return inContext(o, (ctx) => runRectify({ ...o, lang: ctx.lang, date: o.date ?? ctx.date }));
}

export type CollectOptions = CollectRunOptions & WithContext;

/** `rectify --collect`: read the returned feedback workbooks → the rectification status. */
export function collect(o: CollectOptions): Promise<RectificationStatus> {
  return inContext(o, (ctx) => runCollect({ ...o, date: o.date ?? ctx.date }));
}

export type PlanCommandOptions = PlanRunOptions & WithContext;

/** `plan`: plan execution per unit → the result and files written. */
export function plan(o: PlanCommandOptions): Promise<{ result: PlanResult; files: string[] }> {
  return inContext(o, (ctx) => runPlan({ ...reading(ctx, o), date: o.date ?? ctx.date }));
}

export type OverlapCommandOptions = OverlapRunOptions & WithContext;

/** `overlap`: duplicate enforcement and gaps → the overlaps (written to `output` when given). */
export function overlap(o: OverlapCommandOptions): Promise<OverlapResult> {
  return inContext(o, (ctx) => runOverlap(reading(ctx, o)));
}
