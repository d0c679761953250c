import { describe, it, expect, beforeAll } from 'vitest';
import path from 'node:path';
import { writeFileSync } from 'node:fs';
import { readXlsx } from '../../../src/ingest/excel/read-xlsx.js';
import { ingest } from '../../../src/ingest/index.js';
import { inEnglish, itEn } from '../../helpers/lang.js';
import { tmpDir } from '../../helpers/cli.js';
import { CASE_HEADERS, GOOD_CODE, titleRowsWorkbook, writeWorkbook } from '../../fixtures/excel/build.js';

let dir: string;
beforeAll(() => {
  dir = tmpDir('caseaudit-xlsx-');
});

describe('xlsx reader: header detection', () => {
  itEn('skips a merged title row and a blank row, reads the header on row 3', async () => {
    const r = await readXlsx(await titleRowsWorkbook(dir));
    expect(r.maps[0]!.plan!.headerRows).toEqual([3]);
    expect(r.cases.map((c) => c.id)).toEqual(['（赣洪）应急罚〔2025〕1号', '（赣洪）应急罚〔2025〕2号']);
    const [a, b] = r.cases;
    expect(a).toMatchObject({
      unit: '南昌市应急管理局',
      unitLevel: 'city',
      type: 'penalty',
      party: { name: '南昌某化工有限公司', creditCode: GOOD_CODE },
      violatedArticles: ['《安全生产法》第四十一条'],
      penaltyArticles: ['《安全生产法》第一百零二条', '第九十七条'],
      fine: 30000,
      officers: [{ name: '张三', certNo: '36010001' }, { name: '李四', certNo: '36010002' }],
      dates: { filed: '2025-03-08', decided: '2025-04-01' },
      creditPushed: true,
      source: { sheet: '案件清单', row: 4 },
    });
    expect(b).toMatchObject({ fine: 5000, officers: [{ name: '王五' }, { name: '赵六' }], dates: { filed: '2025-03-15', decided: '2025-04-02' }, creditPushed: false });
    expect(r.sheets).toEqual([{ sheet: '案件清单', rowsRead: 2, records: 2, rejects: 0 }]);
    expect(r.warnings).toEqual([]);
  });

  itEn('reads a two-row header whose group cells are merged (当事人 over 名称 | 统一社会信用代码)', async () => {
    const f = await writeWorkbook(path.join(dir, 'merged.xlsx'), [
      {
        name: 'Sheet1',
        merges: ['A1:E1', 'A2:A3', 'B2:C2', 'D2:E2'],
        rows: [
          ['案件汇总表'],
          ['案件编号', '当事人', null, '日期', null],
          [null, '名称', '统一社会信用代码', '立案', '决定'],
          ['A-1', '甲公司', GOOD_CODE, '2025-01-02', '2025-02-03'],
        ],
      },
    ]);
    const r = await readXlsx(f);
    expect(r.maps[0]!.plan!.headerRows).toEqual([2, 3]);
    expect(r.cases[0]).toMatchObject({ id: 'A-1', party: { name: '甲公司', creditCode: GOOD_CODE }, dates: { filed: '2025-01-02', decided: '2025-02-03' } });
  });

  itEn('reads English headers', async () => {
    const f = await writeWorkbook(path.join(dir, 'english.xlsx'), [
      { name: 'cases', rows: [['Case No', 'Unit', 'Party', 'Fine', 'Officers', 'Decision date'], ['E-1', 'Bureau', 'ACME Ltd', '12,000', 'Zhang; Li', '2025.3.8']] },
    ]);
    const r = await readXlsx(f);
    expect(r.cases[0]).toMatchObject({ id: 'E-1', unit: 'Bureau', party: { name: 'ACME Ltd' }, fine: 12000, officers: [{ name: 'Zhang' }, { name: 'Li' }], dates: { decided: '2025-03-08' } });
  });

  itEn('tells schemes from cases by their headers, and --kind forces it', async () => {
    const f = await writeWorkbook(path.join(dir, 'schemes.xlsx'), [
      {
        name: '方案',
        rows: [
          ['方案编号', '执法单位', '检查对象', '行业类别', '是否纳入年度计划', '检查方式', '检查内容', '检查人员', '专家', '检查日期', '启动会', '总结会'],
          ['FA-1', '某局', '某化工', '危险化学品', '是', '现场检查、查阅资料', '重大危险源，特殊作业（动火、受限空间）管理', '张三、李四', '王专家', '2025-05-06', '√', '×'],
        ],
      },
    ]);
    const r = await readXlsx(f);
    expect(r.cases).toEqual([]);
    expect(r.schemes[0]).toMatchObject({
      id: 'FA-1', target: '某化工', inAnnualPlan: true, methods: ['现场检查', '查阅资料'],
      items: ['重大危险源', '特殊作业（动火、受限空间）管理'], experts: ['王专家'], date: '2025-05-06', kickoffMeeting: true, summaryMeeting: false,
    });
  });
});

