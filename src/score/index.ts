/** Score stage: apply the checklists to case files, merge reviewer sheets, grade, summarize. */
import type { CaseFile, CaseType, Scheme } from '../model/types.js';
import type { PlanEntry } from '../plan/types.js';
import { loadChecklists, type Checklist } from '../checklist/checklist.js';
import { loadRulesConfig } from '../checklist/rules-config.js';
import { loadCalendar, DEFAULT_CALENDAR_DIR } from '../checklist/calendar.js';
import { loadLawCatalog } from '../checklist/law-catalog.js';
import type { RuleContext } from '../checklist/types.js';
import { toolVersion } from '../util/paths.js';
import { caseIdKey } from '../ingest/normalize/text.js';
import { InputError } from '../errors.js';
import { tr } from '../i18n.js';
import { evaluateFile, finalizeFile, type FileState } from './evaluate.js';
import { applyReviews, type ReviewEntry } from './merge-reviews.js';
import { summarize } from './summary.js';
import type { ScoreResult } from './types.js';

export interface ScoreOptions {
  /** user checklist files, each replacing the bundled one of its case type */
  checklists?: string[];
  /** a rules-config JSON overriding templates/rules-config.json */
  rulesConfig?: string;
  /** a folder of <year>.json holiday files instead of the bundled calendar */
  calendarDir?: string;
  /** reviewer entries read from worksheets (chair entries rule on disagreements; sheet order never matters) */
  reviews?: ReviewEntry[];
  /** called after each file is evaluated (done, total): progress of long runs */
  onCount?: (done: number, total: number) => void;
  /** the reviewer assignment: a file is 待定 until every reviewer assigned to it has returned a sheet with it */
  assignment?: { files: { id: string; reviewers: string[] }[] };
  /** the annual inspection plan: inspections are compared with it (rule inspection-unplanned) */
  plan?: readonly PlanEntry[];
  /** the inspection schemes among the inputs: an inspection's schemeId finds the experts its scheme names */
  schemes?: readonly Scheme[];
}

/** Run the checklists on case files (no reviews, no scores yet); files without a type use the penalty checklist. */
export function evaluateCases(cases: CaseFile[], opts: ScoreOptions = {}): FileState[] {
  const checklists = loadChecklists(opts.checklists);
  const calendar = loadCalendar(opts.calendarDir ?? DEFAULT_CALENDAR_DIR);
  const catalog = loadLawCatalog();
  const schemes = opts.schemes?.length ? new Map(opts.schemes.map((s) => [caseIdKey(s.id), s])) : undefined;
  const contexts = new Map<CaseType, RuleContext>();
  for (const [t, cl] of checklists) contexts.set(t, { config: loadRulesConfig(opts.rulesConfig, cl.settings), calendar, catalog, ...(opts.plan ? { plan: opts.plan } : {}), ...(schemes ? { schemes } : {}) });
  return cases.map((c, i) => {
    const t = c.type ?? 'penalty';
    const state = evaluateFile(c, checklists.get(t)!, contexts.get(t)!);
    opts.onCount?.(i + 1, cases.length);
    return state;
  });
}

/**
 * Mark files whose assigned reviewers have not returned them (no row of theirs for the file, blank or filled).
 * A reviewer's row on a file not assigned to them (a sheet sent to the wrong person, a reviewer of the file's own
 * unit) is an input error naming the sheet row.
 */
export function markAwaiting(states: FileState[], assignment: NonNullable<ScoreOptions['assignment']>, entries: ReviewEntry[]): void {
  const key = (s: string) => s.normalize('NFKC').replace(/\s+/g, '');
  const returned = new Set(entries.filter((e) => !e.chair).map((e) => `${caseIdKey(e.caseId)}\u0000${key(e.reviewer)}`));
  const byId = new Map(assignment.files.map((f) => [caseIdKey(f.id), f.reviewers]));
  for (const e of entries) {
    const assigned = byId.get(caseIdKey(e.caseId));
    if (e.chair || !assigned || assigned.some((r) => key(r) === key(e.reviewer))) continue;
    throw new InputError(tr(`评查表 ${e.file} 第 ${e.row} 行：${e.reviewer} 未被分配评查案件 ${e.caseId}（分配给 ${assigned.join('、')}）`, `review sheet ${e.file} row ${e.row}: ${e.reviewer} is not assigned to case ${e.caseId} (assigned: ${assigned.join(', ')})`), {
      location: { file: e.file, row: e.row },
      hint: tr('每名评查人只交回自己的评查表（caseaudit worksheet --assignment）', 'each reviewer returns only their own sheet (caseaudit worksheet --assignment)'),
    });
  }
  for (const s of states) {
    const missing = (byId.get(caseIdKey(s.caseFile.id)) ?? []).filter((r) => !returned.has(`${caseIdKey(s.caseFile.id)}\u0000${key(r)}`));
    if (missing.length) s.awaiting = missing;
  }
}

/** Score case files: evaluate, merge reviewer entries, grade and summarize. */
export function scoreCases(cases: CaseFile[], opts: ScoreOptions = {}): ScoreResult {
  const states = evaluateCases(cases, opts);
  const merged = opts.reviews?.length ? applyReviews(states, opts.reviews) : { disagreements: [] };
  const { disagreements } = merged;
  if (opts.assignment) markAwaiting(states, opts.assignment, opts.reviews ?? []);
  const files = states.map(finalizeFile);
  const used = new Set(states.map((s) => s.checklist));
  return {
    schemaVersion: 1,
    toolVersion: toolVersion(),
    checklists: [...used].map((c: Checklist) => ({ id: c.id, caseType: c.caseType, ...(c.version ? { version: c.version } : {}), file: c.file })),
    files,
    summary: summarize(files, disagreements.length, disagreements.filter((d) => !d.ruling).length),
    disagreements,
    ...(merged.agreement ? { agreement: merged.agreement } : {}),
  };
}
