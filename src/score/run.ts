/** run* functions behind `caseaudit score` and `caseaudit worksheet`: ingest → (sample) → evaluate → merge → write. */
import path from 'node:path';
import { loadManifest } from '../sample/index.js';
import { ingestWithOcr, type OcrIngestOptions } from '../ocr/ingest-ocr.js';
import type { CaseFile, Dataset, Scheme } from '../model/types.js';
import { readPlan } from '../plan/read-plan.js';
import { InputError, UsageError } from '../errors.js';
import { caseIdKey } from '../ingest/normalize/text.js';
import { loadAssignment, recordedPath } from '../review/assignment.js';
import { tr } from '../i18n.js';
import { displayName } from '../util/display-path.js';
import { sha256File, writeFileAtomic, writeFilesAtomic, writeToStdout } from '../util/fs.js';
import { evaluateCases, scoreCases, type ScoreOptions } from './index.js';
import { filterByManifest } from './sample-filter.js';
import { filledRows, readReviewSheets } from './read-reviews.js';
import { buildWorksheet } from './worksheet.js';
import { parseFailOn } from './fail-on.js';
import { verdictLabel } from './verdicts.js';
import type { FileResult, ScoreResult } from './types.js';
import type { FileState } from './evaluate.js';
import type { SampleInputRecord } from '../sample/input-check.js';
import { readDrawnDocuments, type DocumentsRead } from '../ocr/read-documents.js';

export interface ScoreRunOptions extends OcrIngestOptions, Omit<ScoreOptions, 'reviews' | 'assignment' | 'plan' | 'schemes'> {
  /** sample manifest: score only the drawn files */
  sample?: string;
  /** with `sample`: go on when the inputs' hashes differ from the manifest's (recorded in the results) */
  allowChangedInput?: boolean;
  /** with `sample`: the inputs were derived in this run from the manifest's own inputs (no hash check) */
  derivedInputs?: boolean;
  /** reviewer worksheets (files or folders) to merge; their order does not matter */
  reviews?: string[];
  /** the chair's adjudication sheets: their entries rule on disagreements */
  chair?: string[];
  /** assignment.json: a file waits for every reviewer assigned to it (待定 until all have returned it) */
  assignment?: string;
  /** write the open disagreements here as an adjudication sheet (.xlsx) for the chair */
  adjudicationSheet?: string;
  /** overwrite an adjudication sheet that already holds the chair's entries */
  force?: boolean;
  /** --fail-on expressions (grade:fail, veto, score<N) */
  failOn?: string[];
  /** the inputs already read (caseaudit run reads them once and hands the dataset to every stage); `inputs` are then only hashed */
  dataset?: Dataset;
  /** write results JSON here ('-' = stdout) */
  output?: string;
  /** the annual inspection plan (Excel/CSV/JSON, as `caseaudit plan` reads it): inspections are checked against it */
  plan?: string;
  /** a review folder holding no sheet is a warning (returned in `warnings`), not an error: the run config's drop folder */
  emptyReviewFoldersWarn?: boolean;
  /**
   * with `sample`: the case-file PDFs (files or folders). The inputs are the register the draw was made from; only
   * the drawn cases' PDFs are read (ocr/read-documents.ts) and each drawn case is scored on its PDF.
   */
  documents?: string[];
  /** the drawn cases' documents already read in this run (caseaudit run reads them once for every stage) */
  documentsRead?: DocumentsRead;
}

/** The cases to score or put on a worksheet, what the rules consult besides, and what to tell the user. */
interface LoadedCases {
  cases: CaseFile[];
  changedInput?: SampleInputRecord;
  rules: Pick<ScoreOptions, 'plan' | 'schemes'>;
  documents?: DocumentsRead;
}

