/**
 * 通报 and 约谈 (赣应急字〔2020〕168号 §五(十三) "该通报的通报、该约谈的约谈"): configurable thresholds per unit.
 * Each entry says which threshold it met and the facts; no threshold configured or met → no entry.
 */
import type { ScoredFile } from '../analyze/types.js';
import { compareText, mean, round } from '../analyze/stats.js';
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
  meanScore: number;
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
    const meanScore = round(mean(files.map((f) => f.score)) ?? 0);
    const vetoed = files.filter((f) => f.vetoed).length;
    const failShare = round(files.filter((f) => f.grade === 'fail').length / files.length, 4);
    for (const action of ['circular', 'summons'] as const) {
      const t = cfg[action];
      if (!t) continue;
      const met: Met[] = [];
      if (t.meanScoreBelow !== undefined && meanScore < t.meanScoreBelow) met.push({ key: 'meanScoreBelow', limit: t.meanScoreBelow, value: meanScore });
      if (t.vetoedAtLeast !== undefined && vetoed >= t.vetoedAtLeast) met.push({ key: 'vetoedAtLeast', limit: t.vetoedAtLeast, value: vetoed });
      if (t.failShareAbove !== undefined && failShare > t.failShareAbove) met.push({ key: 'failShareAbove', limit: t.failShareAbove, value: failShare });
      if (t.repeatedRule && prevRules) {
        const prev = prevRules.get(unit);
        const rules = [...(curRules.get(unit)?.keys() ?? [])].filter((r) => prev?.has(r)).sort(compareText);
        if (rules.length) met.push({ key: 'repeatedRule', limit: true, value: rules });
      }
      if (t.overdueAbove !== undefined && (overdue.get(unit) ?? 0) > t.overdueAbove) met.push({ key: 'overdueAbove', limit: t.overdueAbove, value: overdue.get(unit)! });
      if (met.length) out.push({ unit, action, met, files: files.length, meanScore });
    }
  }
  return out;
}
