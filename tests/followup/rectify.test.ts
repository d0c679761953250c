/** Rectification notices and feedback workbooks per unit, from an independently written results fixture. */
import { describe, expect, it, beforeAll } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import ExcelJS from 'exceljs';
import { runRectify, deadlineAfter, type RectifyResult } from '../../src/api/rectify.js';
import { ROOT, tmpDir } from '../helpers/cli.js';

const FIX = path.join(ROOT, 'tests', 'fixtures', 'followup');
const RESULTS = path.join(FIX, 'results-2025H2.json');
const DATE = new Date('2025-09-26T00:00:00Z');

async function docxText(file: string): Promise<string> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  const xml = await zip.file('word/document.xml')!.async('string');
  return xml.replace(/<w:p[ >][^]*?<\/w:p>/g, (p) => `${p.replace(/<[^>]+>/g, '')}\n`).replace(/<[^>]+>/g, '');
}

describe('deadline on working days (行政处罚法 第八十五条 counting, holiday calendar)', () => {
  it('skips the 2025 National Day holiday and counts the make-up Saturday and Sunday', () => {
    // 2025-09-26 (Fri) + 10 working days: 9-28 (make-up Sun), 9-29, 9-30, [10-01…10-08 off], 10-09, 10-10, 10-11 (make-up Sat), 10-13…10-16
    expect(deadlineAfter('2025-09-26', 10)).toBe('2025-10-16');
    expect(deadlineAfter('2025-07-01', 30)).toBe('2025-08-12');
  });

  it('a year the calendar lacks is an error naming the year, not a guess', () => {
    expect(() => deadlineAfter('2026-12-01', 30)).toThrow(/2027/);
  });
});

