/**
 * A fine line read again. A 决定书 states its fine twice, in words and in figures (罚款人民币肆万贰仟元整（¥42000.00）);
 * on a faded photograph PP-OCR can lose a character of either: a 0 of 42000 (CTC merges two equal characters when
 * no blank frame parts them: ¥4200.00) or a numeral of the words (肆 read as 排). When a page's statement of a fine
 * is read with words and figures that disagree, or with a doubtful character, the page is read again stretched
 * wider (FINE_STRETCH: more frames per character, reread.ts). The second reading's statement replaces the first's
 * only when its words and figures agree exactly (compareAmountWords 'equal') and every character of it was read
 * at or above LOW_CONFIDENCE: two statements agreeing is the gate, so a value is never invented; otherwise the
 * first reading stays, and the fine stays uncertain (cross-check.ts, confirm.ts).
 */
import type { ConfText } from './engine.js';
import type { GreyImage } from './image.js';
import { compareAmountWords, parseAmount } from '../ingest/normalize/amounts.js';
import { zhengMisread } from './cross-check.js';
import { LOW_CONFIDENCE } from './second-opinion.js';
import { splice, stretchWide, within } from './reread.js';

/** How much wider the page is read again (measured on the scan set: 1.25 parts the 00 of ¥42000.00 most often). */
export const FINE_STRETCH = 1.25;
/** How the second image is made; part of the cache key of its reading. */
export const FINE_VARIANT = `fineline${FINE_STRETCH}x`;

/** A fine in words then in figures, on one line: 人民币肆万贰仟元整（¥42000.00） (OCR may give ￥). */
const STATEMENT = /人民币([^（(¥￥。，；;\n]{1,20}?)\s*[（(]\s*[¥￥]?\s*(\d[\d,]*(?:\.\d+)?)\s*元?\s*[)）]/g;
/** The same, with its figures garbled too (（￥420:00）, a bracket lost): what makes a page worth reading again. */
const LOOSE = /人民币[^（(¥￥。，；;\n]{1,20}?\s*[（(]\s*[¥￥]?\s*\d[^\n（()）]{0,14}[)）]?/g;

/** One statement of a fine on a page: where it is, its words and figures, and whether it confirms itself. */
export interface FineStatement {
  from: number;
  to: number;
  words: string;
  figures: string;
  /** the amount in figures, when they parse */
  value?: number;
  /** words and figures say the same amount (compareAmountWords 'equal') */
  agree: boolean;
  /** they agree, and every character of the statement was read at or above LOW_CONFIDENCE */
  sure: boolean;
}

/** The statements of a fine in words and figures on a page, each on one line. */
export function fineStatements(t: ConfText): FineStatement[] {
  const out: FineStatement[] = [];
  for (const m of t.text.matchAll(LOOSE)) {
    const from = m.index ?? 0;
    const strict = new RegExp(STATEMENT.source).exec(m[0]);
    if (!strict || strict.index !== 0) {
      out.push({ from, to: from + m[0].length, words: '', figures: '', agree: false, sure: false });
      continue;
    }
    const to = from + strict[0].length;
    const v = parseAmount(strict[2]!);
    const value = v.ok ? v.value : undefined;
    const agree = value !== undefined && compareAmountWords(strict[1]!, value) === 'equal';
    let read = true;
    for (let k = from; k < to; k++) if (!/\s/.test(t.text[k]!) && (t.conf[k] ?? 100) < LOW_CONFIDENCE) read = false;
    out.push({ from, to, words: strict[1]!, figures: strict[2]!, ...(value !== undefined ? { value } : {}), agree, sure: agree && read });
  }
  return out;
}

/**
 * Does a statement of a fine on the page disagree with itself (words and figures not the same amount, or figures
 * garbled)? One whose words and figures agree needs no second reading, however unsure its characters: the two
 * statements confirm each other (cross-check.ts fineStatedTwice).
 */
export function needsFineReading(t: ConfText): boolean {
  return fineStatements(t).some((s) => !s.agree);
}

/** The page image the fine line is read again from: the (straightened) page, FINE_STRETCH wider. */
export function fineImage(img: GreyImage): GreyImage {
  return stretchWide(img, FINE_STRETCH);
}

/** Does an amount fit what the first reading gave: its figures' digits all in it, or its words not against it? */
function fits(first: FineStatement, value: number, figures: string): boolean {
  const digits = (s: string) => s.replace(/\D/g, '');
  if (first.figures && within(digits(first.figures), digits(figures))) return true;
  return !!first.words && compareAmountWords(zhengMisread(first.words), value) !== 'conflict';
}

/** The outcome of merging the second reading of a fine line. */
export interface FineMerge extends ConfText {
  /** the amount the second reading confirmed, when it replaced the first's statement */
  value?: number;
}

/**
 * Merge the second reading's statement of a fine into the first reading of the page. It replaces the page's one
 * statement that disagrees with itself only when the second reading states the fine surely (words and figures equal, every character
 * sure), with one amount, and that amount fits the first reading (its figures' digits all kept: 4200 → 42000, or
 * its words readable as it); otherwise the first reading is returned unchanged.
 */
export function mergeFineLine(first: ConfText, again: ConfText | undefined): FineMerge {
  const doubtful = fineStatements(first).filter((s) => !s.agree);
  if (doubtful.length !== 1 || !again) return first;
  const s = doubtful[0]!;
  const sure = fineStatements(again).filter((x) => x.sure);
  const values = new Set(sure.map((x) => x.value));
  if (values.size !== 1) return first;
  const b = sure[0]!;
  if (!fits(s, b.value!, b.figures)) return first;
  const merged = splice(first, s.from, s.to, again.text.slice(b.from, b.to), again.conf.slice(b.from, b.to));
  return { ...merged, value: b.value! };
}

/** A page (already repaired) with the fine line of its second reading merged in; `fix` repairs that reading the same way. */
export function applyFineReading<P extends ConfText & { fineBand?: ConfText; fineLine?: { value: number } }>(p: P, fix: (t: ConfText) => ConfText): P {
  if (!p.fineBand) return p;
  const m = mergeFineLine(p, fix(p.fineBand));
  if (m.value === undefined) return p;
  return { ...p, text: m.text, conf: m.conf, fineLine: { value: m.value } };
}
