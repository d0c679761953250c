// Generates the table-format twins in tests/fixtures/ingest/twins/ (committed, so tests need no office suite):
//   node scripts/generate-ingest-fixtures.mjs
// One case list, as an enforcement system exports it (title row, blank row, 案卷号 / 立案时间 headers, a fact
// with a line break), written as .xlsx by exceljs, then converted by LibreOffice (soffice) to .xls (BIFF8,
// "MS Excel 97"), to CSV and to an HTML table named .xls (GBK); the GBK CSV is the UTF-8 one re-encoded by iconv, as Excel/WPS on Chinese Windows
// save "CSV (逗号分隔)" in code page 936. Needs libreoffice (soffice) and iconv.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';

const OUT = path.resolve('tests/fixtures/ingest/twins');
const ROWS = 12;
fs.mkdirSync(OUT, { recursive: true });

const src = new ExcelJS.Workbook();
await src.xlsx.readFile('samples/xlsx/cases.xlsx');
const ws = src.worksheets[0];
const header = ws.getRow(3).values.slice(1).map((h) => ({ 案件编号: '案卷号', 立案日期: '立案时间', 决定日期: '处罚决定日期' })[h] ?? h);
const rows = [];
for (let r = 4; r < 4 + ROWS; r++) rows.push(ws.getRow(r).values.slice(1));
const factsCol = header.indexOf('违法事实');
rows[0][factsCol] = String(rows[0][factsCol]).replace('发现以下问题：', '发现以下问题：\n'); // a line break inside a quoted CSV field
rows[1][factsCol] = `${rows[1][factsCol]}（当事人称"不知情"）`; // quotes inside a field

const wb = new ExcelJS.Workbook();
const out = wb.addWorksheet('案件导出');
out.addRow(['某市应急管理局行政执法案件导出（2025年）']);
out.mergeCells(1, 1, 1, header.length);
out.addRow([]);
out.addRow(header);
for (const r of rows) {
  const row = out.addRow(r);
  row.eachCell((cell) => {
    if (cell.value instanceof Date) cell.numFmt = 'yyyy-mm-dd';
  });
}
const xlsx = path.join(OUT, 'cases.xlsx');
await wb.xlsx.writeFile(xlsx);

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'caseaudit-fixtures-'));
const soffice = (target) => execFileSync('soffice', [`-env:UserInstallation=file://${tmp}/profile`, '--headless', '--convert-to', target, '--outdir', tmp, xlsx], { stdio: 'ignore' });
soffice('xls:MS Excel 97');
fs.copyFileSync(path.join(tmp, 'cases.xls'), path.join(OUT, 'cases.xls'));
// 44 = comma, 34 = double quote, 76 = UTF-8
soffice('csv:Text - txt - csv (StarCalc):44,34,76,1');
const utf8 = fs.readFileSync(path.join(tmp, 'cases.csv'));
fs.writeFileSync(path.join(OUT, 'cases-utf8-bom.csv'), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8]));
fs.writeFileSync(path.join(OUT, 'cases-gbk.csv'), execFileSync('iconv', ['-f', 'UTF-8', '-t', 'GB18030', path.join(tmp, 'cases.csv')]));
// 9 = tab
soffice('csv:Text - txt - csv (StarCalc):9,34,76,1');
fs.copyFileSync(path.join(tmp, 'cases.csv'), path.join(OUT, 'cases-tab.tsv'));
// a web system's "Excel export": an HTML table in GBK, declared by its meta tag, named .xls
soffice('html:HTML (StarCalc)');
const html = fs.readFileSync(path.join(tmp, 'cases.html'), 'utf8').replace('charset=utf-8', 'charset=gb2312');
fs.writeFileSync(path.join(tmp, 'page.html'), html);
fs.writeFileSync(path.join(OUT, 'cases-html.xls'), execFileSync('iconv', ['-f', 'UTF-8', '-t', 'GB18030', path.join(tmp, 'page.html')]));
fs.rmSync(tmp, { recursive: true, force: true });
console.log(`wrote ${fs.readdirSync(OUT).join(', ')} to ${OUT}`);
