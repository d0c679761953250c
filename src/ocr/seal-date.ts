/**
 * The date under a seal. A 告知书/决定书 is signed by the unit's name and the date, and the unit's red seal is
 * pressed over both. Its ring crosses the date line, and PP-OCR then drops the digits under the ring
 * (2025年月21日, 25年4月2日): the document's date is lost, and the date taken instead is one from its running text
 * (uncertain at best). When the signature's date of a page is broken or unsure, the lower half of the page is read
 * again on its own (`sealBand`): the detector sees the signature at a larger scale, its box is cut apart from the
 * ring differently, and the date is often read whole. That reading replaces the first only when it is a whole,
 * sure date holding every digit the first reading gave (it adds what the seal hid, it never changes a digit). A
 * year whose leading digits the ring hid on both readings (25年4月2日) is completed to 20xx, the filled-in digits
 * below LOW_CONFIDENCE: the date is certain only when the file confirms it (seal-date-check.ts).
 */
import type { ConfText } from './engine.js';
import type { GreyImage } from './image.js';
import { LOW_CONFIDENCE } from './second-opinion.js';
import { rowsOf, splice, within } from './reread.js';

/** How the band image is made; part of the cache key of the band's reading. */
export const SEAL_VARIANT = 'sealband0.5';
/** share of the page height read again: the lower half, where a one-page document signs */
export const SEAL_BAND = 0.5;
/** confidence given to year digits filled in, not read (below LOW_CONFIDENCE: uncertain until confirmed) */
export const COMPLETED_CONF = LOW_CONFIDENCE - 1;

/** the signature's date as OCR leaves it: digits may be missing from any part */
const DATE_FRAGMENT = /(\d{0,4})\s*年\s*(\d{0,2})\s*月\s*(\d{0,2})\s*日/;
/** a line naming the issuing unit (the 落款), OCR noise around it allowed */
const UNIT_SIGN = /(局|厅|委员会|政府|大队|支队|中心|执法队)/;
/** the signature is among the last lines of a page */
const TAIL_LINES = 4;

/** The signature's date on a page: where it is in the text, its parts, and whether it was read whole and surely. */
export interface SignatureDate {
  /** offsets of the date fragment (年…日) in the page text */
  from: number;
  to: number;
  year: string;
  month: string;
  day: string;
  /** a whole date (4-digit year, month, day, valid) whose digits were all read at or above LOW_CONFIDENCE */
  sure: boolean;
}

