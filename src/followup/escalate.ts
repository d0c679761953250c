/**
 * 通报 and 约谈 (赣应急字〔2020〕168号 §五(十三) "该通报的通报、该约谈的约谈"): configurable thresholds per unit.
 * Each entry says which threshold it met and the facts; no threshold configured or met → no entry.
 */
import type { ScoredFile } from '../analyze/types.js';
import { compareText, finalMean, isFinal, round } from '../analyze/stats.js';
import { rulesByUnit } from './compare.js';
import type { RectificationStatus } from './types.js';

/** The thresholds of one action (all optional; an absent key is not checked). */
export interface Thresholds {
  /** the unit's mean score is below this */
  meanScoreBelow?: number;
  /** at least this many vetoed files (1: any veto) */
  vetoedAtLeast?: number;
  /** the unit's share of 不合格 files is above this (0..1) */
  failShareAbove?: number;
  /** the same rule failed in this period and the previous one (needs the previous period) */
  repeatedRule?: boolean;
  /** more than this many rectification items overdue (needs the rectification status) */
  overdueAbove?: number;
}

export interface EscalationConfig {
  /** 通报 */
  circular?: Thresholds;
  /** 约谈 */
  summons?: Thresholds;
}

export type Action = 'circular' | 'summons';
export type ThresholdKey = keyof Thresholds;

export interface Met {
  key: ThresholdKey;
  limit: number | boolean;
  value: number | string[];
}

export interface EscalationEntry {
  unit: string;
  action: Action;
  met: Met[];
  files: number;
  /** of the final files only; null when none is final */
  meanScore: number | null;
  /** files not final yet: not in the mean (a 待定 grade is not in the fail share either), so the entry may change once they are */
  provisional: number;
}

export interface EscalationInput {
  files: ScoredFile[];
  previous?: ScoredFile[];
  status?: RectificationStatus;
}

/** What a threshold needs that was not given: listed so a configured threshold is never silently skipped. */
export function missingInputs(cfg: EscalationConfig, input: EscalationInput): string[] {
  const out: string[] = [];
  for (const action of ['circular', 'summons'] as const) {
    const t = cfg[action];
    if (t?.repeatedRule && !input.previous) out.push(`${action}.repeatedRule`);
    if (t?.overdueAbove !== undefined && !input.status) out.push(`${action}.overdueAbove`);
  }
  return out;
}

/** Evaluate the thresholds for every unit; entries in unit order, 通报 before 约谈. */
export function escalate(cfg: EscalationConfig, input: EscalationInput): EscalationEntry[] {
  const byUnit = new Map<string, ScoredFile[]>();
  for (const f of input.files) (byUnit.get(f.unit ?? '') ?? byUnit.set(f.unit ?? '', []).get(f.unit ?? '')!).push(f);
  const prevRules = input.previous ? rulesByUnit(input.previous) : undefined;
  const curRules = rulesByUnit(input.files);
  const overdue = new Map((input.status?.units ?? []).map((u) => [u.unit, u.overdue]));
  const out: EscalationEntry[] = [];
  for (const unit of [...byUnit.keys()].sort(compareText)) {
    const files = byUnit.get(unit)!;
    // a file not final has a best-case score (never averaged); its grade counts once set (不合格 can be certain before the review ends)
    const graded = files.filter((f) => f.grade !== 'provisional');
    const meanScore = finalMean(files);
    const vetoed = files.filter((f) => f.vetoed).length;
    const failShare = graded.length ? round(graded.filter((f) => f.grade === 'fail').length / graded.length, 4) : null;
    for (const action of ['circular', 'summons'] as const) {
      const t = cfg[action];
      if (!t) continue;
      const met: Met[] = [];
      if (t.meanScoreBelow !== undefined && meanScore !== null && meanScore < t.meanScoreBelow) met.push({ key: 'meanScoreBelow', limit: t.meanScoreBelow, value: meanScore });
      if (t.vetoedAtLeast !== undefined && vetoed >= t.vetoedAtLeast) met.push({ key: 'vetoedAtLeast', limit: t.vetoedAtLeast, value: vetoed });
      if (t.failShareAbove !== undefined && failShare !== null && failShare > t.failShareAbove) met.push({ key: 'failShareAbove', limit: t.failShareAbove, value: failShare });
      if (t.repeatedRule && prevRules) {
        const prev = prevRules.get(unit);
        const rules = [...(curRules.get(unit)?.keys() ?? [])].filter((r) => prev?.has(r)).sort(compareText);
        if (rules.length) met.push({ key: 'repeatedRule', limit: true, value: rules });
      }
      if (t.overdueAbove !== undefined && (overdue.get(unit) ?? 0) > t.overdueAbove) met.push({ key: 'overdueAbove', limit: t.overdueAbove, value: overdue.get(unit)! });
      if (met.length) out.push({ unit, action, met, files: files.length, meanScore, provisional: files.filter((f) => !isFinal(f)).length });
    }
  }
  return out;
}
