/**
 * Plan execution (赣应急字〔2020〕168号 §六(十五), §七(二十一)): per unit, planned enterprises against the inspections
 * done in the period; the missed, the unplanned, under- and over-inspection; every match made by name listed.
 *
 * Pro-rata rule: an entry is due planned × share inspections in the period, where share is the fraction of its
 * planned months that fall in the period when the plan lists months, else 1 for a year and ½ for a half-year.
 * Missed: due at least once (≥ 1) and not inspected by its unit. Under: inspected, fewer times than ⌊due⌋. Over:
 * more times than ⌈due⌉. Execution rate: Σ min(done, due) / Σ due, so an enterprise inspected too often does not
 * make up for one never inspected.
 */
import type { Period } from '../sample/period.js';
import { inPeriod } from '../sample/period.js';
import { compareText, round } from '../util/stats.js';
import type { Action, NameMatch, PlanEntry, PlanResult, Ref, UnitExecution } from './types.js';

export type { NameMatch, PlanResult, UnitExecution } from './types.js';
import { codeKey, nameKey } from './names.js';
import { matches } from './match.js';

export const PRO_RATA_RULE =
  'due = planned × share; share = planned months in the period ÷ planned months when months are listed, else 1 (year) or 1/2 (half-year); missed: due ≥ 1 and not inspected; under: 1 ≤ done < floor(due); over: done > ceil(due); rate = Σ min(done, due) ÷ Σ due';

/** Inspections due for an entry in the period. */
export function dueIn(entry: PlanEntry, period: Period): number {
  if (entry.months?.length) {
    const year = period.from.slice(0, 4);
    const inside = entry.months.filter((m) => inPeriod(`${year}-${String(m).padStart(2, '0')}-15`, period)).length;
    return (entry.planned * inside) / entry.months.length;
  }
  return entry.planned * (period.kind === 'year' ? 1 : 0.5);
}

const ref = (e: { creditCode?: string; name: string; unit: string }): Ref => ({ creditCode: codeKey(e.creditCode) ?? null, name: e.name, unit: e.unit });

/** Compare the plan with the inspections (actions of kind inspection) in the period. */
export function executePlan(plan: PlanEntry[], actions: Action[], period: Period): PlanResult {
  const inspections = actions.filter((a) => a.kind === 'inspection' && inPeriod(a.date, period));
  const byUnit = new Map<string, PlanEntry[]>();
  for (const e of plan) (byUnit.get(e.unit) ?? byUnit.set(e.unit, []).get(e.unit)!).push(e);
  const doneOf = new Map<PlanEntry, Action[]>(plan.map((e) => [e, []]));
  const nameMatches: NameMatch[] = [];
  const unplannedMap = new Map<string, PlanResult['unplanned'][number]>();
  for (const a of inspections) {
    let hit: PlanEntry | undefined;
    for (const e of byUnit.get(a.unit) ?? []) {
      const how = matches(e, a);
      if (!how) continue;
      hit = e;
      if (how === 'name') nameMatches.push({ unit: a.unit, caseId: a.caseId, planName: e.name, caseName: a.name!, creditCode: codeKey(e.creditCode) ?? codeKey(a.creditCode) ?? null, exact: e.name === a.name });
      break;
    }
    if (hit) doneOf.get(hit)!.push(a);
    else {
      const r = ref({ creditCode: a.creditCode, name: a.name ?? a.creditCode ?? '', unit: a.unit });
      const key = `${a.unit}|${r.creditCode ?? nameKey(r.name)}`;
      const u = unplannedMap.get(key) ?? { ...r, cases: [], inPlanOf: [...new Set(plan.filter((e) => e.unit !== a.unit && matches(e, a)).map((e) => e.unit))].sort(compareText) };
      u.cases.push(a.caseId);
      unplannedMap.set(key, u);
    }
  }
  const result: PlanResult = { schemaVersion: 1, period: { id: period.id, from: period.from, to: period.to }, rule: PRO_RATA_RULE, units: [], missed: [], unplanned: [...unplannedMap.values()], under: [], over: [], nameMatches };
  for (const [unit, entries] of [...byUnit].sort((a, b) => compareText(a[0], b[0]))) {
    let due = 0;
    let capped = 0;
    const u: UnitExecution = { unit, plannedEnterprises: entries.length, inspectedEnterprises: 0, plannedInspections: 0, inspections: 0, executionRate: null, missed: 0, unplanned: 0, under: 0, over: 0 };
    for (const e of entries) {
      const d = dueIn(e, period);
      const done = doneOf.get(e)!.length;
      due += d;
      capped += Math.min(done, d);
      u.inspections += done;
      if (done) u.inspectedEnterprises++;
      const dueR = round(d);
      if (!done && d >= 1) {
        const others = [...new Set(inspections.filter((a) => a.unit !== unit && matches(e, a)).map((a) => a.unit))].sort(compareText);
        result.missed.push({ ...ref(e), category: e.category ?? null, due: dueR, inspectedByOthers: others });
        u.missed++;
      } else if (done && done < Math.floor(d)) {
        result.under.push({ ...ref(e), due: dueR, done });
        u.under++;
      } else if (done > Math.ceil(d)) {
        result.over.push({ ...ref(e), due: dueR, done });
        u.over++;
      }
    }
    u.plannedInspections = round(due);
    u.executionRate = due > 0 ? round(capped / due, 4) : null;
    u.unplanned = result.unplanned.filter((x) => x.unit === unit).length;
    result.units.push(u);
  }
  // units that inspected without any plan entry
  for (const unit of [...new Set(result.unplanned.map((x) => x.unit))].filter((x) => !byUnit.has(x)).sort(compareText)) {
    result.units.push({ unit, plannedEnterprises: 0, inspectedEnterprises: 0, plannedInspections: 0, inspections: 0, executionRate: null, missed: 0, unplanned: result.unplanned.filter((x) => x.unit === unit).length, under: 0, over: 0 });
  }
  result.units.sort((a, b) => compareText(a.unit, b.unit));
  const order = (a: Ref, b: Ref) => compareText(a.unit, b.unit) || compareText(a.name, b.name);
  result.missed.sort(order);
  result.unplanned.sort(order);
  result.under.sort(order);
  result.over.sort(order);
  result.nameMatches.sort((a, b) => compareText(a.unit, b.unit) || compareText(a.caseId, b.caseId));
  return result;
}
