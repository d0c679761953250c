/**
 * Issue 22 classes 4 and 9: valid OOXML without r= references is read by position; bad shared-string
 * references are warnings with the cell address (not silently empty cells); a review sheet's deduction that
 * is a formula without a stored result is named as such (not `deduction "[object Object]"`).
 */
import { describe, it, expect } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { ingest } from '../../src/ingest/index.js';
import { rawXlsx, rowXml } from '../helpers/raw-xlsx.js';
import { ROOT, runInProcess, tmpDir } from '../helpers/cli.js';

const HEAD = ['案件编号', '执法单位', '决定日期'];

describe('cells and rows without r= (ECMA-376 §18.3.1.4, §18.3.1.73: optional)', () => {
  it('reads them by position, mixed with referenced cells that skip columns', async () => {
    const rows = [
      rowXml(1, HEAD, true),
      rowXml(2, ['（赣）应急罚〔2025〕1号', '南昌市应急管理局', '2025-02-10'], true),
      // a referenced row whose first cell skips to column B, then an unreferenced cell: column C
      '<row r="5"><c r="B5" t="inlineStr"><is><t>九江市应急管理局</t></is></c><c t="inlineStr"><is><t>2025-03-11</t></is></c></row>',
      // an unreferenced row after row 5 is row 6
      rowXml(6, ['（赣）应急罚〔2025〕3号', '赣州市应急管理局', '2025-04-12'], true),
    ].join('');
    const f = path.join(tmpDir(), 'no-refs.xlsx');
    writeFileSync(f, await rawXlsx([{ name: '案件', rows }]));
    const { dataset } = await ingest([f], { duplicates: 'reject' });
    expect(dataset.cases.map((c) => [c.id, c.unit, c.dates?.decided, c.source.row])).toEqual([
      ['（赣）应急罚〔2025〕1号', '南昌市应急管理局', '2025-02-10', 2],
      ['（赣）应急罚〔2025〕3号', '赣州市应急管理局', '2025-04-12', 6],
    ]);
    // row 5 has no case id in column A: a listed reject at its real row number
    expect(dataset.rejects).toEqual([expect.objectContaining({ row: 5 })]);
  });
});

describe('shared-string references out of range, negative or not a number', () => {
  it('each is a warning with the cell address and the raw reference; the rest of the row is kept', async () => {
    const rows = [
      rowXml(1, HEAD),
      '<row r="2"><c r="A2" t="s"><v>0</v></c><c r="B2" t="s"><v>7</v></c><c r="C2" t="s"><v>-1</v></c></row>',
      '<row r="3"><c r="A3" t="s"><v>1</v></c><c r="B3" t="s"><v>abc</v></c><c r="C3" t="inlineStr"><is><t>2025-05-01</t></is></c></row>',
    ].join('');
    const f = path.join(tmpDir(), 'bad-sst.xlsx');
    writeFileSync(f, await rawXlsx([{ name: '案件', rows }], { sharedStrings: ['（赣）应急罚〔2025〕1号', '（赣）应急罚〔2025〕2号'] }));
    const { dataset } = await ingest([f]);
    expect(dataset.cases.map((c) => c.id)).toEqual(['（赣）应急罚〔2025〕1号', '（赣）应急罚〔2025〕2号']);
    expect(dataset.cases[1]!.dates?.decided).toBe('2025-05-01');
    const w = dataset.warnings.map((x) => [x.row, x.column, x.value]);
    expect(w).toEqual([
      [2, 'B 执法单位', expect.stringMatching(/7.*2/)],
      [2, 'C 决定日期', expect.stringMatching(/-1/)],
      [3, 'B 执法单位', expect.stringMatching(/abc/)],
    ]);
  });

  it('thousands of them across the inflated chunks (a cell split between two chunks is still caught)', async () => {
    const rows = [rowXml(1, HEAD)];
    for (let i = 2; i <= 6001; i++) rows.push(`<row r="${i}"><c r="A${i}" t="s"><v>${i % 2}</v></c><c r="B${i}" t="s"><v>${1000 + i}</v></c></row>`);
    const f = path.join(tmpDir(), 'many-bad-sst.xlsx');
    writeFileSync(f, await rawXlsx([{ name: '案件', rows: rows.join('') }], { sharedStrings: ['（赣）应急罚〔2025〕1号', '（赣）应急罚〔2025〕2号'] }));
    const { dataset } = await ingest([f], { duplicates: 'reject' });
    expect(dataset.cases).toHaveLength(2);
    expect(dataset.rejects).toHaveLength(5998); // duplicate ids
    expect(dataset.warnings.filter((w) => w.column === 'B 执法单位')).toHaveLength(6000);
  });

  it('a workbook with no shared-strings part: every t="s" cell is flagged, none read as empty', async () => {
    const rows = [rowXml(1, HEAD), rowXml(2, ['（赣）应急罚〔2025〕1号', '南昌市应急管理局', '2025-02-10']), '<row r="3"><c r="A3" t="inlineStr"><is><t>（赣）应急罚〔2025〕2号</t></is></c><c r="B3" t="s"><v>0</v></c></row>'].join('');
    const f = path.join(tmpDir(), 'no-sst.xlsx');
    writeFileSync(f, await rawXlsx([{ name: '案件', rows }]));
    const { dataset } = await ingest([f]);
    expect(dataset.cases).toHaveLength(2);
    expect(dataset.warnings).toEqual([expect.objectContaining({ row: 3, column: 'B 执法单位' })]);
  });
});

describe('review sheets', () => {
  it('a deduction that is a formula without a stored result: exit 2 naming the row and the formula', async () => {
    const dir = tmpDir();
    const data = path.join(dir, 'three.json');
    const all = JSON.parse(readFileSync(path.join(ROOT, 'samples', 'json', 'province.json'), 'utf8'));
    writeFileSync(data, JSON.stringify({ ...all, cases: all.cases.slice(0, 3), schemes: [], rejects: [], warnings: [] }));
    const sheet = path.join(dir, 'review.xlsx');
    expect((await runInProcess(['worksheet', data, '-o', sheet, '-q'])).code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(sheet);
    const ws = wb.getWorksheet('评查表')!;
    const head = (ws.getRow(1).values as string[]).map((v) => String(v ?? '').split(' ')[0]);
    ws.getRow(2).getCell(head.indexOf('评查结论')).value = '不符合';
    ws.getRow(2).getCell(head.indexOf('扣分')).value = { formula: `${String.fromCharCode(64 + head.indexOf('分值'))}2/2` } as ExcelJS.CellFormulaValue;
    await wb.xlsx.writeFile(sheet);
    const r = await runInProcess(['score', data, '--reviews', sheet, '-o', path.join(dir, 'r.json'), '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.stderr).not.toContain('[object Object]');
    expect(r.stderr).toMatch(/row 2: the deduction is a formula without a calculated result "=G2\/2"/);
  });
});
