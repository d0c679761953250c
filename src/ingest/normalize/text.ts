/** Text normalizers: trim, full-width → half-width, placeholders (the case-id key lives in model/keys.ts). */

/** Placeholders that mean "no value" in real exports. */
const PLACEHOLDERS = new Set(['', '-', '--', '—', '——', '— —', '/', '\\', '无', '暂无', '空', 'null', 'NULL', 'N/A', 'n/a', 'NA', '#N/A', '未填写', '不详']);

/** True when a cell holds nothing or a placeholder (— —, 暂无, /, 无 …). */
export function isBlank(value: unknown): boolean {
  if (value === null || value === undefined) return true;
  if (typeof value !== 'string') return false;
  // no placeholder is longer than a few characters (fast path for long text)
  if (value.length > 12 && value.trim().length > 8) return false;
  if (PLACEHOLDERS.has(value)) return true;
  if (!/\s/.test(value)) return false; // nothing to collapse or trim: only an exact placeholder is blank
  const t = value.replace(/[\s\u3000]+/g, ' ').trim();
  return PLACEHOLDERS.has(t) || PLACEHOLDERS.has(t.replace(/\s+/g, ''));
}

/** Full-width ASCII (！ to ～, and the ideographic space) → half-width. Leaves CJK punctuation alone. */
export function toHalfWidth(text: string): string {
  return text.replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, ' ');
}

/** Clean a name or unit: half-width ASCII, collapse inner whitespace, trim. */
export function cleanText(value: unknown): string | undefined {
  if (isBlank(value)) return undefined;
  const s = toHalfWidth(String(value)).replace(/\r\n?/g, '\n').replace(/[ \t]+/g, ' ').trim();
  return s === '' ? undefined : s;
}

/** Clean a name: like cleanText but with no spaces at all between CJK characters. */
export function cleanName(value: unknown): string | undefined {
  const s = cleanText(value);
  return s?.replace(/(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])/g, '');
}

export { caseIdKey } from '../../model/keys.js';