describe('caseaudit rectify: notices and feedback workbooks', () => {
  let out: string;
  let r: RectifyResult;
  beforeAll(async () => {
    out = tmpDir('rectify-');
    r = await runRectify({ results: RESULTS, outDir: out, deadlineDays: 10, issuer: '江西省应急管理厅执法监督处', period: '2025年下半年', lang: 'zh', date: DATE });
  });

  it('writes one notice (docx + html) and one workbook per unit with findings, none for a unit without', () => {
    expect(r.units.map((u) => [u.unit, u.findings, u.files])).toEqual([
      ['九江市应急管理局', 1, 1],
      ['南昌市应急管理局', 4, 2],
      ['（未注明单位）', 1, 1],
    ]);
    const names = readdirSync(out).sort();
    expect(names).toContain('南昌市应急管理局.docx');
    expect(names).toContain('南昌市应急管理局.html');
    expect(names.some((n) => n.startsWith('赣州市'))).toBe(false);
    expect(readdirSync(path.join(out, 'feedback')).sort()).toEqual(['九江市应急管理局.xlsx', '南昌市应急管理局.xlsx', '（未注明单位）.xlsx']);
    expect(r.deadline).toBe('2025-10-16');
    expect(existsSync(path.join(out, 'circular-draft.docx'))).toBe(false); // no thresholds configured
  });

  it('the notice names every file and finding with its basis, the measure and the deadline', async () => {
    const text = await docxText(path.join(out, '南昌市应急管理局.docx'));
    expect(text).toContain('整改通知书');
    expect(text).toContain('南昌市应急管理局：');
    expect(text).toContain('案卷 洪应急罚〔2025〕31号');
    expect(text).toContain('执法人员仅 1 人，少于两人（否决项）。依据：《中华人民共和国行政处罚法》第四十二条');
    expect(text).toContain('建议措施：执法时安排两名以上持证执法人员');
    expect(text).toContain('2025年10月16日前');
    expect(text).toContain('10 个工作日');
    expect(text).not.toContain('洪应急罚〔2025〕41号'); // a file without findings is not listed
    expect(text).toContain('江西省应急管理厅执法监督处');
    expect(text).toContain('2025年9月26日');
  });

  it('the HTML notice escapes case text', () => {
    const html = readFileSync(path.join(out, '（未注明单位）.html'), 'utf8');
    expect(html).not.toContain('<script>alert');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('the workbook: one row per finding, hidden id, protected except the fill-in columns, status dropdown, instructions sheet', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(out, 'feedback', '南昌市应急管理局.xlsx'));
    const ws = wb.getWorksheet('整改反馈')!;
    const head = (ws.getRow(1).values as unknown[]).slice(1);
    expect(head).toEqual(['编号', '执法单位', '案卷', '问题', '依据', '建议措施', '整改期限', '整改措施', '整改完成日期', '佐证材料', '整改状态']);
    expect(ws.rowCount).toBe(5);
    expect(ws.getColumn(1).hidden).toBe(true);
    const ids = [2, 3, 4, 5].map((n) => String(ws.getRow(n).getCell(1).value));
    expect(new Set(ids).size).toBe(4); // the two identical publication-late findings get distinct ids
    expect(ids.every((id) => /^R[0-9a-f]{12}(-\d+)?$/.test(id))).toBe(true);
    const protection = (ws as unknown as { sheetProtection: Record<string, unknown> }).sheetProtection;
    expect(protection.sheet).toBe(true);
    expect(protection.autoFilter).toBe(true);
    const row = ws.getRow(2);
    for (const c of [8, 9, 10, 11]) expect(row.getCell(c).protection?.locked).toBe(false);
    for (const c of [1, 2, 3, 4, 5, 6, 7]) expect(row.getCell(c).protection?.locked).not.toBe(false);
    expect(row.getCell(11).dataValidation).toMatchObject({ type: 'list', formulae: ['"已整改,整改中,未整改"'] });
    expect(row.getCell(7).value).toBe('2025-10-16');
    expect(String(wb.getWorksheet('说明')!.getCell('A1').value)).toContain('整改期限：2025-10-16');
    expect(wb.getWorksheet('caseaudit')!.state).toBe('veryHidden');
  });

  it('a formula-looking message stays text in the workbook', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(out, 'feedback', '（未注明单位）.xlsx'));
    const v = wb.getWorksheet('整改反馈')!.getRow(2).getCell(4).value;
    expect(typeof v).toBe('string');
    expect(v).toContain('=HYPERLINK');
  });

  it('is byte-reproducible for a fixed date', async () => {
    const again = tmpDir('rectify-again-');
    await runRectify({ results: RESULTS, outDir: again, deadlineDays: 10, issuer: '江西省应急管理厅执法监督处', period: '2025年下半年', lang: 'zh', date: DATE });
    for (const f of ['南昌市应急管理局.docx', 'feedback/南昌市应急管理局.xlsx', 'rectify.json']) {
      expect(readFileSync(path.join(again, f)).equals(readFileSync(path.join(out, f)))).toBe(true);
    }
  });

  it('never overwrites a workbook a unit filled in; blank ones of an earlier run are replaced; --force overrides', async () => {
    const d = tmpDir('rectify-keep-');
    await runRectify({ results: RESULTS, outDir: d, deadlineDays: 10, lang: 'zh', date: DATE });
    await runRectify({ results: RESULTS, outDir: d, deadlineDays: 20, lang: 'zh', date: new Date('2025-09-29T00:00:00Z') }); // blank: replaced
    const file = path.join(d, 'feedback', '九江市应急管理局.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    wb.getWorksheet('整改反馈')!.getRow(2).getCell(11).value = '已整改';
    await wb.xlsx.writeFile(file);
    const returned = readFileSync(file);
    await expect(runRectify({ results: RESULTS, outDir: d, deadlineDays: 10, lang: 'zh', date: DATE })).rejects.toThrow(/已有填写过的整改反馈表/);
    expect(readFileSync(file).equals(returned)).toBe(true);
    expect(readFileSync(path.join(d, 'rectify.json'), 'utf8')).toContain('"deadlineDays": 20'); // nothing of the refused run was written
    await runRectify({ results: RESULTS, outDir: d, deadlineDays: 10, lang: 'zh', date: DATE, force: true });
    expect(readFileSync(file).equals(returned)).toBe(false);
  });

  it('results without findings: no notice, no workbook, only the index saying so', async () => {
    const d = tmpDir('rectify-clean-');
    const clean = JSON.parse(readFileSync(RESULTS, 'utf8'));
    clean.files = clean.files.filter((f: { findings: unknown[] }) => !f.findings.length);
    const file = path.join(d, 'results.json');
    (await import('node:fs')).writeFileSync(file, JSON.stringify(clean));
    const out = path.join(d, 'out');
    const r = await runRectify({ results: file, outDir: out, lang: 'zh', date: DATE });
    expect(r.units).toEqual([]);
    expect(readdirSync(out)).toEqual(['rectify.json']);
  });
});
