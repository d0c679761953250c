import { describe, it, expect, beforeAll } from 'vitest';
import path from 'node:path';
import { writeFileSync } from 'node:fs';
import { readXlsx } from '../../../src/ingest/excel/read-xlsx.js';
import { ingest } from '../../../src/ingest/index.js';
import { describeColumns } from '../../../src/ingest/excel/print-map.js';
import { ConfigError } from '../../../src/errors.js';
import { inEnglish, itEn } from '../../helpers/lang.js';
import { tmpDir } from '../../helpers/cli.js';
import { GOOD_CODE, sgsWorkbook, writeWorkbook } from '../../fixtures/excel/build.js';

let dir: string;
beforeAll(() => {
  dir = tmpDir('caseaudit-fmt-');
});

describe('双公示/信用中国 export, no mapping file', () => {
  itEn('reads case number, party, credit code, facts, basis, decision date, unit and the fine in yuan', async () => {
    const r = await readXlsx(await sgsWorkbook(dir));
    expect(r.cases).toHaveLength(3);
    expect(r.cases[0]).toMatchObject({
      id: '九应急罚〔2025〕3号',
      unit: '九江市应急管理局',
      unitCreditCode: '11360400MB1234567A', // 处罚机关统一社会信用代码: places the unit (characters 3–8: 360400 九江市)
      party: { name: '九江某建材有限公司', kind: 'unit', creditCode: GOOD_CODE },
      facts: '该公司未对从业人员进行安全生产教育和培训',
      penaltyArticles: ['《中华人民共和国安全生产法》第九十七条第一项'],
      penaltyKinds: ['罚款'],
      fine: 2000,
      dates: { decided: '2021-08-02' },
    });
    expect(r.cases[1]).toMatchObject({ fine: 15000, dates: { decided: '2020-03-16' }, party: { creditCode: '91350100M000100Y43' } });
    expect(r.cases[2]!.fine).toBeUndefined();
    expect(r.cases[2]!.party).toEqual({ name: '个体户张某', kind: 'unit' });
    expect(r.warnings).toEqual([]);
    const map = await describeColumns([path.join(dir, 'shuanggongshi.xlsx')]);
    const fine = map[0]!.columns.find((c) => c.header === '罚款金额（万元）');
    expect(fine).toMatchObject({ field: 'fine', unit: 'wan', via: 'alias' });
    expect(map[0]!.columns.find((c) => c.header.startsWith('没收违法所得'))!.field).toBeNull();
  });
});

describe('--map mapping.json', () => {
  itEn('maps any header to a field, with a unit, and can drop a column', async () => {
    const f = await writeWorkbook(path.join(dir, 'custom.xlsx'), [
      { name: 'S', rows: [['序号', '案卷号', '被罚主体', '罚没款', '承办人', '备注'], [1, 'C-1', '某公司', '2.5', '甲、乙', '案件编号'], [2, 'C-2', '某厂', '0.1', '丙', '']] },
    ]);
    const map = path.join(dir, 'mapping.json');
    writeFileSync(map, JSON.stringify({ $comment: 'test', 案卷号: 'id', 被罚主体: 'party.name', 罚没款: 'fine:wan', 承办人: 'officers', 备注: 'ignore' }));
    const r = await ingest([f], { map });
    expect(r.dataset.cases).toEqual([
      expect.objectContaining({ id: 'C-1', party: { name: '某公司' }, fine: 25000, officers: [{ name: '甲' }, { name: '乙' }] }),
      expect.objectContaining({ id: 'C-2', fine: 1000 }),
    ]);
    const cols = await describeColumns([f], { map });
    expect(cols[0]!.columns.map((c) => [c.column, c.field, c.via ?? null])).toEqual([
      ['A', null, null], ['B', 'id', 'map'], ['C', 'party.name', 'map'], ['D', 'fine', 'map'], ['E', 'officers', 'map'], ['F', null, 'map'],
    ]);
  });

  itEn('an unknown field is a config error naming the header, before anything is read', async () => {
    const map = path.join(dir, 'bad-map.json');
    writeFileSync(map, JSON.stringify({ 案卷号: 'caseNumber' }));
    const err = await ingest([path.join(dir, 'nope.xlsx')], { map }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ConfigError);
    expect((err as Error).message).toContain('案卷号');
    expect((err as Error).message).toContain('caseNumber');
  });
});

describe('values seen in real exports', () => {
  itEn('reads officers with inline certificates, date lists, documents and enum labels', async () => {
    const f = await writeWorkbook(path.join(dir, 'officers.xlsx'), [
      {
        name: 'S',
        rows: [
          ['案件编号', '执法人员', '证件有效期至', '文书目录', '单位层级', '当事人类型', '移送司法', '罚款金额(元)'],
          ['O-1', '张三(36010001)、李四（36010002）', '2026-12-31；2025年6月30日', '立案审批表\n询问笔录\n行政处罚决定书', '县级', '个人', '无', '￥30,000.00'],
        ],
      },
    ]);
    const r = await readXlsx(f);
    expect(r.cases[0]).toMatchObject({
      officers: [{ name: '张三', certNo: '36010001', certValidUntil: '2026-12-31' }, { name: '李四', certNo: '36010002', certValidUntil: '2025-06-30' }],
      documents: [{ title: '立案审批表' }, { title: '询问笔录' }, { title: '行政处罚决定书' }],
      unitLevel: 'county',
      party: { kind: 'individual' },
      referredToJudiciary: false,
      fine: 30000,
    });
    expect(r.warnings).toEqual([]);
  });

  itEn('reads several sheets, each with its own header and kind; a notes sheet is a warning, not data', async () => {
    const f = await writeWorkbook(path.join(dir, 'multi.xlsx'), [
      { name: '说明', rows: [['本表由系统导出'], ['请勿修改']] },
      { name: '案件', rows: [['案件编号', '当事人'], ['K-1', '甲']] },
      { name: '方案', rows: [['方案编号', '检查对象'], ['P-1', '乙']] },
    ]);
    const r = await readXlsx(f);
    expect(r.cases.map((c) => c.id)).toEqual(['K-1']);
    expect(r.schemes.map((s) => s.id)).toEqual(['P-1']);
    expect(r.sheets!.map((s) => s.sheet)).toEqual(['案件', '方案']);
    expect(r.warnings).toEqual([expect.objectContaining({ sheet: '说明', reason: expect.stringMatching(/no recognisable header/) })]);
  });
});
