// The on-site inspection record (现场检查记录) as Jiangxi offices write it under 赣应急字〔2020〕168号 §三(七): the meetings
// of the 三位一体 model in the narrative, the enterprise's people and the experts on labelled lines, and the 互联网+监管
// number. The printed national form has no place for them: a record that does not say leaves them unknown.
import { describe, it, expect } from 'vitest';
import { readInspectionRecord } from '../../src/ingest/pdf/inspection.js';
import type { Segment } from '../../src/ingest/pdf/segment.js';

const seg = (title: string, text: string, record = true): Segment => ({
  spec: { title, variants: [], record },
  heading: title,
  pages: [3],
  lines: text.split('\n').map((t) => ({ page: 3, text: t })),
});

const RECORD = `现场检查记录
被检查单位：南昌恒达化工有限公司          地址：南昌市青山湖区民营科技园88号
检查时间：2025年3月8日9时00分至2025年3月8日11时30分
检查方案编号：洪应急检方〔2025〕3号
企业参加人员：王建国（总经理）、李红（安全管理人员）、赵小兵（岗位操作人员）
检查专家：刘明（化工安全专家）
检查情况：执法人员出示执法证件后，召开了检查启动会，告知检查内容和要求；随后对重大危险源、特殊作业进行检查……
检查结束后召开总结会，反馈检查发现的问题。
互联网+监管编号：JX-JG-2025-000031`;

describe('readInspectionRecord', () => {
  it('reads the meetings, the attendees with their posts, the experts, the scheme and the 互联网+监管 number', () => {
    expect(readInspectionRecord([seg('现场检查记录', RECORD)])).toEqual({
      kickoffMeeting: true,
      summaryMeeting: true,
      attendees: ['王建国（总经理）', '李红（安全管理人员）', '赵小兵（岗位操作人员）'],
      experts: ['刘明（化工安全专家）'],
      schemeId: '洪应急检方〔2025〕3号',
      supervisionNo: 'JX-JG-2025-000031',
    });
  });

  it('a record saying no summary meeting was held, experts 无', () => {
    const r = readInspectionRecord([seg('现场检查记录', '现场检查记录\n召开启动会后进行现场检查，因时间原因未召开总结会。\n检查专家：无\n')]);
    expect(r).toEqual({ kickoffMeeting: true, summaryMeeting: false });
  });

  it('the printed form without any of it: nothing read (unknown, not absent)', () => {
    expect(readInspectionRecord([seg('现场检查记录', '现场检查记录\n被检查单位：南昌恒达化工有限公司\n检查情况：未发现安全生产违法行为。')])).toEqual({});
  });

  it('other records (询问笔录) are not read for it', () => {
    expect(readInspectionRecord([seg('询问笔录', '询问笔录\n问：是否召开了启动会？答：召开了启动会。')])).toEqual({});
  });
});
