import { describe, it, expect } from 'vitest';
import { cohenKappa, fleissKappa } from '../../src/review/kappa.js';
import { agreementStats, kappaOf } from '../../src/review/agreement.js';

describe("Fleiss' kappa", () => {
  // The worked example of the Wikipedia article "Fleiss' kappa" (14 raters, 10 subjects, 5 categories), also used
  // by statsmodels' tests (statsmodels/stats/tests/test_inter_rater.py): P̄ = 0.378, P̄e = 0.213, κ = 0.210.
  const table = [
    [0, 0, 0, 0, 14],
    [0, 2, 6, 4, 2],
    [0, 0, 3, 5, 6],
    [0, 3, 9, 2, 0],
    [2, 2, 8, 1, 1],
    [7, 7, 0, 0, 0],
    [3, 2, 6, 3, 0],
    [2, 5, 3, 2, 2],
    [6, 5, 2, 1, 0],
    [0, 2, 2, 3, 7],
  ];
  it('gives 0.210 on the published worked example', () => {
    expect(fleissKappa(table)).toBeCloseTo(0.20993070442195522, 12);
  });
  it('is 1 for perfect agreement on two categories, null when only one category is ever used', () => {
    expect(fleissKappa([[3, 0], [0, 3], [3, 0]])).toBe(1);
    expect(fleissKappa([[3, 0], [3, 0]])).toBeNull();
  });
  it('refuses rows with different rater counts', () => {
    expect(() => fleissKappa([[2, 0], [1, 2]])).toThrow();
  });
});

describe("Cohen's kappa", () => {
  // The worked example of the Wikipedia article "Cohen's kappa": 50 grant proposals, both say yes 20, both no 15,
  // A yes / B no 5, A no / B yes 10: p_o = 0.7, p_e = 0.5, κ = 0.4.
  const pairs = [
    ...Array<[string, string]>(20).fill(['yes', 'yes']),
    ...Array<[string, string]>(5).fill(['yes', 'no']),
    ...Array<[string, string]>(10).fill(['no', 'yes']),
    ...Array<[string, string]>(15).fill(['no', 'no']),
  ];
  it('gives 0.4 on the published worked example', () => {
    expect(cohenKappa(pairs)).toBeCloseTo(0.4, 12);
  });
  it('is negative when raters agree less than chance', () => {
    expect(cohenKappa([['a', 'b'], ['b', 'a']])).toBe(-1);
  });
});

describe('agreement statistics of a cross-review', () => {
  const subj = (itemId: string, a: string, b: string, da = 0, db = 0) => ({ itemId, ratings: [{ reviewer: '甲', category: a, deduction: da }, { reviewer: '乙', category: b, deduction: db }] });
  it("uses Cohen's kappa when the same two reviewers judged every item, and measures who is harsher", () => {
    const subjects = [subj('x', 'pass', 'pass'), subj('x', 'defect:2', 'pass', 2, 0), subj('y', 'defect:2', 'defect:2', 2, 2), subj('y', 'pass', 'pass')];
    const s = agreementStats(subjects);
    expect(s.method).toBe('cohen');
    expect(s.agreement).toBe(0.75);
    // p_o = 3/4; 甲: pass 2, defect:2 2; 乙: pass 3, defect:2 1 → p_e = (2·3 + 2·1)/16 = 0.5 → κ = 0.5
    expect(s.kappa).toBe(0.5);
    expect(s.byReviewer).toEqual([
      { reviewer: '乙', subjects: 4, agreement: 0.75, meanDeduction: 0.5, panelMeanDeduction: 1, difference: -0.5 },
      { reviewer: '甲', subjects: 4, agreement: 0.75, meanDeduction: 1, panelMeanDeduction: 0.5, difference: 0.5 },
    ]);
    expect(s.byItem.map((i) => [i.itemId, i.subjects, i.agreement])).toEqual([['x', 2, 0.5], ['y', 2, 1]]);
  });
  it("uses Fleiss' kappa when the pairs of reviewers change from file to file", () => {
    const k = kappaOf([
      { itemId: 'x', ratings: [{ reviewer: '甲', category: 'pass', deduction: 0 }, { reviewer: '乙', category: 'pass', deduction: 0 }] },
      { itemId: 'x', ratings: [{ reviewer: '丙', category: 'pass', deduction: 0 }, { reviewer: '乙', category: 'na', deduction: 0 }] },
    ]);
    expect(k.method).toBe('fleiss');
    expect(k.kappa).toBe(Math.round(fleissKappa([[2, 0], [1, 1]])! * 10000) / 10000);
  });
});
