/** Period filters: 2025H1, 2025H2 or 2025, applied to the decision date (cases) or inspection date (schemes). */
import { UsageError } from '../errors.js';
import { tr } from '../i18n.js';
import type { CaseFile, Scheme } from '../model/types.js';
import type { RecordKind } from '../ingest/types.js';

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

/** The date a period filter looks at, and its name in the manifest. */
export function periodDateField(kind: RecordKind): string {
  return kind === 'cases' ? 'dates.decided' : 'date';
}

/** The date of a record used by the period filter. */
export function periodDate(record: CaseFile | Scheme, kind: RecordKind): string | undefined {
  return kind === 'cases' ? (record as CaseFile).dates?.decided : (record as Scheme).date;
}

/** True when an ISO date lies in the period (inclusive). */
export function inPeriod(date: string, period: Period): boolean {
  const d = date.slice(0, 10);
  return d >= period.from && d <= period.to;
}
