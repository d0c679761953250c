/**
 * The population the report's analyses describe: the case files of the report's period (by the date the draw
 * used) and of the draw's scope, its own unit left out — the sampling frame, not the whole export. Every
 * analysis over case records (consistency, efficiency) runs on it and states it.
 */
import type { CaseFile } from '../model/types.js';
import { inScope, placeRecords } from '../model/divisions-places.js';
import type { SampleManifest } from './types.js';

export interface AnalysisScope {
  /** e.g. 2025H1; absent: every record of the dataset */
  period?: string;
  from?: string;
  to?: string;
  /** the date that places a file in the period: dates.decided, dates.decided|dates.closed … */
  dateField?: string;
  /** province or city the draw was limited to */
  place?: string;
  /** case files of the dataset */
  records: number;
  /** in the period and scope: what the analyses count */
  cases: number;
  outOfPeriod: number;
  /** no date to place it in the period */
  noDate: number;
  /** outside the scope, or the scope's own unit */
  outOfScope: number;
}

/** First and last day of 2025H1 / 2025H2 / 2025; undefined for anything else. */
export function periodRange(period: string | undefined): { from: string; to: string } | undefined {
  const m = /^(\d{4})(?:[Hh]([12]))?$/.exec(period?.trim() ?? '');
  if (!m) return undefined;
  const y = m[1]!;
  if (!m[2]) return { from: `${y}-01-01`, to: `${y}-12-31` };
  return m[2] === '1' ? { from: `${y}-01-01`, to: `${y}-06-30` } : { from: `${y}-07-01`, to: `${y}-12-31` };
}

const dateOf = (c: CaseFile, field: string): string | undefined => {
  const d = c.dates ?? {};
  if (field === 'dates.decided|dates.closed') return d.decided ?? d.closed;
  const key = field.replace(/^dates\./, '') as keyof typeof d;
  return d[key];
};

/** The case files an analysis covers, and how they were chosen. The report's period wins over the manifest's. */
export function scopeCases(cases: CaseFile[], manifest: SampleManifest | undefined, period: string | undefined): { cases: CaseFile[]; scope: AnalysisScope } {
  const range = periodRange(period);
  const mPeriod = typeof manifest?.filters?.period === 'string' ? manifest.filters.period : undefined;
  const mField = typeof manifest?.filters?.dateField === 'string' ? manifest.filters.dateField : undefined;
  // the draw's own date rule when the report covers the draw's period; otherwise decisions, and closings for files without one
  const field = mField && (!period || period === mPeriod) ? mField : 'dates.decided|dates.closed';
  const place = manifest?.scope;
  const scope: AnalysisScope = { records: cases.length, cases: 0, outOfPeriod: 0, noDate: 0, outOfScope: 0 };
  let kept = cases;
  if (range && period) {
    Object.assign(scope, { period, ...range, dateField: field });
    kept = [];
    for (const c of cases) {
      const d = dateOf(c, field)?.slice(0, 10);
      if (!d) scope.noDate++;
      else if (d < range.from || d > range.to) scope.outOfPeriod++;
      else kept.push(c);
    }
  }
  if (place?.code) {
    scope.place = place.name;
    const placed = placeRecords(kept);
    const before = kept.length;
    kept = kept.filter((c) => {
      const p = placed.of(c);
      return inScope(p, place) && p.ownOf !== place.code;
    });
    scope.outOfScope = before - kept.length;
  }
  scope.cases = kept.length;
  return { cases: kept, scope };
}
