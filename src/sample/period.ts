/** Period filters: 2025H1, 2025H2 or 2025, applied to the decision date (cases) or inspection date (schemes). */
import { UsageError } from '../errors.js';
import { tr } from '../i18n.js';
import type { CaseFile, Scheme } from '../model/types.js';
import type { RecordKind } from '../model/types.js';

export interface Period {
  /** as written in the manifest, e.g. "2025H1" */
  id: string;
  kind: 'half-year' | 'year';
  /** first and last day, ISO dates, inclusive */
  from: string;
  to: string;
}

/** Parse 2025H1 / 2025H2 / 2025 (case-insensitive h). */
export function parsePeriod(text: string): Period {
  const m = /^(\d{4})(?:[Hh]([12]))?$/.exec(text.trim());
  if (!m) {
    throw new UsageError(tr(`期间格式无效：${text}`, `invalid period: ${text}`), { hint: tr('写成 2025H1、2025H2 或 2025', 'write 2025H1, 2025H2 or 2025') });
  }
  const y = m[1]!;
  if (!m[2]) return { id: y, kind: 'year', from: `${y}-01-01`, to: `${y}-12-31` };
  return m[2] === '1'
    ? { id: `${y}H1`, kind: 'half-year', from: `${y}-01-01`, to: `${y}-06-30` }
    : { id: `${y}H2`, kind: 'half-year', from: `${y}-07-01`, to: `${y}-12-31` };
}

/**
 * Which date of a case file places it in a period (`--period-date`): the decision (default), the closing
 * (结案), the filing (立案), or the decision and, for a file without one (an inspection case, 行政检查), its
 * closing. Schemes always use their inspection date.
 */
export const CASE_PERIOD_DATES = ['decided', 'closed', 'filed', 'decided-or-closed'] as const;
export type CasePeriodDate = (typeof CASE_PERIOD_DATES)[number];

/** Check a --period-date value. */
export function parseCasePeriodDate(text: string): CasePeriodDate {
  if ((CASE_PERIOD_DATES as readonly string[]).includes(text)) return text as CasePeriodDate;
  throw new UsageError(tr(`--period-date 无效：${text}`, `invalid --period-date: ${text}`), { hint: CASE_PERIOD_DATES.join(' | ') });
}

/** The date a period filter looks at, as the manifest names it (`dates.decided`, `dates.decided|dates.closed`, `date` …). */
export function periodDateField(kind: RecordKind, caseDate: CasePeriodDate = 'decided'): string {
  if (kind === 'schemes') return 'date';
  return caseDate === 'decided-or-closed' ? 'dates.decided|dates.closed' : `dates.${caseDate}`;
}

/** The --period-date choice behind a manifest's dateField (for verify). */
export function casePeriodDateOf(dateField: string | null): CasePeriodDate {
  if (dateField === 'dates.decided|dates.closed') return 'decided-or-closed';
  const m = /^dates\.(decided|closed|filed)$/.exec(dateField ?? '');
  return (m?.[1] as CasePeriodDate | undefined) ?? 'decided';
}

/** The date of a record used by the period filter. */
export function periodDate(record: CaseFile | Scheme, kind: RecordKind, caseDate: CasePeriodDate = 'decided'): string | undefined {
  if (kind === 'schemes') return (record as Scheme).date;
  const dates = (record as CaseFile).dates;
  if (caseDate === 'decided-or-closed') return dates?.decided ?? dates?.closed;
  return dates?.[caseDate];
}

/** True when an ISO date lies in the period (inclusive). */
export function inPeriod(date: string, period: Period): boolean {
  const d = date.slice(0, 10);
  return d >= period.from && d <= period.to;
}
