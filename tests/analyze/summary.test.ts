/** The score summary a report prints: a 待定 file's points are a best case, so no mean shown to a user includes them. */
import { describe, expect, it } from 'vitest';
import { summarizeScores } from '../../src/analyze/summary.js';
import type { ScoredFile } from '../../src/analyze/types.js';

const f = (id: string, unit: string, score: number, grade: ScoredFile['grade'], final = grade !== 'provisional'): ScoredFile => ({
  id, unit, score, grade, final, vetoed: false, findings: [], notChecked: [],
});

describe('summarizeScores', () => {
  it('averages final files only, overall and per unit, and counts the 待定 ones', () => {
    const s = summarizeScores([f('1', '甲', 90, 'excellent'), f('2', '甲', 70, 'pass'), f('3', '甲', 100, 'provisional'), f('4', '乙', 98, 'provisional')]);
    expect(s.meanScore).toBe(80);
    expect(s.grades.provisional).toBe(2);
    const byUnit = Object.fromEntries(s.byUnit.map((u) => [u.unit, u]));
    expect(byUnit['甲']).toMatchObject({ files: 3, meanScore: 80 });
    // no final file: no mean, rather than the best case of a file still under review
    expect(byUnit['乙']).toMatchObject({ files: 1, meanScore: null });
  });

  it('a 不合格 grade that is already certain still has a score that may fall: not averaged', () => {
    expect(summarizeScores([f('1', '甲', 80, 'good'), f('2', '甲', 50, 'fail', false)]).meanScore).toBe(80);
  });

  it('no final file at all: the mean is null, not 0', () => {
    expect(summarizeScores([f('1', '甲', 95, 'provisional')]).meanScore).toBeNull();
  });
});
