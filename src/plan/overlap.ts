/**
 * Duplicate enforcement and enforcement gaps (赣应急字〔2020〕168号 §六(十七) "避免多层级重复执法和执法缺位"): the same
 * enterprise acted on by two different units — of different levels, or two of the same level — within a window of
 * days; with a plan, key enterprises (重点) no unit inspected in the period. A unit following up its own
 * rectification order (re-inspection) is never an overlap, and two actions of one unit are never one.
 */
import type { Period } from '../sample/period.js';
import { inPeriod } from '../sample/period.js';
import { daysBetween } from '../checklist/calendar.js';
import { compareText } from '../util/stats.js';
import type { Action, Gap, Overlap, OverlapCase, OverlapResult, PlanEntry } from './types.js';

export type { Gap, Overlap, OverlapCase, OverlapResult } from './types.js';
import { codeKey, nameKey } from './names.js';

export const ACTION_KINDS = ['inspection', 'penalty', 'coercion', 'reinspection'] as const;

export interface OverlapOptions {
  /** days between two actions of different units that count as the same round (default 30) */
  windowDays: number;
  /** what counts as an action (default inspection, penalty, coercion) */
  kinds: Action['kind'][];
  period?: Period;
  plan?: PlanEntry[];
}

/** Group key of an enterprise: its credit code, also for records that give only a name another record pairs with a code. */
function keyer(actions: { creditCode?: string; name?: string }[]): (a: { creditCode?: string; name?: string }) => string | undefined {
  const codeOfName = new Map<string, string>();
  for (const a of actions) {
    const c = codeKey(a.creditCode);
    if (c && a.name) codeOfName.set(nameKey(a.name), c);
  }
  return (a) => {
    const c = codeKey(a.creditCode) ?? (a.name ? codeOfName.get(nameKey(a.name)) : undefined);
    if (c) return `code:${c}`;
    return a.name ? `name:${nameKey(a.name)}` : undefined;
  };
}

/** Find overlaps (and gaps when a plan is given). */
export function findOverlaps(all: Action[], o: OverlapOptions): OverlapResult {
  const actions = all.filter((a) => o.kinds.includes(a.kind) && !(a.kind === 'reinspection' && a.ownOrder) && (!o.period || inPeriod(a.date, o.period)));
  const keyOf = keyer([...all, ...(o.plan ?? [])]);
  const groups = new Map<string, Action[]>();
  for (const a of actions) {
    const k = keyOf(a);
    if (k) (groups.get(k) ?? groups.set(k, []).get(k)!).push(a);
  }
  const overlaps: Overlap[] = [];
  for (const list of groups.values()) {
    list.sort((a, b) => compareText(a.date, b.date) || compareText(a.caseId, b.caseId));
    const hit = new Set<Action>();
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length && daysBetween(list[i]!.date, list[j]!.date) <= o.windowDays; j++) {
        if (list[i]!.unit !== list[j]!.unit) hit.add(list[i]!).add(list[j]!);
      }
    }
    if (!hit.size) continue;
    const ids = new Set<string>();
    // one line per case: a penalty file's own inspection record and its decision are one case
    const cases = list.filter((a) => hit.has(a) && !ids.has(a.caseId) && ids.add(a.caseId));
    const withCode = cases.find((a) => codeKey(a.creditCode));
    overlaps.push({
      creditCode: withCode ? codeKey(withCode.creditCode)! : null,
      name: cases.find((a) => a.name)?.name ?? '',
      units: [...new Set(cases.map((a) => a.unit))].sort(compareText),
      levels: [...new Set(cases.map((a) => a.level ?? 'unknown'))].sort(compareText),
      cases: cases.map((a) => ({ id: a.caseId, unit: a.unit, level: a.level ?? null, date: a.date, kind: a.kind })),
    });
  }
  overlaps.sort((a, b) => compareText(a.cases[0]!.date, b.cases[0]!.date) || compareText(a.name, b.name));
  let gaps: Gap[] | null = null;
  if (o.plan) {
    const inspected = new Set(all.filter((a) => a.kind === 'inspection' && (!o.period || inPeriod(a.date, o.period))).map(keyOf));
    const seen = new Set<string>();
    gaps = [];
    for (const e of o.plan.filter((x) => x.category === 'key')) {
      const k = keyOf(e);
      if (!k || inspected.has(k) || seen.has(k)) continue;
      seen.add(k);
      gaps.push({ creditCode: codeKey(e.creditCode) ?? null, name: e.name, unit: e.unit, industry: e.industry ?? null });
    }
    gaps.sort((a, b) => compareText(a.unit, b.unit) || compareText(a.name, b.name));
  }
  return { schemaVersion: 1, windowDays: o.windowDays, actions: o.kinds, period: o.period ? { id: o.period.id, from: o.period.from, to: o.period.to } : null, overlaps, gaps };
}