function validDate(y: number, m: number, d: number): boolean {
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

/**
 * The date line of a unit's signature: a 年…月…日 among the last TAIL_LINES lines of the page with a line naming a
 * unit (…局, …厅) at most three lines above it. undefined when the page ends in no such signature.
 */
export function signatureDate(t: ConfText): SignatureDate | undefined {
  const lines = t.text.split('\n');
  const starts: number[] = [];
  let at = 0;
  for (const l of lines) {
    starts.push(at);
    at += l.length + 1;
  }
  for (let i = lines.length - 1; i >= Math.max(0, lines.length - TAIL_LINES); i--) {
    const m = DATE_FRAGMENT.exec(lines[i]!);
    if (!m || !(m[1] || m[2] || m[3])) continue;
    if (!lines.slice(Math.max(0, i - 3), i).some((l) => UNIT_SIGN.test(l))) return undefined;
    const from = starts[i]! + m.index;
    const to = from + m[0].length;
    const [year, month, day] = [m[1]!, m[2]!, m[3]!];
    let digitsSure = true;
    for (let k = from; k < to; k++) if (/\d/.test(t.text[k]!) && (t.conf[k] ?? 100) < LOW_CONFIDENCE) digitsSure = false;
    const whole = year.length === 4 && month.length > 0 && day.length > 0 && validDate(Number(year), Number(month), Number(day));
    return { from, to, year, month, day, sure: whole && digitsSure };
  }
  return undefined;
}

/** Is the page's signature date broken or unsure, so that the band is worth reading again? */
export function needsSealReading(t: ConfText): boolean {
  const s = signatureDate(t);
  return s !== undefined && !s.sure;
}

/** The lower SEAL_BAND of a (straightened) page, or its upper part (a page the engine turned: its signature is on top). */
export function sealBand(img: GreyImage, part: 'lower' | 'upper' = 'lower'): GreyImage {
  const h = Math.round(img.height * SEAL_BAND);
  return rowsOf(img, part === 'lower' ? img.height - h : 0, h);
}

/** The outcome of merging the band's reading into the page's. */
export interface SealMerge extends ConfText {
  /** 'read': the band read the date whole; 'completed': the year's leading digits were filled in; undefined: unchanged */
  outcome?: 'read' | 'completed';
  /** the signature date after the merge, ISO, when it changed */
  iso?: string;
}

/**
 * Merge the band's reading of a page's signature date into the page's reading. The band's date is taken when it is
 * whole and sure and holds every digit the first reading gave, part by part (2025年月21日 → 2025年4月21日; never
 * 2025年4月21日 → 2025年4月24日). Otherwise a year whose leading digits the seal hid (25年, 025年; not 202年),
 * with month and day read surely (by the band, else the page), is completed to 20xx with its filled-in digits at
 * COMPLETED_CONF.
 */
export function mergeSealDate(first: ConfText, band: ConfText | undefined): SealMerge {
  const s = signatureDate(first);
  if (!s || s.sure) return first;
  const b = band ? signatureDate(band) : undefined;
  // every digit the first reading gave (sure or not) is in the other reading, part by part: digits added, none changed
  const fits = (x: SignatureDate) => within(s.year, x.year) && within(s.month, x.month) && within(s.day, x.day);
  if (b?.sure && band && fits(b)) {
    const text = `${b.year}年${b.month}月${b.day}日`;
    // the band's digits keep their own confidences (its fragment may hold spaces); 年月日 count as sure
    const bandDigits: number[] = [];
    for (let k = b.from; k < b.to; k++) if (/\d/.test(band.text[k]!)) bandDigits.push(band.conf[k] ?? 100);
    let d = 0;
    const conf = [...text].map((ch) => (/\d/.test(ch) ? bandDigits[d++]! : 100));
    return { ...splice(first, s.from, s.to, text, conf), outcome: 'read', iso: iso(b.year, b.month, b.day) };
  }
  // the year's leading digits hidden on both readings: complete 25年 or 025年 (not 202年: its last digit is the one lost)
  for (const [x, xt] of [[b, band], [s, first]] as const) {
    if (!x || !xt || !/^(?:0\d|\d)\d$/.test(x.year) || !x.month || !x.day) continue;
    const conf = (k: number) => xt.conf[k] ?? 100;
    const digitsAt: number[] = [];
    for (let k = x.from; k < x.to; k++) if (/\d/.test(xt.text[k]!)) digitsAt.push(k);
    const yearAt = digitsAt.slice(0, x.year.length);
    const restAt = digitsAt.slice(x.year.length);
    const lastTwo = yearAt.slice(-2);
    if (![...lastTwo, ...restAt].every((k) => conf(k) >= LOW_CONFIDENCE)) continue;
    if (!fits(x)) continue;
    const yy = `20${x.year.slice(-2)}`;
    if (!validDate(Number(yy), Number(x.month), Number(x.day))) continue;
    const text = `${yy}年${x.month}月${x.day}日`;
    const confs = [COMPLETED_CONF, COMPLETED_CONF, ...lastTwo.map(conf), 100, ...restAt.slice(0, x.month.length).map(conf), 100, ...restAt.slice(x.month.length).map(conf), 100];
    return { ...splice(first, s.from, s.to, text, confs), outcome: 'completed', iso: iso(yy, x.month, x.day) };
  }
  return first;
}

function iso(y: string, m: string, d: string): string {
  return `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
}

/** A page (already repaired) with the reading of its lower half merged in; `fix` repairs that reading the same way. */
export function applySealReading<P extends ConfText & { sealBand?: ConfText; sealDate?: { iso: string; outcome: 'read' | 'completed' } }>(p: P, fix: (t: ConfText) => ConfText): P {
  const m = mergeSealDate(p, p.sealBand ? fix(p.sealBand) : undefined);
  if (!m.outcome || !m.iso) return p;
  return { ...p, text: m.text, conf: m.conf, sealDate: { iso: m.iso, outcome: m.outcome } };
}
