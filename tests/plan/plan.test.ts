/** Plan execution and overlaps from independently written fixtures (tests/fixtures/plan: records.json and the plan as GBK and UTF-8 CSV). */
import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { readPlan, caseActions, executePlan, findOverlaps, nameKey, dueIn } from '../../src/plan/index.js';
import { parsePeriod } from '../../src/sample/period.js';
import { runOverlap, runPlan } from '../../src/api/plan.js';
import { schemaValidator } from '../../src/model/validate.js';
import type { Dataset } from '../../src/model/types.js';
import { ROOT, runCli, tmpDir } from '../helpers/cli.js';

const FIX = path.join(ROOT, 'tests', 'fixtures', 'plan');
const RECORDS = path.join(FIX, 'records.json');
const cases = (JSON.parse(readFileSync(RECORDS, 'utf8')) as Dataset).cases;
const C = { 1: '91360100MA301K7X02', 3: '91360100MA303K7X0H', 4: '91360100MA304K7X09', 5: '91360100MA305K7X01', 6: '91360100MA306K7X0Q', 7: '91360100MA307K7X0G' };
const COUNTY = '南昌县应急管理局';
const CITY = '南昌市应急管理局';
const PROVINCE = '江西省应急管理厅';

describe('plan input', () => {
  it('reads the documented layout from GBK and UTF-8 (BOM) CSV alike', async () => {
    const gbk = await readPlan(path.join(FIX, 'plan-2025.gbk.csv'));
    const utf8 = await readPlan(path.join(FIX, 'plan-2025.utf8.csv'));
    expect(gbk.map(({ source, ...e }) => e)).toEqual(utf8.map(({ source, ...e }) => e));
    expect(gbk[1]).toMatchObject({ name: '南昌（赣江）烟花爆竹有限责任公司', category: 'general', unit: COUNTY, planned: 1, months: [3], source: { row: 3 } });
    expect(gbk[1]!.creditCode).toBeUndefined();
    expect(gbk[0]).toMatchObject({ name: '江西洪都化工有限公司', creditCode: C[1], industry: '危险化学品', category: 'key', planned: 2 });
  });

  it('reads xlsx with a title row and header aliases; a bad count is an error naming row and column', async () => {
    const d = tmpDir('plan-xlsx-');
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('2025年度计划');
    ws.addRow(['南昌县应急管理局2025年度监督检查计划']);
    ws.addRow(['单位名称', '社会信用代码', '行业', '监管分类', '检查单位', '检查频次']);
    ws.addRow(['江西洪都化工有限公司', C[1], '危险化学品', '重点', COUNTY, 2]);
    ws.addRow(['江西远洋仓储有限公司', C[6], '工贸', '一般', COUNTY, '两次']);
    const file = path.join(d, 'plan.xlsx');
    await wb.xlsx.writeFile(file);
    await expect(readPlan(file)).rejects.toThrow(/第 4 行.*两次/);
    ws.getRow(4).getCell(6).value = 1;
    await wb.xlsx.writeFile(file);
    const plan = await readPlan(file);
    expect(plan.map((e) => [e.name, e.category, e.planned, e.source.sheet, e.source.row])).toEqual([
      ['江西洪都化工有限公司', 'key', 2, '2025年度计划', 3],
      ['江西远洋仓储有限公司', 'general', 1, '2025年度计划', 4],
    ]);
  });

  it('a row without a unit is an error; a file without a plan header says which headers it needs', async () => {
    const d = tmpDir('plan-bad-');
    writeFileSync(path.join(d, 'a.csv'), '企业名称,执法单位\n江西洪都化工有限公司,\n');
    await expect(readPlan(path.join(d, 'a.csv'))).rejects.toThrow(/第 2 行：缺少执法单位/);
    writeFileSync(path.join(d, 'b.csv'), '名单\n江西洪都化工有限公司\n');
    await expect(readPlan(path.join(d, 'b.csv'))).rejects.toThrow(/企业名称 或 统一社会信用代码，以及 执法单位/);
  });
});

describe('name matching', () => {
  it('full-width/half-width, bracket styles, spaces and 有限责任公司/有限公司 compare equal; other names do not', () => {
    expect(nameKey('南昌（赣江）烟花爆竹有限责任公司')).toBe(nameKey('南昌(赣江)烟花爆竹有限公司'));
    expect(nameKey('江西 昌北粉尘制品有限公司 ')).toBe(nameKey('江西昌北粉尘制品有限公司'));
    expect(nameKey('南昌【赣江】烟花爆竹有限公司')).toBe(nameKey('南昌(赣江)烟花爆竹有限公司'));
    expect(nameKey('江西洪都化工股份有限公司')).not.toBe(nameKey('江西洪都化工有限公司'));
    expect(nameKey('南昌赣江烟花爆竹有限公司')).not.toBe(nameKey('南昌(赣江)烟花爆竹有限公司'));
  });
});

