/** Score results → the findings each audited unit must rectify, with stable ids. */
import { createHash } from 'node:crypto';
import type { ScoreResults } from '../analyze/types.js';
import { compareText } from '../analyze/stats.js';
import { countermeasureFor, type Countermeasures } from './countermeasures.js';
import type { RectifyItem } from './types.js';

/** Label for files whose unit the results do not state. */
export const NO_UNIT = '（未注明单位）';

/** A finding's id: R + 12 hex of SHA-256(case id, rule, message); a repeat in one file gets -2, -3 … */
export function itemId(caseId: string, ruleId: string, message: string): string {
  return `R${createHash('sha256').update(`${caseId}\u0000${ruleId}\u0000${message}`, 'utf8').digest('hex').slice(0, 12)}`;
}

/** Every finding of every scored file as an item, ordered by unit, case id, then rule. */
export function rectifyItems(results: ScoreResults, cm: Countermeasures): RectifyItem[] {
  const out: RectifyItem[] = [];
  const seen = new Map<string, number>();
  const files = [...results.files].sort((a, b) => compareText(a.unit ?? '', b.unit ?? '') || compareText(a.id, b.id));
  for (const f of files) {
    for (const x of f.findings) {
      let id = itemId(f.id, x.ruleId, x.message);
      const n = (seen.get(id) ?? 0) + 1;
      seen.set(id, n);
      if (n > 1) id = `${id}-${n}`;
      out.push({
        id,
        unit: f.unit || NO_UNIT,
        caseId: f.id,
        ruleId: x.ruleId,
        category: x.category,
        problem: x.message,
        basis: x.basis ?? '',
        countermeasure: countermeasureFor(cm, x.ruleId, x.category),
        deduction: x.deduction,
        veto: x.veto,
      });
    }
  }
  return out;
}

/** Items grouped by unit, units in text order. */
export function itemsByUnit(items: RectifyItem[]): [string, RectifyItem[]][] {
  const m = new Map<string, RectifyItem[]>();
  for (const it of items) (m.get(it.unit) ?? m.set(it.unit, []).get(it.unit)!).push(it);
  return [...m.entries()].sort((a, b) => compareText(a[0], b[0]));
}
