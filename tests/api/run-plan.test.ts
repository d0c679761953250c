/**
 * `caseaudit run -c cfg.json` with `plan` in the config: the plan feeds the scoring. An inspection of an enterprise
 * the unit's plan does not list gets `inspection-unplanned` in results.json; one the plan lists (by credit code or
 * by its name) does not; without the plan the rule cannot be checked (the records state no 计划内/计划外).
 * Fixture written by hand: three inspection records of one unit and a CSV plan as a bureau exports it.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { runCli, tmpDir } from '../helpers/cli.js';

const UNIT = '南昌县应急管理局';
const inspection = (n: number, name: string, creditCode?: string) => ({
  id: `南县应急检〔2025〕${n}号`,
  unit: UNIT,
  type: 'inspection',
  party: { name, kind: 'unit', ...(creditCode ? { creditCode } : {}) },
  dates: { filed: `2025-03-0${n}`, decided: `2025-03-0${n}`, closed: `2025-03-1${n}` },
  officers: [{ name: '王五', certNo: '36012101' }, { name: '赵六', certNo: '36012102' }],
  source: { file: 'inspections.json' },
});

interface Finding {
  ruleId: string;
  message: string;
  status?: string;
}
interface FileResult {
  id: string;
  findings: Finding[];
}

function setUp(withPlan: boolean): { dir: string; cfg: string } {
  const dir = tmpDir('run-plan-');
  writeFileSync(
    path.join(dir, 'inspections.json'),
    JSON.stringify({
      schemaVersion: 1,
      cases: [
        inspection(1, '江西洪都化工有限公司', '91360100MA301K7X02'), // in the plan by credit code
        inspection(2, '南昌(赣江)烟花爆竹有限公司'), // in the plan by name: 有限责任公司, full-width brackets there
        inspection(3, '南昌县某某机械厂'), // not in the plan
      ],
      schemes: [],
    }),
  );
  // the plan export's header (年度监督检查计划): 企业名称, 统一社会信用代码, 执法单位, 年度计划检查次数 …
  writeFileSync(
    path.join(dir, 'plan.csv'),
    '\ufeff企业名称,统一社会信用代码,行业类别,监管类别,执法单位,年度计划检查次数,计划检查月份\n' +
      `江西洪都化工有限公司,91360100MA301K7X02,危险化学品,重点,${UNIT},2,\n` +
      `南昌（赣江）烟花爆竹有限责任公司,,烟花爆竹,一般,${UNIT},1,3月\n` +
      `江西恒安冶金有限公司,91360100MA304K7X09,冶金,重点,${UNIT},1,10\n`,
  );
  const cfg = path.join(dir, 'audit.json');
  writeFileSync(cfg, JSON.stringify({ inputs: ['inspections.json'], seed: '7', period: '2025H1', rate: '100%', outputs: { dir: 'out', formats: ['json'] }, ...(withPlan ? { plan: { file: 'plan.csv' } } : {}) }));
  return { dir, cfg };
}

function unplannedOf(dir: string): Map<string, Finding[]> {
  const results = JSON.parse(readFileSync(path.join(dir, 'out', 'results.json'), 'utf8')) as { files: FileResult[] };
  return new Map(results.files.map((f) => [f.id, f.findings.filter((x) => x.ruleId === 'inspection-unplanned')]));
}

describe('caseaudit run -c with a plan (binary)', () => {
  it('the inspection outside the plan gets inspection-unplanned; the two in it do not', () => {
    const { dir, cfg } = setUp(true);
    const r = runCli(['run', '-c', cfg, '-q'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    const found = unplannedOf(dir);
    expect([...found.keys()].sort()).toEqual(['南县应急检〔2025〕1号', '南县应急检〔2025〕2号', '南县应急检〔2025〕3号']);
    expect(found.get('南县应急检〔2025〕1号')).toEqual([]);
    expect(found.get('南县应急检〔2025〕2号')).toEqual([]);
    expect(found.get('南县应急检〔2025〕3号')!.map((f) => f.message)).toEqual([`被检查单位 南昌县某某机械厂 不在 ${UNIT} 年度执法计划内（计划外检查）`]);
    // the plan used is recorded in the results
    const results = JSON.parse(readFileSync(path.join(dir, 'out', 'results.json'), 'utf8'));
    for (const f of results.files as { notChecked: string[] }[]) expect(f.notChecked).not.toContain('inspection-unplanned');
    expect(results.plan).toMatchObject({ file: 'plan.csv', entries: 3 });
  }, 120_000);

  it('without the plan section no inspection gets the finding (the rule is not checked)', () => {
    const { dir, cfg } = setUp(false);
    const r = runCli(['run', '-c', cfg, '-q'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    for (const f of unplannedOf(dir).values()) expect(f).toEqual([]);
    const results = JSON.parse(readFileSync(path.join(dir, 'out', 'results.json'), 'utf8'));
    expect(results.plan).toBeUndefined();
    for (const f of results.files as (FileResult & { notChecked: string[]; notCheckedReasons: Record<string, string> })[]) {
      expect(f.notChecked).toContain('inspection-unplanned');
      expect(f.notCheckedReasons['inspection-unplanned']).toBe('未提供年度执法计划（--plan），来源也未载明计划内/计划外');
    }
  }, 120_000);
});
