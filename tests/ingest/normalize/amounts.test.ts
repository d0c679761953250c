import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { compareAmountWords, formatChineseAmount, parseAmount, parseChineseAmount, shiftDecimal } from '../../../src/ingest/normalize/amounts.js';

describe('parseAmount', () => {
  it.each([
    ['30000', 30000],
    ['30,000', 30000],
    ['30,000.00', 30000],
    ['30，000元', 30000],
    ['¥3万元', 30000],
    ['￥30000', 30000],
    ['3万元', 30000],
    ['3万', 30000],
    ['3.5万', 35000],
    ['3 万 元', 30000],
    ['３万元', 30000],
    ['罚款3万元', 30000],
    ['人民币叁万元整', 30000],
    ['叁万伍仟元整', 35000],
    ['壹佰元伍角', 100.5],
    ['3万5千元', 35000],
    ['3万5000元', 35000],
    ['0', 0],
    ['0.01万元', 100],
  ])('%s → %d yuan', (raw, yuan) => {
    expect(parseAmount(raw)).toEqual({ ok: true, value: yuan });
  });

  it('a 万元 column scales bare numbers; an explicit unit in the text wins', () => {
    expect(parseAmount('0.2', 'wan')).toEqual({ ok: true, value: 2000 });
    expect(parseAmount(0.2, 'wan')).toEqual({ ok: true, value: 2000 });
    expect(parseAmount(1.15, 'wan')).toEqual({ ok: true, value: 11500 });
    expect(parseAmount('2000元', 'wan')).toEqual({ ok: true, value: 2000 });
    expect(parseAmount('1.5万元', 'wan')).toEqual({ ok: true, value: 15000 });
    expect(parseAmount(30000)).toEqual({ ok: true, value: 30000 });
  });

  it('numbers in exponent form are scaled exactly too', () => {
    expect(parseAmount(1e-7, 'wan')).toEqual({ ok: true, value: 0.001 });
    expect(parseAmount(1e21, 'wan')).toEqual({ ok: true, value: 1e25 });
  });

  it('blank and placeholders are "no amount"; garbage and negatives are errors', () => {
    for (const v of [undefined, null, '', '— —', '暂无', '/']) expect(parseAmount(v)).toEqual({ ok: true, value: undefined });
    for (const v of ['abc', '-3000', -1, Number.NaN, Number.POSITIVE_INFINITY, '3万元元', '万元']) expect(parseAmount(v).ok, String(v)).toBe(false);
  });

  it('a written-out amount in brackets after the figure is accepted', () => {
    expect(parseAmount('30000元（大写：叁万元整）')).toEqual({ ok: true, value: 30000 });
  });
});

describe('parseChineseAmount', () => {
  it('reads jiao and fen without binary-float noise', () => {
    expect(parseChineseAmount('壹元壹角贰分')).toBe(1.12);
    expect(parseChineseAmount('贰拾元零伍分')).toBe(20.05);
    expect(parseChineseAmount('不是金额')).toBeUndefined();
  });
});

describe('shiftDecimal', () => {
  it('moves the decimal point exactly', () => {
    expect(shiftDecimal('3.5', 4)).toBe(35000);
    expect(shiftDecimal('0.0001', 4)).toBe(1);
    expect(shiftDecimal('1.23456', 4)).toBe(12345.6);
    expect(shiftDecimal('.5', 4)).toBe(5000);
    expect(shiftDecimal('-2.5', 4)).toBe(-25000);
    expect(shiftDecimal('12', 0)).toBe(12);
    expect(shiftDecimal('1.5e-3', 4)).toBe(15);
    expect(shiftDecimal('123', -2)).toBe(1.23);
  });

  it('property: shifting a decimal with ≤ 4 fraction digits by 4 gives the exact integer (checked with BigInt)', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 14n }), fc.integer({ min: 0, max: 4 }), (n, frac) => {
        const digits = n.toString().padStart(frac + 1, '0');
        const text = frac ? `${digits.slice(0, -frac)}.${digits.slice(-frac)}` : digits;
        const exact = n * 10n ** BigInt(4 - frac);
        expect(shiftDecimal(text, 4)).toBe(Number(exact));
      }),
      { numRuns: 500 },
    );
  });

  it('property: a float amount in 万元 becomes the same yuan as its decimal text (no 0.1 + 0.2 artefacts)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000 }), fc.integer({ min: 0, max: 4 }), (cents, frac) => {
        const wan = cents / 10 ** frac;
        const got = parseAmount(wan, 'wan');
        expect(got).toEqual({ ok: true, value: Number((BigInt(cents) * 10n ** BigInt(4 - frac)).toString()) });
      }),
      { numRuns: 500 },
    );
  });
});

describe('fine in words against the fine in figures', () => {
  it('writes yuan as a cheque does (大写)', () => {
    expect(formatChineseAmount(15000)).toBe('壹万伍仟元整');
    expect(formatChineseAmount(10500)).toBe('壹万零伍佰元整');
    expect(formatChineseAmount(1001)).toBe('壹仟零壹元整');
    expect(formatChineseAmount(100000)).toBe('壹拾万元整');
    expect(formatChineseAmount(12.5)).toBe('壹拾贰元伍角');
  });

  it('round-trips through parseAmount', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 99_999_999 }), (n) => {
        const p = parseAmount(formatChineseAmount(n));
        return p.ok && p.value === n;
      }),
    );
  });

  // words as tesseract read them on generated scans (bench/ocr.mjs), figures as printed
  it.each([
    ['伍万贰仟元整', 52000, 'equal'],
    ['制万元整', 80000, 'consistent'],
    ['喜万伍仟元整', 15000, 'consistent'],
    ['业万融仟元整', 72000, 'consistent'],
    ['抽万贰人元整', 82000, 'conflict'],
    ['伍万贰仟元整', 62000, 'conflict'],
    ['喜万元整', 100000, 'conflict'],
  ] as const)('%s vs %d → %s', (words, yuan, want) => {
    expect(compareAmountWords(words, yuan)).toBe(want);
  });
});