async function loadCases(inputs: string[], opts: ScoreRunOptions): Promise<LoadedCases> {
  if (opts.documents?.length && !opts.sample && !opts.documentsRead) {
    throw new UsageError(tr('--documents 需要 --sample：先用 caseaudit sample 从台账抽样，再只读取抽中案卷的 PDF', '--documents needs --sample: draw from the register with caseaudit sample, then only the drawn cases\' PDFs are read'));
  }
  // OCR only what is drawn: scanned files of other case numbers are read no further than their first page
  const ocrOnly = opts.sample && !opts.documents?.length ? new Set((await loadManifest(opts.sample)).selected.map((s) => caseIdKey(s.id))) : undefined;
  const dataset = opts.dataset ?? (await ingestWithOcr(inputs, { ...opts, ...(ocrOnly ? { ocrOnly } : {}) })).dataset;
  const rules = await ruleInputs(opts, dataset.schemes);
  if (!opts.sample) return { cases: withDocuments(dataset.cases, opts.documentsRead), rules, ...(opts.documentsRead ? { documents: opts.documentsRead } : {}) };
  const filtered = await filterByManifest(dataset.cases, opts.sample, { inputs, allowChangedInput: opts.allowChangedInput, derived: opts.derivedInputs });
  const documents = opts.documentsRead ?? (opts.documents?.length ? await readDrawnDocuments(opts.documents, filtered.cases, dataset.cases, opts) : undefined);
  return { ...filtered, cases: withDocuments(filtered.cases, documents), rules, ...(documents ? { documents } : {}) };
}

/** The cases with each drawn case replaced by its case-file PDF's merged record (--documents). */
function withDocuments(cases: CaseFile[], documents: DocumentsRead | undefined): CaseFile[] {
  if (!documents) return cases;
  const byKey = new Map(documents.cases.map((c) => [caseIdKey(c.id), c]));
  return cases.map((c) => byKey.get(caseIdKey(c.id)) ?? c);
}

/** What the rules consult besides the case files: the plan (--plan) and the schemes read with the cases. */
async function ruleInputs(opts: ScoreRunOptions, schemes: Scheme[]): Promise<Pick<ScoreOptions, 'plan' | 'schemes'>> {
  return { ...(opts.plan ? { plan: await readPlan(opts.plan) } : {}), ...(schemes.length ? { schemes } : {}) };
}

/**
 * Refuse to overwrite worksheets that hold reviewer entries (exit 2 naming each file and its filled rows), unless forced.
 * Called before anything is written.
 */
export async function assertNoFilledSheets(files: string[], force: boolean | undefined): Promise<void> {
  if (force) return;
  const filled: string[] = [];
  for (const f of files) {
    const n = await filledRows(f);
    if (n) filled.push(tr(`${f}：${n} 行已填写`, `${f}: ${n} filled rows`));
  }
  if (filled.length) {
    throw new UsageError(tr(`评查表已有评查人填写的内容，覆盖会丢失：${filled.join('；')}`, `worksheets already hold reviewer entries that would be lost: ${filled.join('; ')}`), {
      details: filled.length > 1 ? filled : [],
      hint: tr('先合并（caseaudit score --reviews …）或换一个输出位置；确需覆盖请加 --force', 'merge them first (caseaudit score --reviews …) or write elsewhere; use --force to overwrite'),
    });
  }
}

