// The checklist's plan rule (赣应急字〔2020〕168号 §六(十五): 原则上所有执法检查应全部纳入年度执法计划) uses the plan's own
// matching — credit code, then normalised name — so `score --plan` and `caseaudit plan` agree on what is unplanned.
import { describe, it, expect } from 'vitest';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { readPlan } from '../../src/plan/read-plan.js';
import { caseActions, executePlan } from '../../src/plan/index.js';
import { parsePeriod } from '../../src/sample/period.js';
import { scoreCases } from '../../src/score/index.js';
import { runScore } from '../../src/score/run.js';
import { ingest } from '../../src/ingest/index.js';
import type { CaseFile } from '../../src/model/types.js';
import { ROOT, tmpDir } from '../helpers/cli.js';
import { schemaValidator } from '../../src/model/validate.js';

const inspection = (id: string, name: string, creditCode?: string, extra: Partial<CaseFile> = {}): CaseFile => ({
  id, unit: '南昌市应急管理局', type: 'inspection', party: { name, kind: 'unit', ...(creditCode ? { creditCode } : {}) },
  dates: { filed: '2025-03-10' }, source: { file: 'inspections.json' }, ...extra,
});

describe('inspection-unplanned with a plan', () => {
  it('a CSV plan: by code, by a name written with full-width brackets and 有限责任公司, and one not planned', async () => {
    const f = path.join(tmpDir(), 'plan.csv');
    writeFileSync(f, '企业名称,统一社会信用代码,执法单位,年度计划检查次数\n南昌恒达化工有限公司,91360100MA35F0QX2Q,南昌市应急管理局,2\n江西赣州（通昌）石化有限责任公司,,南昌市应急管理局,1\n');
    const plan = await readPlan(f);
    const cases = [
      inspection('洪应急检〔2025〕1号', '南昌恒达化工', '91360100MA35F0QX2Q'),
      inspection('洪应急检〔2025〕2号', '江西赣州(通昌)石化有限公司'),
      inspection('洪应急检〔2025〕3号', '南昌某机械有限公司', undefined, { inAnnualPlan: true }),
    ];
    const found = scoreCases(cases, { plan }).files.map((x) => x.findings.filter((y) => y.ruleId === 'inspection-unplanned').map((y) => y.message));
    // the plan decides over a 计划内 column
    expect(found).toEqual([[], [], ['被检查单位 南昌某机械有限公司 不在 南昌市应急管理局 年度执法计划内（计划外检查）']]);
    const executed = executePlan(plan, caseActions(cases), parsePeriod('2025'));
    expect(executed.unplanned.map((u) => u.name)).toEqual(['南昌某机械有限公司']);
  });

  it('the bundled samples: score --plan finds exactly the inspections the 计划内/计划外 column marks 计划外', async () => {
    const inputs = [path.join(ROOT, 'samples', 'json')];
    const { result } = await runScore(inputs, { plan: path.join(ROOT, 'samples', 'plan', 'plan-2025.xlsx'), ocr: 'off' });
    const { dataset } = await ingest(inputs);
    const byPlan = result.files.filter((x) => x.findings.some((y) => y.ruleId === 'inspection-unplanned')).map((x) => x.id).sort();
    const byColumn = dataset.cases.filter((c) => c.type === 'inspection' && c.inAnnualPlan === false && c.party?.name).map((c) => c.id).sort();
    expect(byPlan.length).toBeGreaterThan(5);
    // the plan used is recorded with its hash, so the scoring can be reproduced
    expect(result.plan).toMatchObject({ file: 'plan-2025.xlsx', entries: 262 });
    expect(result.plan!.sha256).toMatch(/^[0-9a-f]{64}$/);
    const v = schemaValidator('results');
    expect(v(result), JSON.stringify(v.errors)).toBe(true);
    expect(byPlan).toEqual(byColumn);
  }, 60_000);
});
