import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { draw, type FrameItem } from '../../src/sample/draw.js';
import { parseRate, rateQuota } from '../../src/sample/rate.js';

/** A frame of n items spread over strata s0…s(k-1), ids in a realistic case-number shape. */
const frameArb = fc
  .tuple(fc.integer({ min: 1, max: 120 }), fc.integer({ min: 1, max: 8 }), fc.integer({ min: 0, max: 2 ** 30 }))
  .map(([n, k, salt]) => Array.from({ length: n }, (_, i): FrameItem => ({ id: `（赣）应急罚〔2025〕${salt + i}号`, stratum: `单位${(i * 7 + salt) % k}` })));
const rateArb = fc.integer({ min: 0, max: 100 }).map((p) => `${p}%`);
const seedArb = fc.string({ minLength: 1, maxLength: 12 });

function ids(items: { id: string }[]): string[] {
  return items.map((s) => s.id);
}

describe('draw (properties)', () => {
  it('per stratum: ceil(rate × N) ≤ quota ≤ N, and the total meets the floor when N allows', () => {
    fc.assert(
      fc.property(frameArb, rateArb, fc.option(fc.integer({ min: 1, max: 150 }), { nil: null }), seedArb, (items, r, min, seed) => {
        const rate = parseRate(r);
        const res = draw(items, { seed, rate, min });
        for (const s of res.strata) {
          expect(s.quota).toBeGreaterThanOrEqual(rateQuota(rate, s.population));
          expect(s.quota).toBeLessThanOrEqual(s.population);
          expect(res.selected.filter((x) => x.stratum === s.key)).toHaveLength(s.quota);
        }
        expect(res.selected.length).toBeGreaterThanOrEqual(Math.min(min ?? 0, items.length));
      }),
    );
  });

  it('does not depend on row order', () => {
    fc.assert(
      fc.property(frameArb, rateArb, seedArb, fc.integer(), (items, r, seed, shuffleSeed) => {
        const shuffled = [...items];
        let x = shuffleSeed >>> 0 || 1;
        for (let i = shuffled.length - 1; i > 0; i--) {
          x = (x * 1103515245 + 12345) >>> 0;
          const j = x % (i + 1);
          [shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!];
        }
        const a = draw(items, { seed, rate: parseRate(r), min: 5 });
        const b = draw(shuffled, { seed, rate: parseRate(r), min: 5 });
        expect(b.selected.map(({ index: _i, ...s }) => s)).toEqual(a.selected.map(({ index: _i, ...s }) => s));
        expect(b.strata).toEqual(a.strata);
      }),
    );
  });

  it('is prefix-stable: a higher rate or floor keeps every file already drawn', () => {
    fc.assert(
      fc.property(frameArb, fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 60 }), fc.integer({ min: 0, max: 60 }), seedArb, (items, p1, p2, m1, m2, seed) => {
        const lo = draw(items, { seed, rate: parseRate(`${Math.min(p1, p2)}%`), min: Math.min(m1, m2) || null });
        const hi = draw(items, { seed, rate: parseRate(`${Math.max(p1, p2)}%`), min: Math.max(m1, m2) || null });
        const higher = new Set(ids(hi.selected));
        for (const id of ids(lo.selected)) expect(higher.has(id)).toBe(true);
      }),
    );
  });

  it('different seeds give different draws', () => {
    const items = Array.from({ length: 200 }, (_, i) => ({ id: `南昌应急罚〔2025〕${i + 1}号`, stratum: `单位${i % 4}` }));
    fc.assert(
      fc.property(seedArb, seedArb, (s1, s2) => {
        fc.pre(s1 !== s2);
        const a = draw(items, { seed: s1, rate: parseRate('30%'), min: null });
        const b = draw(items, { seed: s2, rate: parseRate('30%'), min: null });
        expect(ids(a.selected)).not.toEqual(ids(b.selected));
      }),
      { numRuns: 50 },
    );
  });

  it('normalises ids: full-width, spaces and bracket styles give the same ticket; duplicates are an error', () => {
    const a = draw([{ id: '（赣）应急罚〔2025〕12号', stratum: 'u' }], { seed: '1', rate: parseRate('1'), min: null });
    const b = draw([{ id: ' (赣)应急罚[2025]12号 ', stratum: 'u' }], { seed: '1', rate: parseRate('1'), min: null });
    expect(b.selected[0]!.ticket).toBe(a.selected[0]!.ticket);
    expect(() => draw([{ id: '（赣）应急罚〔2025〕12号', stratum: 'u' }, { id: '(赣)应急罚[2025]12号', stratum: 'v' }], { seed: '1', rate: parseRate('1'), min: null })).toThrow(/duplicate|重复/);
  });

  it('takes a small stratum whole and tops up a floor across strata from the lowest tickets', () => {
    const items = [
      ...Array.from({ length: 2 }, (_, i) => ({ id: `A${i}`, stratum: 'A' })),
      ...Array.from({ length: 50 }, (_, i) => ({ id: `B${i}`, stratum: 'B' })),
    ];
    const res = draw(items, { seed: 'x', rate: parseRate('0.3'), min: 40 });
    const a = res.strata.find((s) => s.key === 'A')!;
    expect(a.rateQuota).toBe(1);
    expect(res.selected.length).toBeGreaterThanOrEqual(40);
    expect(res.strata.reduce((n, s) => n + s.floorShare, 0)).toBe(40);
    const all = draw(items, { seed: 'x', rate: null, min: 100 });
    expect(all.selected).toHaveLength(52);
  });
});
