/**
 * A second opinion for digits OCR was not sure of. A date, amount or number is often stated only once in a case
 * file (the 送达时间 of the receipt), so a misread digit there (3月4日 for 3月1日) has nothing to be checked against.
 * When a page's reading holds a digit below LOW_CONFIDENCE (the engine's runner-up was another digit, or the word
 * was weak), the page is read again from a different image of it — black and white instead of grey — and a
 * doubtful token counts as confirmed only when the second reading states it as often as the first. Unconfirmed
 * digits keep their low confidence, so the value is uncertain and rules report "not checked (OCR uncertain)".
 * Measured on 36 generated scanned case files: see bench/RESULTS.md "OCR".
 */
import type { ConfText } from './engine.js';
import { binarise, otsuThreshold, type GreyImage } from './image.js';

/** Below this a character's confidence makes a value uncertain (assess.ts uses the same figure). */
export const LOW_CONFIDENCE = 50;

/** How the second image is made from the (straightened) page; part of the cache key. */
export const SECOND_VARIANT = 'binarised-otsu0.9';

/**
 * The second image of a page: black and white at 0.9 × Otsu's threshold (thinner strokes than grey). Measured on
 * the 21 pages of 36 generated scans that had a doubtful digit: at Otsu's own threshold the second reading
 * repeated the misread 3月4日; at 0.9 × Otsu it read 3月1日 (right) and agreed with the 19 right readings but one.
 */
export function secondImage(img: GreyImage): GreyImage {
  return binarise(img, Math.round(otsuThreshold(img) * 0.9));
}

/** Values whose digits must be sure: dates, amounts in figures, case numbers, runs of 4+ digits (certificates). */
const TOKEN = /\d{4}年\d{1,2}月\d{1,2}日|¥\d[\d,]*(?:\.\d+)?|〔\d{4}〕\d{1,6}号|\d{4,}/g;

/** Does the reading hold a digit read with low confidence (so a second reading is worth making)? */
export function hasDoubtfulDigit(t: ConfText): boolean {
  for (let i = 0; i < t.text.length; i++) if (/\d/.test(t.text[i]!) && (t.conf[i] ?? 100) < LOW_CONFIDENCE) return true;
  return false;
}

function count(haystack: string, needle: string): number {
  let n = 0;
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) n++;
  return n;
}

/** The outcome for each doubtful token of a page. */
export interface SecondOpinion {
  confirmed: string[];
  unconfirmed: string[];
}

/**
 * Merge a second reading into the first (both repaired): each token of the first reading with a low-confidence
 * digit that the second reading states at least as often gets that digit raised to the confidence of the rest of
 * the token (at least LOW_CONFIDENCE). Returns the first reading with the new confidences.
 */
export function applySecondOpinion(first: ConfText, second: ConfText): ConfText & { opinion: SecondOpinion } {
  const conf = [...first.conf];
  const other = second.text.replace(/\s+/g, '');
  const mine = first.text.replace(/\s+/g, '');
  const opinion: SecondOpinion = { confirmed: [], unconfirmed: [] };
  for (const m of first.text.matchAll(TOKEN)) {
    const from = m.index ?? 0;
    const to = from + m[0].length;
    const doubtful = [...m[0]].map((ch, k) => /\d/.test(ch) && (conf[from + k] ?? 100) < LOW_CONFIDENCE);
    if (!doubtful.some(Boolean)) continue;
    if (count(other, m[0]) < count(mine, m[0])) {
      opinion.unconfirmed.push(m[0]);
      continue;
    }
    opinion.confirmed.push(m[0]);
    const rest = conf.slice(from, to).filter((_, k) => !doubtful[k] && conf[from + k]! >= LOW_CONFIDENCE);
    const raised = Math.max(LOW_CONFIDENCE, rest.length ? Math.min(...rest) : LOW_CONFIDENCE);
    doubtful.forEach((d, k) => {
      if (d) conf[from + k] = raised;
    });
  }
  return { text: first.text, conf, opinion };
}