describe('plan execution', () => {
  const actions = caseActions(cases);
  const planP = readPlan(path.join(FIX, 'plan-2025.utf8.csv'));

  it('pro rata: half the annual count in a half-year, or the share of the planned months', async () => {
    const [hongdu, fireworks, , hengan] = await planP;
    const h1 = parsePeriod('2025H1');
    expect(dueIn(hongdu!, h1)).toBe(1); // 2 a year, no months → 1 in H1
    expect(dueIn(fireworks!, h1)).toBe(1); // planned in March
    expect(dueIn(hengan!, h1)).toBe(0); // planned in October
    expect(dueIn(hengan!, parsePeriod('2025H2'))).toBe(1);
    expect(dueIn(hongdu!, parsePeriod('2025'))).toBe(2);
  });

  it('2025H1: exact missed, unplanned, under and over sets, rates, and the name-only match listed', async () => {
    const r = executePlan(await planP, actions, parsePeriod('2025H1'));
    expect(r.missed.map((m) => [m.unit, m.name, m.creditCode, m.due, m.inspectedByOthers])).toEqual([[CITY, '江西安泰危化储运有限公司', C[5], 1, [PROVINCE]]]);
    expect(r.unplanned.map((m) => [m.unit, m.name, m.cases, m.inPlanOf])).toEqual([
      [COUNTY, '南昌县鑫达机械厂', ['昌县应急检〔2025〕2号'], []],
      [PROVINCE, '江西安泰危化储运有限公司', ['（赣）应急检〔2025〕6号'], [CITY]],
      [PROVINCE, '江西昌北粉尘制品有限公司', ['（赣）应急检〔2025〕10号'], [CITY]],
    ]);
    expect(r.under.map((m) => [m.name, m.due, m.done])).toEqual([['江西昌北粉尘制品有限公司', 2, 1]]);
    expect(r.over.map((m) => [m.name, m.due, m.done])).toEqual([['江西洪都化工有限公司', 1, 3]]);
    expect(r.nameMatches).toEqual([{ unit: COUNTY, caseId: '昌县应急检〔2025〕3号', planName: '南昌（赣江）烟花爆竹有限责任公司', caseName: '南昌(赣江)烟花爆竹有限公司', creditCode: null, exact: false }]);
    expect(r.units).toEqual([
      { unit: COUNTY, plannedEnterprises: 4, inspectedEnterprises: 2, plannedInspections: 2.5, inspections: 4, executionRate: 0.8, missed: 0, unplanned: 1, under: 0, over: 1 },
      { unit: CITY, plannedEnterprises: 2, inspectedEnterprises: 1, plannedInspections: 3, inspections: 1, executionRate: 0.3333, missed: 1, unplanned: 0, under: 1, over: 0 },
      { unit: PROVINCE, plannedEnterprises: 0, inspectedEnterprises: 0, plannedInspections: 0, inspections: 0, executionRate: null, missed: 0, unplanned: 2, under: 0, over: 0 },
    ].sort((a, b) => (a.unit < b.unit ? -1 : 1)));
    expect(schemaValidator('plan-result')(r)).toBe(true);
  });

  it('2025 (whole year): the October plan entry inspected in October is done; the never-inspected one is missed', async () => {
    const r = executePlan(await planP, actions, parsePeriod('2025'));
    expect(r.missed.map((m) => [m.unit, m.name])).toEqual([
      [COUNTY, '江西远洋仓储有限公司'],
      [CITY, '江西安泰危化储运有限公司'],
    ]);
  });
});

