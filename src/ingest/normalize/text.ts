/** Text normalizers: trim, full-width → half-width, placeholders, case-id keys. */

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

const KEY_BUF = new Uint16Array(256);
/**
 * caseIdKey for ids of printable ASCII, CJK ideographs (U+4E00–9FFF) and the bracket styles — the ids of real
 * exports — in one pass without NFKC, which changes none of those characters except （）［］﹝﹞, and those
 * become ( ) anyway. Undefined for anything else (the full path decides). Tested equal to the full path.
 */
function plainIdKey(id: string): string | undefined {
  const n = id.length;
  if (n > KEY_BUF.length) return undefined;
  let changed = false;
  for (let i = 0; i < n; i++) {
    let c = id.charCodeAt(i);
    if (c >= 0x21 && c <= 0x7e) {
      if (c === 0x5b) c = 0x28;
      else if (c === 0x5d) c = 0x29;
    } else if (c >= 0x4e00 && c <= 0x9fff) {
      // an ideograph: NFKC leaves it
    } else if (c === 0x3014 || c === 0x3010 || c === 0xff3b || c === 0xfe5d || c === 0xff08) c = 0x28;
    else if (c === 0x3015 || c === 0x3011 || c === 0xff3d || c === 0xfe5e || c === 0xff09) c = 0x29;
    else return undefined;
    if (c !== id.charCodeAt(i)) changed = true;
    KEY_BUF[i] = c;
  }
  return changed ? String.fromCharCode.apply(null, KEY_BUF.subarray(0, n) as unknown as number[]) : id;
}

/**
 * The key under which a case number is compared and hashed: NFKC (full-width → half-width), no whitespace,
 * every bracket style unified (〔〕【】[] → (), （） → ()). `（赣）应急罚〔2025〕12号` and `(赣)应急罚[2025]12号` share a key.
 */
export function caseIdKey(id: string): string {
  // a million ids in a draw: the common ids take a fast path
  const plain = plainIdKey(id);
  if (plain !== undefined) return plain;
  return id
    .normalize('NFKC')
    .replace(/\s+/g, '')
    .replace(/[〔【\[［﹝]/g, '(')
    .replace(/[〕】\]］﹞]/g, ')')
    .replace(/[（]/g, '(')
    .replace(/[）]/g, ')');
}