/** Score inputs; `failed` lists the files that crossed a --fail-on threshold. */
export async function runScore(inputs: string[], opts: ScoreRunOptions = {}): Promise<{ result: ScoreResult; failed: FileResult[]; files: string[]; warnings: string[] }> {
  const checks = (opts.failOn ?? []).map(parseFailOn);
  if (opts.adjudicationSheet) await assertNoFilledSheets([opts.adjudicationSheet], opts.force);
  const { cases, changedInput, rules, documents } = await loadCases(inputs, opts);
  const warnings: string[] = [...(documents?.warnings ?? [])];
  const onEmpty = opts.emptyReviewFoldersWarn ? (dir: string) => warnings.push(tr(`${displayName(dir)} 中还没有评查表（.xlsx），本次不合并评查意见`, `no review sheets in ${displayName(dir)} yet: no reviewer entries merged from it`)) : undefined;
  const reviews = opts.reviews?.length || opts.chair?.length ? await readReviewSheets(opts.reviews ?? [], opts.chair ?? [], { onEmpty }) : undefined;
  const scoreOpts = { checklists: opts.checklists, rulesConfig: opts.rulesConfig, calendarDir: opts.calendarDir, ...rules };
  const assignment = opts.assignment ? await loadAssignment(opts.assignment) : undefined;
  const result = scoreCases(cases, { ...scoreOpts, reviews, assignment, onCount: opts.onCount });
  if (changedInput) result.sampleInputs = changedInput;
  if (documents) result.documents = documents.summary;
  if (opts.plan && rules.plan) result.plan = { file: path.basename(opts.plan), sha256: await sha256File(opts.plan), entries: rules.plan.length };
  const out: { path: string; data: string | Uint8Array }[] = [];
  if (opts.output && opts.output !== '-') out.push({ path: opts.output, data: `${JSON.stringify(result, null, 2)}\n` });
  if (opts.adjudicationSheet) out.push({ path: opts.adjudicationSheet, data: await adjudicationSheet(evaluateCases(cases, scoreOpts), result) });
  await writeFilesAtomic(out);
  if (opts.output === '-') writeToStdout(`${JSON.stringify(result, null, 2)}\n`);
  return { result, failed: result.files.filter((f) => checks.some((c) => c(f))), files: out.map((f) => f.path), warnings };
}

/** The chair's sheet: one row per open disagreement, each reviewer's verdict in the notes; read back with --chair. */
export async function adjudicationSheet(states: FileState[], result: ScoreResult): Promise<Uint8Array> {
  const open = result.disagreements.filter((d) => !d.ruling);
  const byKey = new Map(open.map((d) => [`${d.id}\u0000${d.itemId}`, d]));
  return buildWorksheet(states, {
    only: new Set(byKey.keys()),
    notes: (id, item) => byKey.get(`${id}\u0000${item}`)?.entries.map((e) => `${e.reviewer}：${verdictLabel(e.verdict)}${e.verdict === 'defect' ? ` ${e.deduction}` : ''}${e.implicit ? tr('（认可自动结果）', ' (kept the automatic result)') : ''}${e.reason ? `（${e.reason}）` : ''}`).join('\n'),
    intro: [tr(`裁定表：评查人意见不一致的 ${open.length} 项，请评查组长逐项裁定后用 caseaudit score … --chair 本表.xlsx 合并。`, `Adjudication sheet: ${open.length} items the reviewers disagree on; the chair rules on each, then merge with caseaudit score … --chair this.xlsx.`)],
  });
}

export interface WorksheetRun {
  files: number;
  rows: number;
  output: string;
  /** per-reviewer sheets (with --assignment) */
  sheets?: { reviewer: string; file: string; files: number; rows: number }[];
  /** the inputs differed from the draw's (--allow-changed-input) */
  sampleInputs?: SampleInputRecord;
  /** --documents: what was read of the case-file PDFs */
  documents?: DocumentsRead['summary'];
  /** --documents: files not drawn, drawn cases without a PDF, register/PDF disagreements */
  warnings?: string[];
}

/** Write the reviewer worksheet for the inputs (or the drawn sample) to `output` (.xlsx). */
export async function runWorksheet(inputs: string[], opts: ScoreRunOptions & { output: string }): Promise<WorksheetRun> {
  await assertNoFilledSheets([opts.output], opts.force);
  const { cases, changedInput, rules, documents } = await loadCases(inputs, opts);
  const states = evaluateCases(cases, { checklists: opts.checklists, rulesConfig: opts.rulesConfig, calendarDir: opts.calendarDir, ...rules });
  await writeFileAtomic(opts.output, await buildWorksheet(states));
  return { files: states.length, rows: states.reduce((n, s) => n + s.items.length, 0), output: opts.output, ...(changedInput ? { sampleInputs: changedInput } : {}), ...(documents ? { documents: documents.summary, warnings: documents.warnings } : {}) };
}

