import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { assignReviewers, conflict, fileTicket, loadBounds, pairTicket, type FileToReview, type Reviewer } from '../../src/review/assign.js';
import { assignmentHash } from '../../src/review/assignment.js';
import { InputError } from '../../src/errors.js';
import { ROOT } from '../helpers/cli.js';

const doc = readFileSync(path.join(ROOT, 'docs/review.md'), 'utf8');
const UNITS = ['南昌市应急管理局', '南昌县应急管理局', '九江市应急管理局', '赣州市应急管理局', '江西省应急管理厅'];
const CITY: Record<string, string | undefined> = { 南昌市应急管理局: '南昌市', 南昌县应急管理局: '南昌市', 九江市应急管理局: '九江市', 赣州市应急管理局: '赣州市' };

const filesArb = (max: number) =>
  fc.uniqueArray(fc.record({ n: fc.integer({ min: 1, max: 400 }), u: fc.integer({ min: 0, max: UNITS.length - 1 }) }), { minLength: 1, maxLength: max, selector: (x) => x.n })
    .map((xs) => xs.map(({ n, u }): FileToReview => ({ id: `应急罚〔2025〕${n}号`, unit: UNITS[u], city: CITY[UNITS[u]!] })));
const reviewersArb = (max: number) =>
  fc.uniqueArray(fc.record({ n: fc.integer({ min: 1, max: 50 }), u: fc.integer({ min: 0, max: UNITS.length - 1 }) }), { minLength: 1, maxLength: max, selector: (x) => x.n })
    .map((xs) => xs.map(({ n, u }): Reviewer => ({ name: `评查人${n}`, unit: UNITS[u]!, ...(CITY[UNITS[u]!] ? { city: CITY[UNITS[u]!] } : {}) })));

function tryAssign(files: FileToReview[], reviewers: Reviewer[], seed: string, perFile: number, avoid: 'unit' | 'city') {
  try {
    return assignReviewers(files, reviewers, { seed, perFile, avoid });
  } catch (err) {
    if (err instanceof InputError) return null;
    throw err;
  }
}

/** Every way to give each file perFile distinct eligible reviewers with balanced loads (exhaustive, tiny inputs). */
function existsBalanced(files: FileToReview[], reviewers: Reviewer[], perFile: number, avoid: 'unit' | 'city'): boolean {
  const b = loadBounds(reviewers, files.length * perFile);
  if (!b) return false;
  const combos = (k: number, from: number[]): number[][] => (k === 0 ? [[]] : from.flatMap((x, i) => combos(k - 1, from.slice(i + 1)).map((c) => [x, ...c])));
  const options = files.map((f) => combos(perFile, reviewers.map((_, i) => i).filter((i) => conflict(reviewers[i]!, f, avoid) === null)));
  const loads = new Array<number>(reviewers.length).fill(0);
  const go = (i: number): boolean => {
    if (i === files.length) return loads.every((n, r) => n >= b.lo[r]! && n <= b.hi[r]!);
    for (const c of options[i]!) {
      if (c.some((r) => loads[r]! >= b.hi[r]!)) continue;
      for (const r of c) loads[r]!++;
      if (go(i + 1)) return true;
      for (const r of c) loads[r]!--;
    }
    return false;
  };
  return go(0);
}

