/** The excellent case file ranking: eligibility, the documented tie-break, shared ranks, units, per type. */
import { describe, expect, it } from 'vitest';
import { rank, rankFiles, rankUnits } from '../../src/analyze/rank.js';
import type { Finding, ScoredFile } from '../../src/analyze/types.js';

const finding = (category: string, deduction = 2): Finding => ({ ruleId: `r-${category}`, category, deduction, veto: false, message: '', basis: '' });
const file = (id: string, score: number, findings: Finding[] = [], extra: Partial<ScoredFile> = {}): ScoredFile => ({
  id,
  unit: 'A',
  type: 'penalty',
  score,
  grade: score >= 90 ? 'excellent' : score >= 80 ? 'good' : score >= 60 ? 'pass' : 'fail',
  vetoed: false,
  findings,
  notChecked: [],
  ...extra,
});

describe('rankFiles', () => {
  it('keeps only excellent, not vetoed files', () => {
    const r = rankFiles([file('a', 95), file('b', 85), file('c', 92, [], { vetoed: true })]);
    expect(r.map((x) => x.id)).toEqual(['a']);
  });

  it('orders by score, then fewer substantive deductions, then fewer findings', () => {
    const r = rankFiles([
      file('d', 96, [finding('documents'), finding('archive')]), // 0 substantive, 2 findings
      file('c', 96, [finding('procedure')]), // 1 substantive
      file('b', 96, [finding('documents')]), // 0 substantive, 1 finding
      file('a', 98, [finding('legal'), finding('facts')]),
    ]);
    expect(r.map((x) => [x.rank, x.id])).toEqual([
      [1, 'a'],
      [2, 'b'],
      [3, 'd'],
      [4, 'c'],
    ]);
  });

  it('then fewer rules not checked; --max-not-checked leaves the little-checked files out', () => {
    const files = [file('x', 100, [], { notChecked: ['a', 'b', 'c'] }), file('y', 100, [], { notChecked: ['a'] }), file('z', 100)];
    expect(rankFiles(files).map((x) => [x.rank, x.id, x.notChecked])).toEqual([
      [1, 'z', 0],
      [2, 'y', 1],
      [3, 'x', 3],
    ]);
    expect(rankFiles(files, undefined, 1).map((x) => x.id)).toEqual(['z', 'y']);
    expect(rank(files, { maxNotChecked: 0 })).toMatchObject({ eligible: 1, scored: 3 });
  });

  it('files equal on every key share a rank (1, 1, 3) and are listed by case id', () => {
    const r = rankFiles([file('z', 95), file('m', 95), file('x', 94)]);
    expect(r.map((x) => [x.rank, x.id])).toEqual([
      [1, 'm'],
      [1, 'z'],
      [3, 'x'],
    ]);
  });

  it('a deduction-free finding is not a substantive deduction', () => {
    const r = rankFiles([file('a', 95, [finding('procedure', 0)]), file('b', 95, [finding('procedure', 1)])]);
    expect(r.map((x) => [x.id, x.substantiveDeductions])).toEqual([
      ['a', 0],
      ['b', 1],
    ]);
  });

  it('--top keeps ties at the cut', () => {
    const r = rankFiles([file('a', 99), file('b', 95), file('c', 95), file('d', 91)], 2);
    expect(r.map((x) => x.id)).toEqual(['a', 'b', 'c']);
  });

  it('does not depend on input order', () => {
    const list = [file('a', 95), file('b', 97, [finding('facts')]), file('c', 97), file('d', 95)];
    expect(rankFiles([...list].reverse())).toEqual(rankFiles(list));
  });
});

describe('rankUnits and per type', () => {
  it('ranks units by mean score, vetoed files counting 0, equal means sharing a rank', () => {
    const u = rankUnits([
      file('1', 90, [], { unit: 'B' }),
      file('2', 0, [], { unit: 'B', vetoed: true }),
      file('3', 45, [], { unit: 'A' }),
      file('4', 80, [], { unit: 'C' }),
    ]);
    expect(u).toEqual([
      { rank: 1, unit: 'C', files: 1, meanScore: 80, provisional: 0, final: true },
      { rank: 2, unit: 'A', files: 1, meanScore: 45, provisional: 0, final: true },
      { rank: 2, unit: 'B', files: 2, meanScore: 45, provisional: 0, final: true },
    ]);
  });

  it('averages final files only: a 待定 file is counted, its best-case score is not, and its unit is not final', () => {
    const u = rankUnits([
      file('1', 70, [], { unit: 'A' }),
      file('2', 100, [], { unit: 'A', grade: 'provisional', final: false }),
      file('3', 80, [], { unit: 'B' }),
      file('4', 100, [], { unit: 'C', grade: 'provisional', final: false }),
      // 不合格 already certain, but its points may still fall: not averaged either
      file('5', 55, [], { unit: 'B', grade: 'fail', final: false }),
    ]);
    expect(u).toEqual([
      { rank: 1, unit: 'B', files: 2, meanScore: 80, provisional: 1, final: false },
      { rank: 2, unit: 'A', files: 2, meanScore: 70, provisional: 1, final: false },
      { rank: null, unit: 'C', files: 1, meanScore: null, provisional: 1, final: false },
    ]);
  });

  it('ranks each case type separately with --per-type', () => {
    const r = rank([file('a', 95), file('b', 99, [], { type: 'inspection' }), file('c', 97)], { perType: true });
    expect(r.byType).toEqual([
      { type: 'inspection', ranking: [expect.objectContaining({ rank: 1, id: 'b' })] },
      { type: 'penalty', ranking: [expect.objectContaining({ rank: 1, id: 'c' }), expect.objectContaining({ rank: 2, id: 'a' })] },
    ]);
    expect(r.ranking.map((x) => x.id)).toEqual(['b', 'c', 'a']);
  });
});
