/** Scheme review outcome: approved/rejected per unit and the rejection reasons most often given. */
import type { SchemeVerdict } from './types.js';
import { compareText, groupBy } from './stats.js';

export interface SchemeOutcome {
  drawn: number;
  approved: number;
  rejected: number;
  byUnit: { unit: string; drawn: number; approved: number; rejected: number }[];
  /** reasons by rule: how many schemes got each (rejecting and warning reasons separately) */
  reasons: { ruleId: string; severity: 'reject' | 'warn'; schemes: number }[];
  rejectedSchemes: SchemeVerdict[];
}

/** Tally scheme verdicts; rejected schemes listed in unit, then id order. */
export function analyzeSchemes(schemes: SchemeVerdict[]): SchemeOutcome {
  const reasons = new Map<string, { ruleId: string; severity: 'reject' | 'warn'; ids: Set<string> }>();
  for (const s of schemes) {
    for (const r of s.reasons) {
      const key = `${r.severity}\u0000${r.ruleId}`;
      const e = reasons.get(key) ?? { ruleId: r.ruleId, severity: r.severity, ids: new Set<string>() };
      e.ids.add(s.id);
      reasons.set(key, e);
    }
  }
  const byUnitId = (a: SchemeVerdict, b: SchemeVerdict) => compareText(a.unit ?? '', b.unit ?? '') || compareText(a.id, b.id);
  return {
    drawn: schemes.length,
    approved: schemes.filter((s) => s.verdict === 'approved').length,
    rejected: schemes.filter((s) => s.verdict === 'rejected').length,
    byUnit: groupBy(schemes, (s) => s.unit ?? '').map(([unit, list]) => ({
      unit,
      drawn: list.length,
      approved: list.filter((s) => s.verdict === 'approved').length,
      rejected: list.filter((s) => s.verdict === 'rejected').length,
    })),
    reasons: [...reasons.values()]
      .map((e) => ({ ruleId: e.ruleId, severity: e.severity, schemes: e.ids.size }))
      .sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'reject' ? -1 : 1) || b.schemes - a.schemes || compareText(a.ruleId, b.ruleId)),
    rejectedSchemes: schemes.filter((s) => s.verdict === 'rejected').sort(byUnitId),
  };
}
