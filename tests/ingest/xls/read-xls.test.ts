import { describe, it, expect } from 'vitest';
import { copyFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { readXls } from '../../../src/ingest/xls/read-xls.js';
import { ROOT, tmpDir } from '../../helpers/cli.js';

const TWINS = path.join(ROOT, 'tests/fixtures/ingest/twins');

describe('readXls', () => {
  it('reads an Excel 97-2003 workbook written by LibreOffice: sheet name, dates from date-formatted numbers, strings as written', async () => {
    const r = await readXls(path.join(TWINS, 'cases.xls'));
    expect(r.kind).toBe('xls');
    expect(r.sheets).toEqual([{ sheet: '案件导出', rowsRead: 12, records: 12, rejects: 0 }]);
    expect(r.cases[0]).toMatchObject({ id: '景应急检〔2025〕2号', dates: { filed: '2025-01-06', closed: '2025-02-10', rectificationDeadline: '2025-01-26' } });
  });

  it('an .xlsx or a CSV named .xls (as some systems export) is read as what it is, with a warning', async () => {
    const dir = tmpDir();
    const xlsx = path.join(dir, 'renamed.xls');
    copyFileSync(path.join(TWINS, 'cases.xlsx'), xlsx);
    const a = await readXls(xlsx);
    expect(a.cases).toHaveLength(12);
    expect(a.warnings[0]!.reason).toMatch(/\.xlsx/);
    const csv = path.join(dir, 'text.xls');
    writeFileSync(csv, '案件编号\t当事人\t执法单位\n1号\t甲公司\t某局\n');
    const b = await readXls(csv);
    expect(b.cases).toEqual([expect.objectContaining({ id: '1号', unit: '某局' })]);
    expect(b.warnings[0]!.reason).toMatch(/CSV/);
  });

  it('a web-page ".xls" (HTML table): long digit strings and dates stay as written; a table without a header is an error naming the file', async () => {
    const dir = tmpDir();
    const html = path.join(dir, 'page.xls');
    writeFileSync(html, '<html><head><meta charset="utf-8"></head><body><table><tr><td>案件编号</td><td>当事人</td><td>统一社会信用代码</td><td>处罚决定日期</td></tr><tr><td>1号</td><td>张三</td><td>913601001234567890</td><td>2025/3/8</td></tr></table></body></html>');
    const r = await readXls(html);
    expect(r.cases[0]).toMatchObject({ id: '1号', party: { name: '张三', creditCode: '913601001234567890' }, dates: { decided: '2025-03-08' } });
    const bare = path.join(dir, 'bare.xls');
    writeFileSync(bare, '<html><body><table><tr><td>甲</td><td>乙</td></tr></table></body></html>');
    await expect(readXls(bare)).rejects.toThrow(/bare\.xls/);
  });

  it('random bytes and a broken OLE file are input errors naming the file with the LibreOffice command', async () => {
    const dir = tmpDir();
    const junk = path.join(dir, 'junk.xls');
    writeFileSync(junk, Buffer.from([0, 1, 2, 3, 0, 255, 0, 7]));
    await expect(readXls(junk)).rejects.toThrow(/junk\.xls/);
    const broken = path.join(dir, 'broken.xls');
    writeFileSync(broken, Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(600, 7)]));
    await expect(readXls(broken)).rejects.toThrow(/broken\.xls/);
    await expect(readXls(broken)).rejects.toMatchObject({ hint: expect.stringContaining('libreoffice --headless --convert-to xlsx') });
  });
});