describe('assignment caseaudit-assign-v1: properties', () => {
  it('never gives a reviewer a file of their own unit (nor city with avoid=city); perFile distinct reviewers; loads within one', () => {
    fc.assert(
      fc.property(filesArb(40), reviewersArb(8), fc.string({ minLength: 1, maxLength: 8 }), fc.integer({ min: 1, max: 3 }), fc.constantFrom('unit' as const, 'city' as const), (files, reviewers, seed, perFile, avoid) => {
        const r = tryAssign(files, reviewers, seed, perFile, avoid);
        if (!r) return;
        const byName = new Map(reviewers.map((x) => [x.name, x]));
        for (const f of r.files) {
          expect(f.reviewers).toHaveLength(perFile);
          expect(new Set(f.reviewers).size).toBe(perFile);
          for (const name of f.reviewers) {
            const rev = byName.get(name)!;
            expect(rev.unit).not.toBe(f.unit);
            if (avoid === 'city' && rev.city && f.city) expect(rev.city).not.toBe(f.city);
          }
        }
        const loads = r.loads.map((l) => l.load);
        expect(Math.max(...loads) - Math.min(...loads)).toBeLessThanOrEqual(1);
        expect(loads.reduce((s, n) => s + n, 0)).toBe(files.length * perFile);
      }),
      { numRuns: 150 },
    );
  });

  it('does not depend on the order of the files or of the reviewers; the same seed gives the same assignment', () => {
    fc.assert(
      fc.property(filesArb(30), reviewersArb(6), fc.string({ minLength: 1, maxLength: 8 }), fc.integer({ min: 1, max: 2 }), fc.func(fc.integer()), (files, reviewers, seed, perFile, key) => {
        const a = tryAssign(files, reviewers, seed, perFile, 'unit');
        const shuffle = <T>(xs: T[]) => xs.map((x, i) => [key(i), x] as const).sort((p, q) => p[0] - q[0]).map((p) => p[1]);
        const b = tryAssign(shuffle(files), shuffle(reviewers), seed, perFile, 'unit');
        expect(b).toEqual(a);
        expect(tryAssign(files, reviewers, seed, perFile, 'unit')).toEqual(a);
      }),
      { numRuns: 100 },
    );
  });

  it('is exact: it fails only when no conflict-free balanced assignment exists (checked exhaustively on small cases)', () => {
    fc.assert(
      fc.property(filesArb(5), reviewersArb(4), fc.string({ minLength: 1, maxLength: 4 }), fc.integer({ min: 1, max: 2 }), fc.constantFrom('unit' as const, 'city' as const), (files, reviewers, seed, perFile, avoid) => {
        expect(tryAssign(files, reviewers, seed, perFile, avoid) !== null).toBe(existsBalanced(files, reviewers, perFile, avoid));
      }),
      { numRuns: 300 },
    );
  });

  it('respects a reviewer’s maximum load and balances the others within one', () => {
    const files = Array.from({ length: 10 }, (_, i): FileToReview => ({ id: `F-${i}`, unit: '江西省应急管理厅' }));
    const reviewers: Reviewer[] = [{ name: '甲', unit: 'A', maxLoad: 1 }, { name: '乙', unit: 'B' }, { name: '丙', unit: 'C' }];
    const r = assignReviewers(files, reviewers, { seed: 's', perFile: 1, avoid: 'unit' });
    const loads = Object.fromEntries(r.loads.map((l) => [l.name, l.load]));
    expect(loads['甲']).toBe(1);
    expect([loads['乙'], loads['丙']].sort()).toEqual([4, 5]);
  });

  it('names the files that cannot get enough reviewers without a conflict', () => {
    const files: FileToReview[] = [{ id: '洪应急罚〔2025〕1号', unit: '南昌市应急管理局' }, { id: '浔应急罚〔2025〕1号', unit: '九江市应急管理局' }];
    const reviewers: Reviewer[] = [{ name: '王敏', unit: '南昌市应急管理局' }, { name: '李强', unit: '九江市应急管理局' }];
    expect(() => assignReviewers(files, reviewers, { seed: 's', perFile: 2, avoid: 'unit' })).toThrow(/洪应急罚〔2025〕1号.*南昌市应急管理局.*1/);
  });

  it('a changed reviewers list (its hash) or a changed pick changes the assignment hash', () => {
    const base = { schemaVersion: 1 as const, toolVersion: 'x', algorithm: 'caseaudit-assign-v1', seed: 's', seedSource: 'given' as const, perFile: 1, avoid: 'unit' as const, method: 'greedy' as const, manifest: { path: 'm.json', sha256: 'a'.repeat(64), algorithm: 'caseaudit-ticket-v1', seed: '1' }, reviewersList: { path: 'r.json', sha256: 'b'.repeat(64) }, inputs: [], reviewers: [], files: [{ id: 'F-1', unit: 'U', city: null, ticket: 0.5, reviewers: ['甲'] }] };
    const h = assignmentHash(base);
    expect(assignmentHash({ ...base, reviewersList: { path: 'r.json', sha256: 'c'.repeat(64) } })).not.toBe(h);
    expect(assignmentHash({ ...base, files: [{ ...base.files[0]!, reviewers: ['乙'] }] })).not.toBe(h);
    expect(assignmentHash({ ...base, inputs: [] })).toBe(h);
  });
});

