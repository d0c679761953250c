/**
 * The half-yearly problem focus (问题聚焦, 赣应急字〔2020〕168号 §六(十六)): per industry, the most frequent
 * problems with counts and shares, their basis, and the countermeasure kept as data beside each rule.
 */
import type { LocalText } from '../i18n.js';
import type { ScoredFile } from '../analyze/types.js';
import { compareText, round } from '../analyze/stats.js';
import { countermeasureFor, type Countermeasures } from './countermeasures.js';
import type { FocusProblem, IndustryFocus } from './types.js';

export type { FocusProblem, IndustryFocus } from './types.js';

export const NO_INDUSTRY = '（未注明行业）';

export interface FocusOptions {
  /** industry of a case id (normalised to the catalog's name), undefined when unknown */
  industryOf: (caseId: string) => string | undefined;
  countermeasures: Countermeasures;
  titleOf?: (ruleId: string) => LocalText | undefined;
  /** problems listed per industry (default 5) */
  top?: number;
}

/** Group scored files by industry and rank each industry's problems by the files they appear in. */
export function problemFocus(files: ScoredFile[], o: FocusOptions): IndustryFocus[] {
  const groups = new Map<string, ScoredFile[]>();
  for (const f of files) {
    const k = o.industryOf(f.id) ?? NO_INDUSTRY;
    (groups.get(k) ?? groups.set(k, []).get(k)!).push(f);
  }
  const out: IndustryFocus[] = [];
  for (const [industry, list] of groups) {
    const byRule = new Map<string, { ids: Set<string>; category: string; message: string; basis: string; first: string }>();
    for (const f of list) {
      for (const x of f.findings) {
        const e = byRule.get(x.ruleId);
        if (!e) byRule.set(x.ruleId, { ids: new Set([f.id]), category: x.category, message: x.message, basis: x.basis ?? '', first: f.id });
        else {
          e.ids.add(f.id);
          if (compareText(f.id, e.first) < 0) Object.assign(e, { message: x.message, basis: x.basis ?? e.basis, first: f.id });
        }
      }
    }
    const problems = [...byRule]
      .map(([ruleId, e]): FocusProblem => {
        const p: FocusProblem = { ruleId, category: e.category, message: e.message, basis: e.basis, files: e.ids.size, share: round(e.ids.size / list.length, 4), countermeasure: countermeasureFor(o.countermeasures, ruleId, e.category) };
        const t = o.titleOf?.(ruleId);
        if (t) p.title = t;
        return p;
      })
      .sort((a, b) => b.files - a.files || compareText(a.ruleId, b.ruleId))
      .slice(0, o.top ?? 5);
    out.push({ industry, files: list.length, filesWithFindings: list.filter((f) => f.findings.length).length, problems });
  }
  // the files whose industry is not known come last: they cannot be published in any industry
  return out.sort((a, b) => Number(a.industry === NO_INDUSTRY) - Number(b.industry === NO_INDUSTRY) || b.files - a.files || compareText(a.industry, b.industry));
}
