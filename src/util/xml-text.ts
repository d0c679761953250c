/**
 * The one XML-text sanitiser every OOXML writer (xlsx, docx) uses, and the one sheet-name builder.
 *
 * XML 1.0 allows only #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF] (XML 1.0 §2.2).
 * A U+FFFE or U+FFFF (or a C0 control, or a lone surrogate) in case text made report.xlsx / review.xlsx /
 * the draw list / report.docx not well-formed, so Excel and WPS refused to open them. Such characters are
 * replaced by U+FFFD (visible, never silent) and counted; the CLI prints the count as a warning.
 */

const FORBIDDEN = /[^\t\n\r\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;
const FORBIDDEN_ALL = new RegExp(FORBIDDEN.source, 'gu');

let replaced = 0;

/** `text` with every character XML 1.0 forbids replaced by U+FFFD (each one counted). */
export function xmlText(text: string): string {
  if (!FORBIDDEN.test(text)) return text;
  return text.replace(FORBIDDEN_ALL, () => {
    replaced++;
    return '\uFFFD';
  });
}

/** A cell value with its text made XML-safe (numbers, dates, booleans unchanged). */
export function xmlValue<T>(value: T): T {
  return (typeof value === 'string' ? xmlText(value) : value) as T;
}

/** How many characters were replaced since the last call (and reset the count). */
export function takeXmlReplacements(): number {
  const n = replaced;
  replaced = 0;
  return n;
}

/** Characters Excel refuses in a sheet name. */
const SHEET_FORBIDDEN = /[[\]:*?/\\]/g;
/** Longest sheet name Excel accepts (UTF-16 code units). */
export const SHEET_NAME_MAX = 31;

/**
 * A legal sheet name, unique (case-insensitively) among `used`, which it is added to: at most 31 characters,
 * none of []:*?/\, no leading or trailing apostrophe (Excel refuses those; exceljs throws), not "History"
 * (reserved by Excel), not empty, XML-safe. A clash gets "~2", "~3", … within the 31 characters.
 */
export function sheetName(name: string, used: Set<string>, fallback = 'Sheet'): string {
  const base = legal(xmlText(name).replace(SHEET_FORBIDDEN, '_'), SHEET_NAME_MAX) || fallback;
  let n = base.toLowerCase() === 'history' ? `${base}_` : base;
  for (let i = 2; used.has(n.toLowerCase()); i++) {
    const suffix = `~${i}`;
    n = `${legal(base, SHEET_NAME_MAX - suffix.length) || fallback.slice(0, SHEET_NAME_MAX - suffix.length)}${suffix}`;
  }
  used.add(n.toLowerCase());
  return n;
}

/** Cut to `max` code units (never inside a surrogate pair), then drop apostrophes and spaces at both ends. */
function legal(name: string, max: number): string {
  let cut = name.slice(0, max);
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  return cut.replace(/^['\s]+|['\s]+$/g, '');
}

/** Escape text for HTML/SVG element content and attribute values (& < > " '). */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}