describe('xlsx reader: nothing lost', () => {
  itEn('rejects rows without an id and warns on unreadable cells, keeping the record', async () => {
    const f = await writeWorkbook(path.join(dir, 'messy.xlsx'), [
      {
        name: 'S',
        rows: [
          CASE_HEADERS,
          ['M-1', '某局', '县级', '行政处罚', '某公司', '91360100MA35F2XK7C', null, null, 'abc', '张三', null, '2025-02-30', '二〇二五年三月八日', '也许'],
          [null, '某局', null, null, '无编号公司'],
          [],
          ['M-2', '某局', null, null, null, '  — —  ', null, null, { formula: 'B1*2' }, null, null, { error: '#N/A' }, '20250308', '/'],
          ['合计', null, null, null, null, null, null, null, 8000],
        ],
      },
    ]);
    const r = await readXlsx(f);
    expect(r.cases.map((c) => c.id)).toEqual(['M-1', 'M-2', '合计']);
    expect(r.rejects).toEqual([{ file: f, sheet: 'S', row: 3, reason: 'no case number' }]);
    expect(r.sheets).toEqual([{ sheet: 'S', rowsRead: 4, records: 3, rejects: 1 }]);
    const m1 = r.cases[0]!;
    expect(m1.fine).toBeUndefined();
    expect(m1.dates).toEqual({ decided: '2025-03-08' });
    expect(m1.creditPushed).toBeUndefined();
    expect(m1.party?.creditCode).toBe('91360100MA35F2XK7C');
    const w = r.warnings.map((x) => `${x.row} ${x.column} ${x.value}`);
    expect(w).toEqual(expect.arrayContaining(['2 I 罚款金额 abc', '2 L 立案日期 2025-02-30', '2 N 信用推送 也许', '2 F 统一社会信用代码 91360100MA35F2XK7C', '5 I 罚款金额 =B1*2', '5 L 立案日期 #N/A']));
    for (const x of r.warnings) expect(x).toMatchObject({ file: f, sheet: 'S' });
    expect(r.cases[1]).toMatchObject({ id: 'M-2', dates: { decided: '2025-03-08' } });
    expect(r.cases[1]!.party).toBeUndefined();
  });

  itEn('warns when a cell already holds U+FFFD', async () => {
    const f = await writeWorkbook(path.join(dir, 'fffd.xlsx'), [{ name: 'S', rows: [['案件编号', '当事人'], ['F-1', '某\uFFFD公司']] }]);
    const r = await readXlsx(f);
    expect(r.cases[0]!.party!.name).toBe('某\uFFFD公司');
    expect(r.warnings).toHaveLength(1);
    expect(r.warnings[0]).toMatchObject({ row: 2, column: 'B 当事人', value: '某\uFFFD公司' });
    expect(r.warnings[0]!.reason).toContain('U+FFFD');
  });

  itEn('duplicate case numbers stop the import by default, and become rejects with --duplicates reject', async () => {
    const f = await writeWorkbook(path.join(dir, 'dups.xlsx'), [
      { name: 'S', rows: [['案件编号', '当事人'], ['（赣）应急罚〔2025〕1号', 'A'], ['(赣)应急罚[2025]1号', 'B'], ['X-2', 'C']] },
    ]);
    await expect(ingest([f])).rejects.toThrow(/duplicate case id .*row 3/);
    const r = await ingest([f], { duplicates: 'reject' });
    expect(r.dataset.cases.map((c) => c.party?.name)).toEqual(['A', 'C']);
    expect(r.dataset.rejects).toHaveLength(1);
    expect(r.dataset.rejects[0]).toMatchObject({ sheet: 'S', row: 3 });
    expect(r.inputs[0]!.sheets).toEqual([{ sheet: 'S', rowsRead: 3, records: 2, rejects: 1 }]);
  });

  itEn('with --duplicates reject, each input line counts its own records kept and rejected (JSON after Excel)', async () => {
    const f = await writeWorkbook(path.join(dir, 'first.xlsx'), [{ name: 'S', rows: [['案件编号', '当事人'], ['J-1', 'A'], ['J-2', 'B']] }]);
    const j = path.join(dir, 'second.json');
    writeFileSync(j, JSON.stringify({ schemaVersion: 1, cases: [{ id: 'J-2', source: { file: j } }, { id: 'J-3', source: { file: j } }], schemes: [], rejects: [], warnings: [] }));
    const r = await ingest([f, j], { duplicates: 'reject' });
    expect(r.counts).toEqual({ cases: 3, schemes: 0 });
    expect(r.inputs.map((i) => [i.records, i.rejects])).toEqual([[2, 0], [1, 1]]);
    expect(r.dataset.rejects).toEqual([expect.objectContaining({ file: j, value: 'J-2' })]);
  });
});
