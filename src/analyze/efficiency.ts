/**
 * Efficiency indicators for the half-year evaluation (效能评估), computed from the case records' dates.
 * Each rate states its numerator and denominator; cases whose dates cannot decide a rate are counted as
 * `unknown`, never as on time or late.
 */
import { followUpStated, hazardNamed } from '../checklist/hazards.js';
import type { CaseFile } from '../model/types.js';
import { groupBy, mean, round, share } from './stats.js';

/** Working days after `from` up to and including `to`; undefined when the calendar does not cover the dates. */
export type WorkingDaysFn = (from: string, to: string) => number | undefined;

export interface EfficiencyOptions {
  workingDays?: WorkingDaysFn;
  /** reference date: rectification deadlines after it are not yet due (default: the latest date in the cases) */
  asOf?: string;
  /** days allowed from filing to decision without an approved extension (行政处罚法 第六十条) */
  decisionDays?: number;
  /** working days allowed for service (行政处罚法 第六十一条) and publication (安全生产法 第七十八条) */
  serviceWorkingDays?: number;
  publicationWorkingDays?: number;
}

export const INDICATORS = ['closedLoop', 'decisionOnTime', 'serviceOnTime', 'publicationOnTime', 'legalReview'] as const;
export type IndicatorKey = (typeof INDICATORS)[number];

export interface Rate {
  numerator: number;
  denominator: number;
  rate: number;
  /** cases in scope whose data could not decide (a date missing, the calendar not covering the year) */
  unknown: number;
}

export interface EfficiencyBlock {
  cases: number;
  rates: Record<IndicatorKey, Rate>;
  meanDaysFiledToDecided: { days: number | null; cases: number };
  /** inspections that found hazards but show no follow-up (no rectification order, no re-inspection) */
  hazardsWithoutFollowUp: { count: number; ids: string[] };
}

export interface Efficiency extends EfficiencyBlock {
  asOf?: string;
  workingDaysAvailable: boolean;
  byUnit: ({ unit: string } & EfficiencyBlock)[];
}

const DAY = 86_400_000;
const days = (from: string, to: string) => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY);

function isPenalty(c: CaseFile): boolean {
  return c.type === 'penalty' || (!c.type && (c.fine !== undefined || Boolean(c.penaltyKinds?.length)));
}

const docMatch = (c: CaseFile, re: RegExp) => (c.documents ?? []).some((d) => re.test(d.title)) || (c.evidence ?? []).some((e) => re.test(e));

/**
 * Hazards found: a rectification deadline, a rectification document, or facts that name a hazard (phrases as data,
 * templates/hazard-phrases.json; 未发现违法行为 and 检查了隐患排查治理情况 name none).
 */
function foundHazards(c: CaseFile): boolean {
  return Boolean(c.dates?.rectificationDeadline) || docMatch(c, /责令.*整改/) || hazardNamed(c.facts) !== undefined;
}

function followedUp(c: CaseFile): boolean {
  return Boolean(c.dates?.rectificationDeadline || c.dates?.reinspected || c.dates?.decided) || docMatch(c, /责令.*整改|复查|处罚决定/) || followUpStated(c.facts);
}

class Tally {
  n = 0;
  d = 0;
  unknown = 0;
  add(ok: boolean | undefined): void {
    if (ok === undefined) this.unknown++;
    else {
      this.d++;
      if (ok) this.n++;
    }
  }
  get rate(): Rate {
    return { numerator: this.n, denominator: this.d, rate: share(this.n, this.d), unknown: this.unknown };
  }
}

function block(cases: CaseFile[], o: Required<Pick<EfficiencyOptions, 'decisionDays' | 'serviceWorkingDays' | 'publicationWorkingDays'>> & EfficiencyOptions): EfficiencyBlock {
  const t = { closedLoop: new Tally(), decisionOnTime: new Tally(), serviceOnTime: new Tally(), publicationOnTime: new Tally(), legalReview: new Tally() };
  const spans: number[] = [];
  const noFollowUp: string[] = [];
  const wd = (from: string, to: string) => (o.workingDays ? o.workingDays(from, to) : undefined);
  for (const c of cases) {
    const d = c.dates ?? {};
    if (d.rectificationDeadline && (!o.asOf || d.rectificationDeadline < o.asOf)) {
      t.closedLoop.add(d.reinspected ? d.reinspected >= d.rectificationDeadline : false);
    }
    if (d.filed && d.decided) spans.push(days(d.filed, d.decided));
    if (c.type === 'inspection' && foundHazards(c) && !followedUp(c)) noFollowUp.push(c.id);
    if (!isPenalty(c)) continue;
    if (d.decided) t.legalReview.add(Boolean(d.legalReview));
    if (d.filed && d.decided) t.decisionOnTime.add(days(d.filed, d.decided) <= o.decisionDays || c.extensionApproved === true);
    else if (d.decided || d.filed) t.decisionOnTime.add(undefined);
    if (d.decided && d.served) {
      const n = wd(d.decided, d.served);
      t.serviceOnTime.add(n === undefined ? undefined : n <= o.serviceWorkingDays);
    } else if (d.decided) t.serviceOnTime.add(undefined);
    if (d.decided) {
      if (!d.published) t.publicationOnTime.add(false);
      else {
        const n = wd(d.decided, d.published);
        t.publicationOnTime.add(n === undefined ? undefined : n <= o.publicationWorkingDays);
      }
    }
  }
  const m = mean(spans);
  return {
    cases: cases.length,
    rates: {
      closedLoop: t.closedLoop.rate,
      decisionOnTime: t.decisionOnTime.rate,
      serviceOnTime: t.serviceOnTime.rate,
      publicationOnTime: t.publicationOnTime.rate,
      legalReview: t.legalReview.rate,
    },
    meanDaysFiledToDecided: { days: m === undefined ? null : round(m, 1), cases: spans.length },
    hazardsWithoutFollowUp: { count: noFollowUp.length, ids: noFollowUp.sort() },
  };
}

/** The latest ISO date found in the cases' date fields. */
export function latestDate(cases: CaseFile[]): string | undefined {
  let max: string | undefined;
  for (const c of cases) for (const v of Object.values(c.dates ?? {})) if (v && (!max || v > max)) max = v;
  return max;
}

/** Efficiency indicators overall and per unit. */
export function analyzeEfficiency(cases: CaseFile[], opts: EfficiencyOptions = {}): Efficiency {
  const o = { decisionDays: 90, serviceWorkingDays: 7, publicationWorkingDays: 7, ...opts, asOf: opts.asOf ?? latestDate(cases) };
  const out: Efficiency = {
    ...block(cases, o),
    workingDaysAvailable: Boolean(opts.workingDays),
    byUnit: groupBy(cases, (c) => c.unit ?? '').map(([unit, list]) => ({ unit, ...block(list, o) })),
  };
  if (o.asOf) out.asOf = o.asOf;
  return out;
}
