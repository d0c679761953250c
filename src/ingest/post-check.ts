/** Checks every reader's records get: real calendar dates, bounded text, plausible fines. Nothing silent. */
import { DATE_KEYS, type CaseFile, type Reject, type Scheme, type Source, type Warning } from '../model/types.js';
import { tr } from '../i18n.js';
import { isValidYmd } from './normalize/dates.js';
import { checkJsonValue } from '../util/json-input.js';

/** Longest text accepted in one field (characters); a record with a longer one is rejected, not truncated. */
export const MAX_FIELD_CHARS = 1_000_000;
/** A fine above this (yuan) is kept but flagged as implausible. */
export const MAX_PLAUSIBLE_FINE = 100_000_000;

function isRealIsoDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  return !!m && isValidYmd(Number(m[1]), Number(m[2]), Number(m[3]));
}

function where(source: Source): { file: string; sheet?: string; row?: number; page?: number } {
  return {
    file: source.file,
    ...(source.sheet ? { sheet: source.sheet } : {}),
    ...(source.row ? { row: source.row } : {}),
    ...(source.pages?.length ? { page: source.pages[0] } : {}),
  };
}

/** Longest string anywhere inside a value, with its path. */
function longestString(value: unknown, path: string): { path: string; length: number } {
  if (typeof value === 'string') return { path, length: value.length };
  let best = { path, length: 0 };
  if (Array.isArray(value)) value.forEach((v, i) => {
    const r = longestString(v, `${path}[${i}]`);
    if (r.length > best.length) best = r;
  });
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) {
    if (k === 'source') continue;
    const r = longestString(v, path ? `${path}.${k}` : k);
    if (r.length > best.length) best = r;
  }
  return best;
}

/** Length of the longest string anywhere inside a value (outside `source`); no paths built, so it is cheap. */
function maxStringLength(value: unknown): number {
  if (typeof value === 'string') return value.length;
  let max = 0;
  if (Array.isArray(value)) {
    for (const v of value) {
      const n = maxStringLength(v);
      if (n > max) max = n;
    }
  } else if (value && typeof value === 'object') {
    for (const k in value) {
      if (k === 'source') continue;
      const n = maxStringLength((value as Record<string, unknown>)[k]);
      if (n > max) max = n;
    }
  }
  return max;
}

/** Where post-check findings go. */
export interface CheckOutput {
  rejects: Reject[];
  warnings: Warning[];
}

/**
 * Check one record in place: an oversize record → a reject (returns false); impossible dates → cleared + warning;
 * a huge fine → warning. Records are checked one at a time so an import can stream them.
 */
export function checkRecord(kind: 'cases' | 'schemes', rec: CaseFile | Scheme, out: CheckOutput): boolean {
  if (maxStringLength(rec) > MAX_FIELD_CHARS) {
    const long = longestString(rec, '');
    out.rejects.push({
      ...where(rec.source),
      column: long.path,
      value: rec.id.slice(0, 200),
      reason: tr(`字段 ${long.path} 长 ${long.length} 字符，超过上限 ${MAX_FIELD_CHARS}`, `field ${long.path} is ${long.length} characters, over the limit of ${MAX_FIELD_CHARS}`),
    });
    return false;
  }
  const nonFinite = checkJsonValue(rec, Infinity);
  if (nonFinite) {
    // 1e309 and the like parse to Infinity, which JSON writes as null: the record is rejected, never kept broken
    const field = nonFinite.path.replace(/^\$\.?/, '');
    out.rejects.push({
      ...where(rec.source),
      column: field,
      value: rec.id.slice(0, 200),
      reason: tr(`字段 ${field} 的数值超出范围（不是有限数）`, `field ${field} holds a number out of range (not finite)`),
    });
    return false;
  }
  if (kind === 'cases') checkCase(rec as CaseFile, out.warnings);
  else checkScheme(rec as Scheme, out.warnings);
  return true;
}

function checkCase(c: CaseFile, warnings: Warning[]): void {
  if (c.dates) {
    for (const k of DATE_KEYS) {
      const v = c.dates[k];
      if (v !== undefined && !isRealIsoDate(v)) {
        delete c.dates[k];
        warnings.push({ ...where(c.source), column: `dates.${k}`, value: v, reason: tr(`不是有效日历日期：${v}，该字段按缺失处理`, `not a calendar date: ${v}; the field is treated as missing`) });
      }
    }
  }
  for (const o of c.officers ?? []) {
    if (o.certValidUntil !== undefined && !isRealIsoDate(o.certValidUntil)) {
      warnings.push({ ...where(c.source), column: 'officers.certValidUntil', value: o.certValidUntil, reason: tr(`不是有效日历日期：${o.certValidUntil}`, `not a calendar date: ${o.certValidUntil}`) });
      delete o.certValidUntil;
    }
  }
  if (c.fine !== undefined && c.fine > MAX_PLAUSIBLE_FINE) {
    warnings.push({ ...where(c.source), column: 'fine', value: String(c.fine), reason: tr(`罚款金额 ${c.fine} 元异常偏大，请核对单位（元/万元）`, `fine of ${c.fine} yuan is implausibly large; check the unit (yuan / 万元)`) });
  }
}

function checkScheme(s: Scheme, warnings: Warning[]): void {
  if (s.date !== undefined && !isRealIsoDate(s.date)) {
    warnings.push({ ...where(s.source), column: 'date', value: s.date, reason: tr(`不是有效日历日期：${s.date}`, `not a calendar date: ${s.date}`) });
    delete s.date;
  }
}
