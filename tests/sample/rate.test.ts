import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { parseRate, formatRate, rateQuota, rateTimes } from '../../src/sample/rate.js';

describe('exact rates', () => {
  it('parses decimals and percentages to the same rational', () => {
    expect(parseRate('0.3')).toEqual(parseRate('30%'));
    expect(parseRate('.3')).toEqual(parseRate('30％'));
    expect(parseRate('0.30')).toEqual({ num: 3n, den: 10n });
    expect(formatRate(parseRate('12.5%'))).toBe('0.125');
    expect(formatRate(parseRate('100%'))).toBe('1');
    expect(formatRate(parseRate('0'))).toBe('0');
  });

  it('rejects what is not a rate in [0, 1]', () => {
    for (const bad of ['', 'abc', '1.5', '150%', '-0.3', '0.3.1', '%', '3e-1']) expect(() => parseRate(bad), bad).toThrow();
  });

  it('computes ceil(rate × N) without binary floating point', () => {
    // Math.ceil(0.07 * 100) is 8 in floating point; the mandated quota is 7
    expect(rateQuota(parseRate('0.07'), 100)).toBe(7);
    expect(rateQuota(parseRate('30%'), 10)).toBe(3);
    expect(rateQuota(parseRate('30%'), 11)).toBe(4);
    expect(rateQuota(parseRate('0.2'), 0)).toBe(0);
    expect(rateTimes(parseRate('0.3'), 8)).toBe('2.4');
  });

  it('quota is the least integer ≥ rate × N (checked against exact integers)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10000 }), fc.integer({ min: 0, max: 100000 }), (permyriad, n) => {
        const rate = parseRate(`${(permyriad / 100).toFixed(2)}%`);
        const q = rateQuota(rate, n);
        // q/N ≥ p/10000 and (q-1)/N < p/10000, in integers
        expect(q * 10000).toBeGreaterThanOrEqual(permyriad * n);
        if (q > 0) expect((q - 1) * 10000).toBeLessThan(permyriad * n);
        expect(q).toBeLessThanOrEqual(n);
      }),
    );
  });
});
