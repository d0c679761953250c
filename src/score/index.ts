/** Score stage: apply the checklists to case files, merge reviewer sheets, grade, summarize. */
import type { CaseFile, CaseType } from '../model/types.js';
import { loadChecklists, type Checklist } from '../checklist/checklist.js';
import { loadRulesConfig } from '../checklist/rules-config.js';
import { loadCalendar, DEFAULT_CALENDAR_DIR } from '../checklist/calendar.js';
import { loadLawCatalog } from '../checklist/law-catalog.js';
import type { RuleContext } from '../checklist/types.js';
import { toolVersion } from '../util/paths.js';
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
  /** reviewer entries read from worksheets (in --reviews order: earlier sheets win disagreements) */
  reviews?: ReviewEntry[];
  /** called after each file is evaluated (done, total): progress of long runs */
  onCount?: (done: number, total: number) => void;
}

/** Run the checklists on case files (no reviews, no scores yet); files without a type use the penalty checklist. */
export function evaluateCases(cases: CaseFile[], opts: ScoreOptions = {}): FileState[] {
  const checklists = loadChecklists(opts.checklists);
  const calendar = loadCalendar(opts.calendarDir ?? DEFAULT_CALENDAR_DIR);
  const catalog = loadLawCatalog();
  const contexts = new Map<CaseType, RuleContext>();
  for (const [t, cl] of checklists) contexts.set(t, { config: loadRulesConfig(opts.rulesConfig, cl.settings), calendar, catalog });
  return cases.map((c, i) => {
    const t = c.type ?? 'penalty';
    const state = evaluateFile(c, checklists.get(t)!, contexts.get(t)!);
    opts.onCount?.(i + 1, cases.length);
    return state;
  });
}

/** Score case files: evaluate, merge reviewer entries, grade and summarize. */
export function scoreCases(cases: CaseFile[], opts: ScoreOptions = {}): ScoreResult {
  const states = evaluateCases(cases, opts);
  const disagreements = opts.reviews?.length ? applyReviews(states, opts.reviews) : [];
  const files = states.map(finalizeFile);
  const used = new Set(states.map((s) => s.checklist));
  return {
    schemaVersion: 1,
    toolVersion: toolVersion(),
    checklists: [...used].map((c: Checklist) => ({ id: c.id, caseType: c.caseType, ...(c.version ? { version: c.version } : {}), file: c.file })),
    files,
    summary: summarize(files, disagreements.length),
    disagreements,
  };
}
