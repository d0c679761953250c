/** report --plan (计划执行, 重复执法/执法缺位) and the run config's plan and overlap sections. */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { runReport } from '../../src/api/report.js';
import { mergeConfig } from '../../src/api/config.js';
import { ROOT, tmpDir } from '../helpers/cli.js';

const RESULTS = path.join(ROOT, 'tests', 'fixtures', 'followup', 'results-2025H2.json');
const FIX = path.join(ROOT, 'tests', 'fixtures', 'plan');

describe('report --plan', () => {
  it('adds 计划执行 and 重复执法与执法缺位 for the report period', async () => {
    const d = tmpDir('report-plan-');
    const r = await runReport({ results: RESULTS, dataset: path.join(FIX, 'records.json'), plan: path.join(FIX, 'plan-2025.gbk.csv'), period: '2025H1', formats: ['md'], outDir: d, lang: 'zh', date: new Date('2025-07-01T00:00:00Z') });
    expect(r.analysis.plan?.period.id).toBe('2025H1');
    const md = readFileSync(path.join(d, 'report.md'), 'utf8');
    expect(md).toContain('计划执行');
    expect(md).toContain('| 南昌市应急管理局 | 2 | 1 | 3 | 1 | 33.3% | 1 | 0 | 1 | 0 |');
    expect(md).toContain('| 南昌市应急管理局 | 江西安泰危化储运有限公司 | 91360100MA305K7X01 | 1 | 江西省应急管理厅 |');
    expect(md).toContain('重复执法与执法缺位');
    expect(md).toMatch(/\| 江西洪都化工有限公司 \| 91360100MA301K7X02 \| 南昌县应急管理局、南昌市应急管理局 \| 2025-05-20 南昌县应急管理局/);
    expect(md).toContain('| 江西远洋仓储有限公司 | 91360100MA306K7X0Q | 南昌县应急管理局 |');
  });

  it('--plan without --dataset is a usage error', async () => {
    await expect(runReport({ results: RESULTS, plan: path.join(FIX, 'plan-2025.gbk.csv'), formats: ['md'], outDir: tmpDir('rp-'), date: new Date('2025-07-01T00:00:00Z') })).rejects.toThrow('--dataset');
  });
});

describe('run config: plan and overlap', () => {
  const file = '/configs/audit.json';
  it('resolves the plan path and validates the overlap options naming the key', () => {
    expect(mergeConfig({ inputs: ['x'], plan: { file: 'plan.xlsx' }, overlap: { window: 15, actions: ['inspection'] } }, file, {}).plan).toEqual({ file: '/configs/plan.xlsx' });
    expect(() => mergeConfig({ inputs: ['x'], overlap: { actions: ['visit'] } }, file, {})).toThrow('$.overlap.actions[0]');
    expect(() => mergeConfig({ inputs: ['x'], plan: {} }, file, {})).toThrow('$.plan.file');
  });
});