describe('overlaps', () => {
  const actions = caseActions(cases);

  it('inside the window: the county inspected and the city penalised the same enterprise (the penalty names it only by a variant name)', () => {
    const r = findOverlaps(actions, { windowDays: 30, kinds: ['inspection', 'penalty', 'coercion'] });
    expect(r.overlaps.map((o) => [o.creditCode, o.units, o.levels, o.cases.map((c) => c.id)])).toEqual([
      [C[1], [COUNTY, CITY].sort(), ['city', 'county'], ['昌县应急检〔2025〕8号', '洪应急罚〔2025〕12号', '昌县应急检〔2025〕9号']],
    ]);
    expect(schemaValidator('overlaps')(r)).toBe(true);
  });

  it('outside the window: city 04-01 and province 05-10 are 39 days apart — not at 30 or 38, yes at 39', () => {
    const at = (w: number) => findOverlaps(actions, { windowDays: w, kinds: ['inspection'] }).overlaps.filter((o) => o.creditCode === C[3]);
    expect(at(30)).toEqual([]);
    expect(at(39)[0]!.cases.map((c) => [c.id, c.unit, c.date])).toEqual([
      ['洪应急检〔2025〕4号', CITY, '2025-04-01'],
      ['（赣）应急检〔2025〕10号', PROVINCE, '2025-05-10'],
    ]);
    expect(at(38)).toEqual([]);
  });

  it("the city's re-inspection of its own order (04-25) is never an overlap with the province's inspection (05-10)", () => {
    const r = findOverlaps(actions, { windowDays: 30, kinds: ['inspection', 'reinspection'] });
    expect(r.overlaps.filter((o) => o.creditCode === C[3])).toEqual([]);
    const reinspection = actions.find((a) => a.caseId === '洪应急复查〔2025〕4号')!;
    expect(reinspection).toMatchObject({ kind: 'reinspection', ownOrder: true });
  });

  it('with the plan: key enterprises no level inspected in the period (执法缺位)', async () => {
    const plan = await readPlan(path.join(FIX, 'plan-2025.utf8.csv'));
    const h1 = findOverlaps(actions, { windowDays: 30, kinds: ['inspection'], plan, period: parsePeriod('2025H1') });
    expect(h1.gaps!.map((g) => [g.unit, g.name])).toEqual([
      [COUNTY, '江西恒安冶金有限公司'],
      [COUNTY, '江西远洋仓储有限公司'],
    ]);
    const year = findOverlaps(actions, { windowDays: 30, kinds: ['inspection'], plan, period: parsePeriod('2025') });
    expect(year.gaps!.map((g) => g.name)).toEqual(['江西远洋仓储有限公司']);
  });
});

describe('CLI', () => {
  it('caseaudit plan writes plan.json and plan.xlsx; overlap --json; an unknown action kind exits 2', async () => {
    const d = tmpDir('plan-cli-');
    const { result, files } = await runPlan({ plan: path.join(FIX, 'plan-2025.gbk.csv'), inputs: [RECORDS], period: '2025H1', outDir: d, date: new Date('2025-07-01T00:00:00Z') });
    expect(files.map((f) => path.basename(f))).toEqual(['plan.json', 'plan.xlsx']);
    expect(JSON.parse(readFileSync(path.join(d, 'plan.json'), 'utf8'))).toEqual(result);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(d, 'plan.xlsx'));
    expect(wb.worksheets.map((w) => w.name)).toEqual(['各单位', '未检查', '计划外', '检查不足', '检查过多', '按名称匹配', '说明']);
    const o = await runOverlap({ inputs: [RECORDS], windowDays: 30 });
    expect(o.overlaps).toHaveLength(1);
    const cli = runCli(['overlap', RECORDS, '--actions', 'inspection,visit']);
    expect(cli.code).toBe(2);
    expect(cli.stderr).toContain('visit');
  });
});

describe('bundled sample plan (samples/plan)', () => {
  it('regenerates byte for byte, and shows overlaps, the own re-inspection left out, and the four key enterprises nobody inspected', async () => {
    const { execFileSync } = await import('node:child_process');
    const { mkdirSync, copyFileSync } = await import('node:fs');
    const d = tmpDir('sample-plan-');
    mkdirSync(path.join(d, 'json'));
    copyFileSync(path.join(ROOT, 'samples', 'json', 'province.json'), path.join(d, 'json', 'province.json'));
    execFileSync(process.execPath, [path.join(ROOT, 'scripts', 'generate-sample-plan.mjs'), d]);
    for (const f of ['plan-2025.xlsx', 'records-2025-extra.json']) expect(readFileSync(path.join(d, 'plan', f)).equals(readFileSync(path.join(ROOT, 'samples', 'plan', f))), f).toBe(true);
    const inputs = [path.join(ROOT, 'samples', 'json'), path.join(ROOT, 'samples', 'plan', 'records-2025-extra.json')];
    const r = await runOverlap({ inputs, windowDays: 30, plan: path.join(ROOT, 'samples', 'plan', 'plan-2025.xlsx'), period: '2025', kinds: ['inspection,penalty,coercion,reinspection'] });
    expect(r.overlaps).toHaveLength(6);
    expect(r.overlaps.every((o) => o.cases.some((c) => c.id.startsWith('补充检')))).toBe(true);
    expect(r.overlaps.flatMap((o) => o.cases.map((c) => c.id)).some((id) => id.includes('复查'))).toBe(false);
    expect(r.gaps!.map((g) => g.name).sort()).toEqual(['吉安井冈山石料有限公司', '江西赣新精细化工有限公司', '萍乡湘东花炮制造有限公司', '赣州南康家具制造有限公司'].sort());
  });
});
