/**
 * The keys under which records are matched across stages: a case number (draw, verify, assignment, reviewer sheets,
 * score, follow-up) and a person's or unit's name. Every stage that matches ids or names uses these, never its own.
 */

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

/** A reviewer, unit or city name as compared: NFKC (full-width → half-width), no whitespace (as strata keys are). */
export function nameKey(name: string | undefined): string {
  return (name ?? '').normalize('NFKC').replace(/\s+/g, '');
}

/** A case number as case files print it: （赣）应急罚〔2025〕12号, 洪应急罚[2025]4号 (prefix up to 12 characters). */
export const CASE_NUMBER = /[^\s：:，,。、;；]{0,12}[〔【\[（(]\s*(?:19|20)\d{2}\s*[〕】\]）)]\s*\d{1,6}\s*号/g;

/** The case numbers written in a text (a first page, a file name), as found. */
export function caseNumbersIn(text: string): string[] {
  return [...text.matchAll(CASE_NUMBER)].map((m) => m[0]);
}

/** A case number compared loosely: caseIdKey without brackets, so （赣）应急罚〔2025〕12号 and 赣应急罚2025 12号 meet. */
export function looseCaseKey(id: string): string {
  return caseIdKey(id).replace(/[()]/g, '');
}

/**
 * The series of a case number: issuing area, year and serial, without the document kind (罚, 立, 告 …). One case's
 * documents share its serial (（赣）应急立〔2025〕12号 is the 立案审批表 of （赣）应急罚〔2025〕12号). Undefined when the
 * number does not have the 应急 form. The area is the text before 应急, brackets dropped (赣, 洪, 南昌).
 */
export function caseSeries(id: string): { area: string; year: number; serial: number } | undefined {
  const m = /^(.*?)应急[^()]*\((\d{4})\)(\d{1,6})号$/.exec(caseIdKey(id));
  if (!m) return undefined;
  return { area: m[1]!.replace(/[()]/g, ''), year: Number(m[2]), serial: Number(m[3]) };
}

/**
 * Are two case numbers of one case's series (same area, year and serial; a text that caught a label before the
 * area, 编号赣, still meets 赣)? False when either has no series form.
 */
export function sameCaseSeries(a: string, b: string): boolean {
  const x = caseSeries(a);
  const y = caseSeries(b);
  if (!x || !y || x.year !== y.year || x.serial !== y.serial) return false;
  return x.area.endsWith(y.area) || y.area.endsWith(x.area);
}
