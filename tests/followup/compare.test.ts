/** report --previous: indicators with their change, a changed set of units, recurring problems (反复出现). */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { comparePeriods } from '../../src/followup/compare.js';
import { runReport } from '../../src/api/report.js';
import type { ScoreResults } from '../../src/analyze/types.js';
import { ROOT, tmpDir } from '../helpers/cli.js';

const FIX = path.join(ROOT, 'tests', 'fixtures', 'followup');
const H2 = path.join(FIX, 'results-2025H2.json');
const H1 = path.join(FIX, 'results-2025H1.json');
const load = (f: string) => JSON.parse(readFileSync(f, 'utf8')) as ScoreResults;

describe('comparePeriods', () => {
  const c = comparePeriods({ period: '2025H1', files: load(H1).files }, { period: '2025H2', files: load(H2).files });

  it('every indicator with previous, current and change', () => {
    const byKey = Object.fromEntries(c.indicators.map((i) => [i.key, i]));
    expect(byKey.scored).toEqual({ key: 'scored', previous: 3, current: 7, change: 4 });
    expect(byKey.meanScore).toEqual({ key: 'meanScore', previous: 75, current: 81, change: 6 });
    expect(byKey.vetoed).toEqual({ key: 'vetoed', previous: 0, current: 1, change: 1 });
    expect(byKey.failShare).toEqual({ key: 'failShare', previous: 0, current: 0.1429, change: 0.1429 });
  });

  it('a changed set of units: 上饶 only before (gone), 赣州 and the unnamed unit only now (new)', () => {
    expect(c.units.map((u) => [u.unit, u.presence, u.meanScoreChange])).toEqual([
      ['', 'new', null],
      ['上饶市应急管理局', 'gone', null],
      ['九江市应急管理局', 'both', -2.5],
      ['南昌市应急管理局', 'both', -6],
      ['赣州市应急管理局', 'new', null],
    ]);
  });

  it('a problem is recurring only in the same unit: notice-missing in 南昌; publication-late moved from 九江 to 南昌 and does not count', () => {
    expect(c.recurring.map((r) => [r.unit, r.ruleId, r.previousFiles, r.currentFiles])).toEqual([['南昌市应急管理局', 'notice-missing', 1, 1]]);
  });
});

describe('caseaudit report --previous', () => {
  it('adds 与上期对比 with the recurring problem, and accepts a report.json as the previous period', async () => {
    const a = tmpDir('prev-a-');
    const r = await runReport({ results: H1, formats: ['json'], outDir: a, period: '2025H1', lang: 'zh', date: new Date('2025-07-01T00:00:00Z') });
    expect(r.analysis.comparison).toBeUndefined();
    const b = tmpDir('prev-b-');
    const r2 = await runReport({ results: H2, previous: path.join(a, 'report.json'), formats: ['md'], outDir: b, period: '2025H2', lang: 'zh', date: new Date('2026-01-05T00:00:00Z') });
    expect(r2.analysis.comparison?.previousPeriod).toBe('2025H1');
    const md = readFileSync(path.join(b, 'report.md'), 'utf8');
    expect(md).toContain('与上期对比');
    expect(md).toContain('上期：2025H1；本期：2025H2');
    expect(md).toMatch(/\| 南昌市应急管理局 \| notice-missing \| 未见行政处罚告知书 \| 1 \| 1 \|/);
    expect(md).toMatch(/\| 上饶市应急管理局 \| 本期无 \|/);
    expect(md).toMatch(/\| 赣州市应急管理局 \| 新增 \|/);
  });
});
