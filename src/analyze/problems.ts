/** Frequent problems (多发频发问题): checklist items most often failed, overall and per unit. */
import type { LocalText } from '../i18n.js';
import type { ScoredFile } from './types.js';
import { compareText, groupBy, share } from './stats.js';

export interface ProblemCount {
  ruleId: string;
  category: string;
  /** files with at least one finding of this rule */
  files: number;
  /** share of the files in scope (0..1) */
  share: number;
  /** the checklist item's title, when the checklist is known */
  title?: LocalText;
  /** one message of the rule, as written by the scorer (first file in id order) */
  message: string;
  basis?: string;
}

export interface FrequentProblems {
  overall: ProblemCount[];
  byUnit: { unit: string; files: number; problems: ProblemCount[] }[];
}

/** Count files per rule; ordered by files desc, then rule id. */
export function countProblems(files: ScoredFile[], titleOf?: (ruleId: string) => LocalText | undefined): ProblemCount[] {
  const byRule = new Map<string, { category: string; ids: Set<string>; message: string; basis?: string; firstId: string }>();
  for (const f of files) {
    for (const finding of f.findings) {
      const entry = byRule.get(finding.ruleId);
      if (!entry) {
        byRule.set(finding.ruleId, { category: finding.category, ids: new Set([f.id]), message: finding.message, basis: finding.basis, firstId: f.id });
      } else {
        entry.ids.add(f.id);
        if (compareText(f.id, entry.firstId) < 0) Object.assign(entry, { message: finding.message, basis: finding.basis, firstId: f.id });
      }
    }
  }
  return [...byRule.entries()]
    .map(([ruleId, e]) => {
      const p: ProblemCount = { ruleId, category: e.category, files: e.ids.size, share: share(e.ids.size, files.length), message: e.message };
      const title = titleOf?.(ruleId);
      if (title) p.title = title;
      if (e.basis) p.basis = e.basis;
      return p;
    })
    .sort((a, b) => b.files - a.files || compareText(a.ruleId, b.ruleId));
}

/** Frequent problems overall and per unit; `top` limits each list (all when omitted). */
export function frequentProblems(files: ScoredFile[], top?: number, titleOf?: (ruleId: string) => LocalText | undefined): FrequentProblems {
  const cut = (list: ProblemCount[]) => (top === undefined ? list : list.slice(0, top));
  return {
    overall: cut(countProblems(files, titleOf)),
    byUnit: groupBy(files, (f) => f.unit ?? '').map(([unit, list]) => ({ unit, files: list.length, problems: cut(countProblems(list, titleOf)) })),
  };
}
