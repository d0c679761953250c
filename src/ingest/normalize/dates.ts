/** Date normalizer: Excel serials, Date objects, 2025年3月8日, 2025-03-08, 2025/3/8, 2025.3.8, 20250308, 二〇二五年三月八日. */
import { isBlank, toHalfWidth } from './text.js';
import { parseChineseInt } from './chinese-numerals.js';

export type Parsed<T> = { ok: true; value: T } | { ok: false; reason: string } | { ok: true; value: undefined };

/** Values that exports use for "no date": 1900-1-1, 2099-12-31, 无处罚期限, 长期 … */
const SENTINEL_TEXT = /^(无处罚期限|长期|长期有效|永久|无期限)$/;
const SENTINEL_ISO = new Set(['1900-01-01', '1899-12-30', '1899-12-31', '2099-12-31', '9999-12-31']);

function pad(n: number, w = 2): string {
  return String(n).padStart(w, '0');
}

/** True when y-m-d is a real calendar date. */
export function isValidYmd(y: number, m: number, d: number): boolean {
  if (!Number.isInteger(y) || !Number.isInteger(m) || !Number.isInteger(d)) return false;
  if (y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1) return false;
  return d <= daysInMonth(y, m);
}

/** Days in month m (1–12) of year y, Gregorian. */
function daysInMonth(y: number, m: number): number {
  if (m === 2) return y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

/** Days since 1970-01-01 → ISO date (Howard Hinnant's civil_from_days; no Date object, so cheap per cell). */
function isoFromEpochDays(z: number): string {
  z += 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return `${y < 1000 ? pad(y, 4) : y}-${m < 10 ? '0' : ''}${m}-${d < 10 ? '0' : ''}${d}`;
}

function ymd(y: number, m: number, d: number): Parsed<string> {
  const iso = `${y}-${pad(m)}-${pad(d)}`;
  // sentinels first: 9999-12-31 is outside the accepted years but still means "no date"
  if (SENTINEL_ISO.has(iso)) return { ok: true, value: undefined };
  if (!isValidYmd(y, m, d)) return { ok: false, reason: `not a calendar date: ${y}-${m}-${d}` };
  return { ok: true, value: iso };
}

/** Excel 1900 date system serial → ISO date (serials after 1900-02-28 skip Lotus' fictitious 1900-02-29). */
export function excelSerialToIso(serial: number): string | undefined {
  if (!Number.isFinite(serial) || serial < 1 || serial > 2958465) return undefined;
  const days = Math.floor(serial);
  // serial 25569 is 1970-01-01; before 1900-03-01 (serial 61) Excel counts the fictitious 1900-02-29
  return isoFromEpochDays((days < 61 ? days + 1 : days) - 25569);
}

/** Parse any date form seen in exports and documents into ISO YYYY-MM-DD; blank/sentinel → value undefined. */
export function parseDate(value: unknown): Parsed<string> {
  if (value === null || value === undefined) return { ok: true, value: undefined };
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return { ok: false, reason: 'invalid date' };
    // exceljs gives dates as UTC midnight; a time-of-day part is dropped
    return ymd(value.getUTCFullYear(), value.getUTCMonth() + 1, value.getUTCDate());
  }
  if (typeof value === 'number') {
    if (Number.isInteger(value) && value >= 19000101 && value <= 21001231) {
      return ymd(Math.floor(value / 10000), Math.floor(value / 100) % 100, value % 100);
    }
    const iso = excelSerialToIso(value);
    if (!iso) return { ok: false, reason: `not a date serial: ${value}` };
    return SENTINEL_ISO.has(iso) ? { ok: true, value: undefined } : { ok: true, value: iso };
  }
  if (isBlank(value)) return { ok: true, value: undefined };
  const raw = String(value);
  const s = toHalfWidth(raw).replace(/\s+/g, ' ').trim();
  if (SENTINEL_TEXT.test(s)) return { ok: true, value: undefined };
  let m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:\s+\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?(?:T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(s);
  if (m) return ymd(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{4})(\d{2})(\d{2})$/.exec(s);
  if (m) return ymd(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^([零〇一二三四五六七八九Ｏ○]{4})年([零〇一二三四五六七八九十]{1,3})月([零〇一二三四五六七八九十]{1,3})日$/.exec(s.replace(/○/g, '〇'));
  if (m) {
    const y = parseChineseInt(m[1]!);
    const mo = parseChineseInt(m[2]!);
    const d = parseChineseInt(m[3]!);
    if (y !== undefined && mo !== undefined && d !== undefined) return ymd(y, mo, d);
  }
  if (/^\d{1,7}(\.\d+)?$/.test(s)) {
    const iso = excelSerialToIso(Number(s));
    if (iso) return { ok: true, value: iso };
  }
  return { ok: false, reason: `unrecognised date: ${raw}` };
}

/** Find every date written inside free text (documents), in order, with their offsets. */
export function findDates(text: string): { iso: string; index: number; raw: string }[] {
  const out: { iso: string; index: number; raw: string }[] = [];
  const re = /(\d{4}|[零〇○一二三四五六七八九]{4})\s*年\s*(\d{1,2}|[零〇一二三四五六七八九十]{1,3})\s*月\s*(\d{1,2}|[零〇一二三四五六七八九十]{1,3})\s*日|(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})/g;
  const half = toHalfWidth(text);
  for (const m of half.matchAll(re)) {
    const [y, mo, d] = m[1] ? [m[1], m[2]!, m[3]!] : [m[4]!, m[5]!, m[6]!];
    const yy = parseChineseInt(y.replace(/○/g, '〇'));
    const mm = parseChineseInt(mo);
    const dd = parseChineseInt(d);
    if (yy === undefined || mm === undefined || dd === undefined) continue;
    const r = ymd(yy, mm, dd);
    if (r.ok && r.value) out.push({ iso: r.value, index: m.index ?? 0, raw: m[0] });
  }
  return out;
}