describe('assignment caseaudit-assign-v1: test vectors of docs/review.md', () => {
  it('file and pair tickets', () => {
    const vectors: [string, number][] = [
      [String(fileTicket('2025', '（赣）应急罚〔2025〕12号')), 0.2784096536793765],
      [String(fileTicket('2025', ' (赣)应急罚[2025]12号')), 0.2784096536793765],
      [String(fileTicket('2025', '洪应急罚〔2025〕3号')), 0.5355965889900981],
      [String(pairTicket('2025', '（赣）应急罚〔2025〕12号', '王敏')), 0.47938400619148075],
      [String(pairTicket('2025', '洪应急罚〔2025〕3号', '李强')), 0.4420753509010103],
    ];
    for (const [got, want] of vectors) {
      expect(Number(got)).toBe(want);
      expect(doc).toContain(`\`${want}\``);
    }
  });

  const files: FileToReview[] = [
    { id: '洪应急罚〔2025〕1号', unit: '南昌市应急管理局', city: '南昌市' },
    { id: '洪应急罚〔2025〕2号', unit: '南昌市应急管理局', city: '南昌市' },
    { id: '浔应急罚〔2025〕1号', unit: '九江市应急管理局', city: '九江市' },
    { id: '浔应急罚〔2025〕2号', unit: '九江市应急管理局', city: '九江市' },
    { id: '（赣）应急罚〔2025〕1号', unit: '江西省应急管理厅' },
  ];
  const reviewers: Reviewer[] = [
    { name: '王敏', unit: '南昌市应急管理局', city: '南昌市' },
    { name: '李强', unit: '九江市应急管理局', city: '九江市' },
    { name: '陈静', unit: '赣州市应急管理局', city: '赣州市' },
  ];
  it.each([
    ['golden-1', 1, 'greedy', '浔应急罚〔2025〕1号 → 陈静; （赣）应急罚〔2025〕1号 → 王敏; 洪应急罚〔2025〕1号 → 李强; 浔应急罚〔2025〕2号 → 陈静; 洪应急罚〔2025〕2号 → 李强'],
    ['golden-1', 2, 'flow', '浔应急罚〔2025〕1号 → 陈静, 王敏; （赣）应急罚〔2025〕1号 → 王敏, 李强; 洪应急罚〔2025〕1号 → 李强, 陈静; 浔应急罚〔2025〕2号 → 陈静, 王敏; 洪应急罚〔2025〕2号 → 陈静, 李强'],
    ['golden-2', 2, 'greedy', '浔应急罚〔2025〕2号 → 陈静, 王敏; 洪应急罚〔2025〕2号 → 李强, 陈静; 洪应急罚〔2025〕1号 → 李强, 陈静; 浔应急罚〔2025〕1号 → 王敏, 陈静; （赣）应急罚〔2025〕1号 → 王敏, 李强'],
  ] as const)('seed %s, %i per file (%s)', (seed, perFile, method, expected) => {
    const r = assignReviewers(files, reviewers, { seed, perFile, avoid: 'unit' });
    expect(r.method).toBe(method);
    const text = r.files.map((f) => `${f.id} → ${f.reviewers.join(', ')}`).join('; ');
    expect(text).toBe(expected);
    expect(doc).toContain(expected);
  });
});
