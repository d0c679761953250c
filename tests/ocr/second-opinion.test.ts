/** The second reading of a page confirms doubtful digits, or leaves them doubtful (real OCR strings, no engine). */
import { describe, expect, it } from 'vitest';
import { applySecondOpinion, hasDoubtfulDigit, LOW_CONFIDENCE, secondImage } from '../../src/ocr/second-opinion.js';
import type { ConfText } from '../../src/ocr/engine.js';

/** Text with confidence 91 everywhere except `low` (indexes) at 40, the engine's doubtful-digit confidence. */
function reading(text: string, low: number[] = []): ConfText {
  return { text, conf: [...text].map((_, i) => (low.includes(i) ? 40 : 91)) };
}

// case-006 of bench/ocr.mjs, page 4: grey reading 3月4日 (4 doubtful: the LSTM's runner-up was 1); the
// black-and-white reading of the same page said 3月1日, which is what the page says
const FIRST = '文书送达回执\n送达时间：2025年3月4日\n送达人：何立新、王志强';
const FOUR = FIRST.indexOf('4日');

describe('second opinion on doubtful digits', () => {
  it('asks for one only when a digit is below the confidence threshold', () => {
    expect(hasDoubtfulDigit(reading(FIRST, [FOUR]))).toBe(true);
    expect(hasDoubtfulDigit(reading(FIRST))).toBe(false);
    expect(hasDoubtfulDigit(reading('送达人：何立新', [3]))).toBe(false); // not a digit
  });

  it('leaves a digit doubtful when the second reading says otherwise', () => {
    const out = applySecondOpinion(reading(FIRST, [FOUR]), reading('文书送达回执\n送达时间:2025年3月1日\n送达人: 何立新、王志强'));
    expect(out.conf[FOUR]).toBeLessThan(LOW_CONFIDENCE);
    expect(out.opinion).toEqual({ confirmed: [], unconfirmed: ['2025年3月4日'] });
  });

  it('leaves it doubtful when the second reading lost the value', () => {
    const out = applySecondOpinion(reading(FIRST, [FOUR]), reading('文书送达回执\n_送达时间| 2025年3有II昌'));
    expect(out.conf[FOUR]).toBeLessThan(LOW_CONFIDENCE);
  });

  it('confirms it when the second reading states the same value, raising it to the rest of the value', () => {
    const out = applySecondOpinion(reading(FIRST, [FOUR]), reading('文书送达回执\n送达时间: 2025年3月4日\n'));
    expect(out.conf[FOUR]).toBe(91);
    expect(out.text).toBe(FIRST);
    expect(out.opinion.confirmed).toEqual(['2025年3月4日']);
  });

  it('needs the value as often as the first reading states it', () => {
    const twice = `${FIRST}\n2025年3月4日`;
    const out = applySecondOpinion(reading(twice, [FOUR]), reading('送达时间：2025年3月4日'));
    expect(out.conf[FOUR]).toBeLessThan(LOW_CONFIDENCE);
  });

  it('makes the second image black and white', () => {
    const img = { width: 4, height: 1, data: Uint8Array.from([10, 120, 200, 250]) };
    const bw = secondImage(img);
    expect(new Set(bw.data)).toEqual(new Set([0, 255]));
    expect(bw.data[0]).toBe(0);
    expect(bw.data[3]).toBe(255);
  });
});
