/** Frequent problems, fine consistency and efficiency indicators on the report fixture and small cases. */
import { describe, expect, it } from 'vitest';
import { analyzeConsistency } from '../../src/analyze/consistency.js';
import { analyzeEfficiency } from '../../src/analyze/efficiency.js';
import type { CaseFile } from '../../src/model/types.js';
import { fixtureAnalysis, weekdays } from '../report/fixture.js';

const c = (id: string, fine: number, unit = 'A', art = '第九十七条'): CaseFile => ({ id, unit, fine, penaltyArticles: [art], source: { file: 'x' } });

describe('frequent problems', () => {
  it('counts files per rule overall and per unit, with shares of the files scored', () => {
    const a = fixtureAnalysis();
    expect(a.problems.overall[0]).toMatchObject({ ruleId: 'publication-missing', files: 5, share: 0.625 });
    expect(a.problems.overall[1]).toMatchObject({ ruleId: 'service-late', files: 3, share: 0.375 });
    const jj = a.problems.byUnit.find((u) => u.unit === '九江市应急管理局')!;
    expect(jj.problems[0]).toMatchObject({ ruleId: 'publication-missing', files: 2, share: 0.6667 });
  });
});

describe('consistency', () => {
  it('flags fines far from similar cases (robust z) and outside the statutory range', () => {
    const cases = [c('1', 30000), c('2', 31000, 'B'), c('3', 29000), c('4', 30000, 'B'), c('5', 150000, 'C'), c('6', 2000, 'C')];
    const r = analyzeConsistency(cases, { rangeOf: () => ({ min: 0, max: 100000 }) });
    expect(r.articles[0]).toMatchObject({ article: '第九十七条', cases: 6, min: 2000, max: 150000, median: 30000, outOfRange: 1 });
    expect(r.outliers.map((o) => [o.id, o.direction, o.outOfRange])).toEqual([
      ['5', 'heavier', true],
      ['6', 'lighter', false],
    ]);
    expect(r.articles[0]!.byUnit.map((u) => u.unit)).toEqual(['A', 'B', 'C']);
  });

  it('does not compare groups smaller than 3, but still lists out-of-range fines', () => {
    const r = analyzeConsistency([c('1', 1000), c('2', 900000)], { rangeOf: () => ({ min: 0, max: 100000 }) });
    expect(r.outliers).toEqual([expect.objectContaining({ id: '2', z: null, outOfRange: true, direction: 'heavier' })]);
  });

  it('uses the half-median rule when MAD is 0', () => {
    const r = analyzeConsistency([c('1', 10000), c('2', 10000), c('3', 10000), c('4', 4000)]);
    expect(r.outliers.map((o) => o.id)).toEqual(['4']);
  });
});

describe('efficiency', () => {
  const base = { source: { file: 'x' } };
  it('computes rates with numerator and denominator, unknown when a date is missing', () => {
    const cases: CaseFile[] = [
      { ...base, id: '1', type: 'penalty', dates: { filed: '2025-01-01', decided: '2025-02-01', served: '2025-02-05', published: '2025-02-14', legalReview: '2025-01-30' } },
      { ...base, id: '2', type: 'penalty', dates: { filed: '2025-01-01', decided: '2025-05-01' }, extensionApproved: false },
      { ...base, id: '3', type: 'penalty', dates: { decided: '2025-03-03', served: '2025-03-04', published: '2025-03-04' } },
      { ...base, id: '4', type: 'inspection', facts: '发现隐患3处', dates: { filed: '2025-03-01' } },
      { ...base, id: '5', type: 'inspection', dates: { rectificationDeadline: '2025-03-10', reinspected: '2025-03-12' } },
    ];
    const e = analyzeEfficiency(cases, { workingDays: weekdays });
    expect(e.rates.decisionOnTime).toEqual({ numerator: 1, denominator: 2, rate: 0.5, unknown: 1 });
    expect(e.rates.serviceOnTime).toEqual({ numerator: 2, denominator: 2, rate: 1, unknown: 1 });
    expect(e.rates.publicationOnTime).toEqual({ numerator: 1, denominator: 3, rate: 0.3333, unknown: 0 });
    expect(e.rates.legalReview).toMatchObject({ numerator: 1, denominator: 3 });
    expect(e.rates.closedLoop).toMatchObject({ numerator: 1, denominator: 1 });
    expect(e.meanDaysFiledToDecided).toEqual({ days: 75.5, cases: 2 });
    expect(e.hazardsWithoutFollowUp).toEqual({ count: 1, ids: ['4'] });
  });

  it('without a working-day calendar, service and publication timeliness are unknown, not passed', () => {
    const e = analyzeEfficiency([{ ...base, id: '1', type: 'penalty', dates: { decided: '2025-02-01', served: '2025-02-05', published: '2025-02-06' } }]);
    expect(e.workingDaysAvailable).toBe(false);
    expect(e.rates.serviceOnTime).toMatchObject({ denominator: 0, unknown: 1 });
    expect(e.rates.publicationOnTime).toMatchObject({ denominator: 0, unknown: 1 });
  });

  it('a rectification deadline after the reference date is not yet due', () => {
    const e = analyzeEfficiency([{ ...base, id: '1', dates: { rectificationDeadline: '2025-06-30' } }], { asOf: '2025-06-01' });
    expect(e.rates.closedLoop.denominator).toBe(0);
  });
});
