import { describe, it, expect } from 'vitest';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { ingest } from '../../../src/ingest/index.js';
import { tmpDir } from '../../helpers/cli.js';

/** A valid workbook whose xl/workbook.xml is the last zip entry (zip order is free; exceljs's reader assumed it). */
async function lateWorkbookPart(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('案件台账');
  ws.addRow(['案件编号', '执法单位', '决定日期']);
  ws.addRow(['（赣）应急罚〔2025〕1号', '南昌市应急管理局', '2025-02-10']);
  ws.addRow(['（赣）应急罚〔2025〕2号', '九江市应急管理局', '2025-03-11']);
  const src = await JSZip.loadAsync(Buffer.from(await wb.xlsx.writeBuffer()));
  const names = Object.keys(src.files).filter((n) => !src.files[n]!.dir);
  const first = ['[Content_Types].xml', '_rels/.rels', 'xl/_rels/workbook.xml.rels', 'xl/sharedStrings.xml'];
  const order = [...first.filter((n) => names.includes(n)), ...names.filter((n) => !first.includes(n) && n !== 'xl/workbook.xml'), 'xl/workbook.xml'];
  const out = new JSZip();
  for (const n of order) out.file(n, await src.file(n)!.async('uint8array'));
  return out.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

describe('xlsx zip entry order', () => {
  it('reads a workbook whose workbook part comes after the worksheets, with its sheet name', async () => {
    const f = path.join(tmpDir(), 'late-workbook.xlsx');
    writeFileSync(f, await lateWorkbookPart());
    const { dataset, inputs } = await ingest([f]);
    expect(dataset.cases.map((c) => c.id)).toEqual(['（赣）应急罚〔2025〕1号', '（赣）应急罚〔2025〕2号']);
    expect(dataset.cases[1]!.dates?.decided).toBe('2025-03-11');
    expect(inputs[0]!.sheets?.[0]).toMatchObject({ sheet: '案件台账', rowsRead: 2, records: 2, rejects: 0 });
  });
});