/**
 * `worksheet --assignment`: one sheet per reviewer into `outDir` (inputs default to those the assignment records).
 * Only the assigned files; the sheet set is refused when any existing sheet holds entries, unless forced.
 */
export async function runReviewerSheets(inputs: string[], opts: ScoreRunOptions & { assignment: string; outDir: string }): Promise<WorksheetRun> {
  const a = await loadAssignment(opts.assignment);
  // --documents: the assigned files are the drawn ones; their PDFs are found through the assignment's manifest
  const sample = opts.sample ?? (opts.documents?.length && !opts.documentsRead ? recordedPath(a.manifest.path, opts.assignment) : undefined);
  const { cases, rules, documents } = await loadCases(inputs.length ? inputs : a.inputs.map((i) => recordedPath(i.path, opts.assignment)), { ...opts, ...(sample ? { sample } : {}) });
  const wanted = new Set(a.files.map((f) => caseIdKey(f.id)));
  const states = evaluateCases(cases.filter((c) => wanted.has(caseIdKey(c.id))), { checklists: opts.checklists, rulesConfig: opts.rulesConfig, calendarDir: opts.calendarDir, ...rules });
  const missing = a.files.filter((f) => !states.some((s) => caseIdKey(s.caseFile.id) === caseIdKey(f.id)));
  if (missing.length) throw new InputError(tr(`分配表中的 ${missing.length} 个案卷不在输入数据中：${missing.slice(0, 3).map((f) => f.id).join('、')}`, `${missing.length} assigned files are not in the inputs: ${missing.slice(0, 3).map((f) => f.id).join(', ')}`), { location: { file: opts.assignment } });
  const sheets = await writeReviewerSheets(states, { files: a.files.map((f) => ({ ...f, id: states.find((s) => caseIdKey(s.caseFile.id) === caseIdKey(f.id))!.caseFile.id })), reviewers: a.reviewers }, opts.outDir, opts.force);
  return { files: a.files.length, rows: sheets.reduce((n, s) => n + s.rows, 0), output: opts.outDir, sheets, ...(documents ? { documents: documents.summary, warnings: documents.warnings } : {}) };
}

/** A reviewer's sheet file name: the name made safe for any file system. */
export function sheetFileName(reviewer: string): string {
  return `${reviewer.replace(/[\\/:*?"<>|\u0000-\u001f]/g, '_').trim() || 'reviewer'}.xlsx`;
}

/** Write one sheet per reviewer of an assignment into `outDir`: only their files, their name on every row. */
export async function writeReviewerSheets(states: FileState[], assignment: { files: { id: string; reviewers: string[] }[]; reviewers: { name: string }[] }, outDir: string, force?: boolean): Promise<NonNullable<WorksheetRun['sheets']>> {
  const byId = new Map(states.map((s) => [s.caseFile.id, s]));
  const sheets = assignment.reviewers.map((r) => ({ reviewer: r.name, file: path.join(outDir, sheetFileName(r.name)), states: assignment.files.filter((f) => f.reviewers.includes(r.name)).map((f) => byId.get(f.id)).filter((s): s is FileState => s !== undefined) }));
  if (new Set(sheets.map((s) => s.file)).size !== sheets.length) throw new UsageError(tr('评查人姓名转为文件名后重复', 'two reviewers’ names give the same file name'));
  await assertNoFilledSheets(sheets.map((s) => s.file), force);
  const out = [];
  for (const s of sheets) out.push({ path: s.file, data: await buildWorksheet(s.states, { reviewer: s.reviewer }) });
  await writeFilesAtomic(out);
  return sheets.map((s) => ({ reviewer: s.reviewer, file: s.file, files: s.states.length, rows: s.states.reduce((n, x) => n + x.items.length, 0) }));
}
