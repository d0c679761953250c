// Inspection-record columns (赣应急字〔2020〕168号 §三(七), §六(十五)): the 三位一体 model (启动会/总结会; 企业主要负责人、
// 安全管理人员、岗位操作人员在场; 执法+专家), the 互联网+监管 number the system gives an inspection (监管行为编码, the national
// 监管行为 data standard), and 计划内/计划外. A ledger states them with one column each, or a yes/no column per role.
import { describe, it, expect } from 'vitest';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { matchHeader } from '../../../src/ingest/excel/headers.js';
import { detectHeader } from '../../../src/ingest/excel/detect.js';
import { readCsv } from '../../../src/ingest/csv/read-csv.js';
import { scoreCases } from '../../../src/score/index.js';
import { tmpDir } from '../../helpers/cli.js';

const fieldOf = (h: string) => {
  const m = matchHeader(h, 'cases');
  return m && m.field !== 'ignore' ? m.field.field : undefined;
};

const csv = (name: string, text: string) => {
  const f = path.join(tmpDir(), name);
  writeFileSync(f, text);
  return f;
};

describe('inspection-record columns', () => {
  it('headers as inspection ledgers and the 互联网+监管 data write them', () => {
    expect(fieldOf('是否召开启动会')).toBe('kickoffMeeting');
    expect(fieldOf('总结会召开情况')).toBe('summaryMeeting');
    expect(fieldOf('企业参加人员')).toBe('attendees');
    expect(fieldOf('被检查单位在场人员')).toBe('attendees');
    expect(fieldOf('主要负责人是否在场')).toBe('present.principal');
    expect(fieldOf('安全管理人员在场')).toBe('present.safetyManager');
    expect(fieldOf('岗位操作人员全过程在场')).toBe('present.operator');
    expect(fieldOf('检查专家')).toBe('experts');
    expect(fieldOf('检查方案编号')).toBe('schemeId');
    expect(fieldOf('监管行为编码')).toBe('supervisionNo');
    expect(fieldOf('是否录入互联网+监管系统')).toBe('supervisionEntered');
    expect(fieldOf('计划内/计划外')).toBe('inAnnualPlan');
  });

  it('a ledger with the columns: values read, 计划外/未录入/否 are "no", attendee posts kept as written', async () => {
    const f = csv('jc.csv', [
      '案件编号,执法单位,案件类型,被检查单位,统一社会信用代码,立案日期,启动会,总结会,企业参加人员,检查专家,监管行为编码,录入互联网+监管,计划内/计划外',
      '洪应急检〔2025〕3号,南昌市应急管理局,监督检查,南昌某化工有限公司,91360100MA35F0QX2Q,2025-03-08,是,是,王某（总经理）、李某（安全员）、赵某（操作工）,刘某（化工安全专家）,JX-JG-2025-000031,是,计划内',
      '洪应急检〔2025〕4号,南昌市应急管理局,监督检查,南昌某机械有限公司,,2025-03-12,已召开,未召开,吴某（副总经理）,,,未录入,计划外',
    ].join('\n'));
    const r = await readCsv(f);
    expect(r.cases[0]).toMatchObject({ kickoffMeeting: true, summaryMeeting: true, attendees: ['王某（总经理）', '李某（安全员）', '赵某（操作工）'], experts: ['刘某（化工安全专家）'], supervisionNo: 'JX-JG-2025-000031', supervisionEntered: true, inAnnualPlan: true });
    expect(r.cases[1]).toMatchObject({ kickoffMeeting: true, summaryMeeting: false, attendees: ['吴某（副总经理）'], supervisionEntered: false, inAnnualPlan: false });
    expect(r.cases[0]!.notStated ?? []).not.toContain('kickoffMeeting');
    const scored = scoreCases(r.cases).files;
    expect(scored[0]!.findings.map((x) => x.ruleId)).toEqual([]);
    expect([...new Set(scored[1]!.findings.map((x) => x.ruleId))].sort()).toEqual(['inspection-unplanned', 'supervision-entry-missing', 'three-in-one-meetings', 'three-in-one-presence']);
  });

  it('per-role yes/no columns instead of an attendee list', async () => {
    const f = csv('roles.csv', '案件编号,执法单位,案件类型,被检查单位,主要负责人在场,安全管理人员在场,岗位操作人员在场\n洪应急检〔2025〕5号,南昌市应急管理局,监督检查,南昌某化工有限公司,否,是,是\n');
    const c = (await readCsv(f)).cases[0]!;
    expect(c.present).toEqual({ principal: false, safetyManager: true, operator: true });
    expect(scoreCases([c]).files[0]!.findings.filter((x) => x.ruleId === 'three-in-one-presence').map((x) => x.message)).toEqual(['检查记录未显示企业主要负责人全过程在场']);
  });

  it('a ledger without the columns: the rules say "not checked", never pass or fail', async () => {
    const f = csv('plain.csv', '案件编号,执法单位,案件类型,被检查单位,立案日期\n洪应急检〔2025〕6号,南昌市应急管理局,监督检查,南昌某化工有限公司,2025-03-08\n');
    const c = (await readCsv(f)).cases[0]!;
    expect(c.notStated).toEqual(expect.arrayContaining(['kickoffMeeting', 'summaryMeeting', 'attendees', 'present', 'experts', 'schemeId', 'supervisionNo', 'supervisionEntered', 'inAnnualPlan']));
    const file = scoreCases([c]).files[0]!;
    expect(file.notChecked).toEqual(expect.arrayContaining(['three-in-one-meetings', 'three-in-one-presence', 'three-in-one-experts', 'supervision-entry-missing', 'inspection-unplanned']));
    expect(file.findings.filter((x) => /three-in-one|supervision|unplanned/.test(x.ruleId))).toEqual([]);
  });

  it('a scheme list sharing 启动会, 总结会, 专家, 被检查单位 and 是否纳入年度计划 with inspection ledgers still reads as schemes', () => {
    const header = ['编号', '执法单位', '被检查单位', '检查方式', '检查内容', '检查人员', '专家', '启动会', '总结会', '是否纳入年度计划', '检查日期'];
    const plan = detectHeader([{ number: 1, cells: header }, { number: 2, cells: ['JC-1', '南昌市应急管理局', '南昌某化工有限公司', '现场检查', '重大危险源', '张三、李四', '王五', '是', '是', '是', '2025-03-01'] }]);
    expect(plan?.kind).toBe('schemes');
  });
});
