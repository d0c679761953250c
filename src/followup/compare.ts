/**
 * Comparison with the previous period (§七(二十一) half-yearly evaluation): every indicator with its change,
 * units that joined or left, problems that recur per unit and rule (反复出现), and efficiency side by side.
 */
import type { ScoredFile } from '../analyze/types.js';
import { compareText, finalMean, round } from '../analyze/stats.js';
import type { Comparison, IndicatorChange, Recurring, UnitChange } from './types.js';

export type { Comparison, IndicatorChange, Recurring, UnitChange } from './types.js';

/** A period as the comparison needs it: its files (from results.json or report.json) and, if known, efficiency rates. */
export interface PeriodSnapshot {
  period?: string;
  files: ScoredFile[];
  /** indicator key → rate 0..1 (null when no case was in scope), from a report.json built with a dataset */
  efficiency?: Record<string, number | null>;
}

const diff = (a: number | null, b: number | null) => (a === null || b === null ? null : round(b - a, 4));

function indicators(files: ScoredFile[]): Record<IndicatorChange['key'], number | null> {
  const n = files.length;
  return {
    scored: n,
    meanScore: finalMean(files),
    vetoed: files.filter((f) => f.vetoed).length,
    excellentShare: n ? round(files.filter((f) => f.grade === 'excellent').length / n, 4) : null,
    failShare: n ? round(files.filter((f) => f.grade === 'fail').length / n, 4) : null,
    findingsPerFile: n ? round(files.reduce((k, f) => k + f.findings.length, 0) / n) : null,
    unitsWithFindings: new Set(files.filter((f) => f.findings.length).map((f) => f.unit ?? '')).size,
  };
}

function unitStats(files: ScoredFile[]): Map<string, { files: number; meanScore: number | null; vetoed: number }> {
  const m = new Map<string, ScoredFile[]>();
  for (const f of files) (m.get(f.unit ?? '') ?? m.set(f.unit ?? '', []).get(f.unit ?? '')!).push(f);
  return new Map([...m].map(([u, list]) => [u, { files: list.length, meanScore: finalMean(list), vetoed: list.filter((f) => f.vetoed).length }]));
}

/** Per unit: rule → files with a finding of it (and one message/basis of it). */
export function rulesByUnit(files: ScoredFile[]): Map<string, Map<string, { files: number; message: string; basis: string }>> {
  const out = new Map<string, Map<string, { files: number; message: string; basis: string }>>();
  for (const f of [...files].sort((a, b) => compareText(a.id, b.id))) {
    const unit = f.unit ?? '';
    const rules = out.get(unit) ?? out.set(unit, new Map()).get(unit)!;
    for (const r of new Set(f.findings.map((x) => x.ruleId))) {
      const x = f.findings.find((y) => y.ruleId === r)!;
      const e = rules.get(r);
      if (e) e.files++;
      else rules.set(r, { files: 1, message: x.message, basis: x.basis ?? '' });
    }
  }
  return out;
}

/** Problems found in a unit's files in both periods: unit and rule, with the files of each period. */
export function recurringProblems(previous: ScoredFile[], current: ScoredFile[]): Recurring[] {
  const before = rulesByUnit(previous);
  const out: Recurring[] = [];
  for (const [unit, rules] of rulesByUnit(current)) {
    const prev = before.get(unit);
    if (!prev) continue;
    for (const [ruleId, e] of rules) {
      const p = prev.get(ruleId);
      if (p) out.push({ unit, ruleId, previousFiles: p.files, currentFiles: e.files, message: e.message, basis: e.basis });
    }
  }
  return out.sort((a, b) => compareText(a.unit, b.unit) || compareText(a.ruleId, b.ruleId));
}

/** Compare this period with the previous one. */
export function comparePeriods(previous: PeriodSnapshot, current: PeriodSnapshot): Comparison {
  const a = indicators(previous.files);
  const b = indicators(current.files);
  const ua = unitStats(previous.files);
  const ub = unitStats(current.files);
  const units = [...new Set([...ua.keys(), ...ub.keys()])].sort(compareText).map((unit): UnitChange => {
    const p = ua.get(unit) ?? null;
    const c = ub.get(unit) ?? null;
    return { unit, presence: p && c ? 'both' : c ? 'new' : 'gone', previous: p, current: c, meanScoreChange: p && c && p.meanScore !== null && c.meanScore !== null ? round(c.meanScore - p.meanScore) : null };
  });
  const cmp: Comparison = {
    indicators: (Object.keys(b) as IndicatorChange['key'][]).map((key) => ({ key, previous: a[key], current: b[key], change: diff(a[key], b[key]) })),
    units,
    recurring: recurringProblems(previous.files, current.files),
  };
  if (previous.period) cmp.previousPeriod = previous.period;
  if (current.period) cmp.currentPeriod = current.period;
  if (previous.efficiency && current.efficiency) {
    const keys = [...new Set([...Object.keys(current.efficiency), ...Object.keys(previous.efficiency)])];
    cmp.efficiency = keys.map((key) => {
      const p = previous.efficiency![key] ?? null;
      const c = current.efficiency![key] ?? null;
      return { key, previous: p, current: c, change: diff(p, c) };
    });
  }
  return cmp;
}
