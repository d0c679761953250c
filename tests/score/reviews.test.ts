import { describe, it, expect } from 'vitest';
import ExcelJS from 'exceljs';
import path from 'node:path';
import { writeFileSync } from 'node:fs';
import { evaluateCases, scoreCases } from '../../src/score/index.js';
import { buildWorksheet } from '../../src/score/worksheet.js';
import { readReviewSheet, readReviewSheets } from '../../src/score/read-reviews.js';
import { InputError } from '../../src/errors.js';
import { schemaValidator } from '../../src/model/validate.js';
import { cleanCase, withPatch } from '../checklist/rule-tester.js';
import { tmpDir } from '../helpers/cli.js';

const cases = () => [withPatch({ id: '=A-1', creditPushed: false }), withPatch({ id: 'A-2', status: 'needs-ocr' })];

/** Write the worksheet, let a "reviewer" fill rows (by case id + item id), save it under a name. */
async function reviewed(name: string, fill: Record<string, [string, number | '', string, string?]>): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await buildWorksheet(evaluateCases(cases()))) as unknown as ArrayBuffer);
  const ws = wb.getWorksheet('评查表')!;
  ws.eachRow((row, n) => {
    if (n === 1) return;
    const key = `${row.getCell(1).value}|${row.getCell(4).value}`;
    const f = fill[key];
    if (!f) return;
    row.getCell(13).value = f[0];
    row.getCell(14).value = f[1] === '' ? null : f[1];
    row.getCell(15).value = f[2];
    if (f[3]) row.getCell(16).value = f[3];
  });
  const file = path.join(tmpDir(), `${name}.xlsx`);
  writeFileSync(file, Buffer.from(await wb.xlsx.writeBuffer()));
  return file;
}

describe('reviewer worksheet round trip', () => {
  it('writes one row per file × item with automatic results, dropdowns and provenance; ids stay text', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await buildWorksheet(evaluateCases(cases()))) as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('评查表')!;
    // header, then per file a band (case number and unit) and its 35 items (penalty checklist), then the signature line
    expect(ws.rowCount).toBe(1 + (1 + 35) * 2 + 3);
    const rows = ws.getRows(2, ws.rowCount - 1)!;
    const bands = rows.filter((r) => String(r.getCell(5).value ?? '').includes('案号：'));
    expect(bands.map((r) => r.getCell(1).value)).toEqual(['=A-1', 'A-2']);
    expect(String(ws.getRow(ws.rowCount).getCell(5).value)).toMatch(/评查人（签字）：_+.*日期：.*复核人（签字）/);
    // printed: one page wide, landscape, header row on every page, page X / Y; ids kept in hidden columns
    expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '1:1' });
    expect(ws.headerFooter.oddFooter).toContain('第 &P 页 / 共 &N 页');
    expect(ws.getColumn(4).hidden).toBe(true);
    expect(ws.getRow(1).getCell(6).value).toBe('评查项目');
    const credit = rows.find((r) => r.getCell(4).value === 'credit-push-missing' && r.getCell(1).value === '=A-1')!;
    expect(credit.getCell(1).type).toBe(ExcelJS.ValueType.String); // "=A-1" is text, not a formula
    expect(credit.getCell(10).value).toBe('发现问题');
    expect(credit.getCell(11).value).toBe(2);
    expect(credit.getCell(13).dataValidation).toMatchObject({ type: 'list', formulae: ['"符合,不符合,不适用"'] });
    expect(credit.getCell(5).value).toBe('程序');
    expect(credit.getCell(17).value).toBe('cases.json，第 1 行');
    const manual = rows.find((r) => r.getCell(4).value === 'discretion-benchmark')!;
    expect(manual.getCell(10).value).toBe('待评查');
  });

  it('merges reviewer entries: overrides and additions are recorded, scores follow', async () => {
    const file = await reviewed('王审', {
      '=A-1|credit-push-missing': ['符合', '', '已在平台查到推送记录'],
      '=A-1|discretion-benchmark': ['不符合', 2, '未说明裁量理由'],
      'A-2|facts-missing': ['不符合', '', '扫描件中无违法事实'],
    });
    const entries = await readReviewSheet(file);
    const rows = evaluateCases(cases()).reduce((n, st) => n + st.items.length, 0);
    expect(entries.filter((e) => e.implicit).length).toBe(rows - 3); // blank rows: the reviewer kept the automatic result
    expect(entries.filter((e) => !e.implicit).map((e) => [e.caseId, e.itemId, e.verdict, e.reviewer])).toEqual([
      ['=A-1', 'credit-push-missing', 'pass', '王审'],
      ['=A-1', 'discretion-benchmark', 'defect', '王审'],
      ['A-2', 'facts-missing', 'defect', '王审'],
    ]);
    const r = scoreCases(cases(), { reviews: entries });
    const [a, b] = r.files;
    expect(a!.score).toBe(98);
    expect(a!.findings.map((f) => [f.ruleId, f.origin, f.deduction, f.message])).toEqual([['discretion-benchmark', 'review', 2, '未说明裁量理由']]);
    expect(a!.overrides.map((o) => [o.itemId, o.verdict, o.before.status, o.after.deduction])).toEqual([
      ['credit-push-missing', 'pass', 'findings', 0],
      ['discretion-benchmark', 'defect', 'manual-pending', 2],
    ]);
    expect(a!.manualPending).toEqual(['documents-correct', 'archive-complete']);
    expect(b).toMatchObject({ vetoed: true, score: 0 });
    expect(b!.notChecked).not.toContain('facts-missing');
    expect(schemaValidator('results')(r)).toBe(true);
  });

  it('lists disagreements between two reviewers (交叉评查): no sheet wins, the file stays 待定 until the chair rules', async () => {
    const one = await reviewed('甲', { '=A-1|discretion-benchmark': ['不符合', 2, '裁量偏重'], '=A-1|documents-correct': ['符合', '', ''] });
    const two = await reviewed('乙', { '=A-1|discretion-benchmark': ['符合', '', ''], '=A-1|documents-correct': ['符合', '', '', '乙'] });
    for (const order of [[one, two], [two, one]]) {
      const r = scoreCases(cases(), { reviews: await readReviewSheets(order) });
      expect(r.disagreements).toHaveLength(1);
      expect(r.disagreements[0]!.itemId).toBe('discretion-benchmark');
      expect(r.disagreements[0]!.entries.map((e) => [e.reviewer, e.verdict, e.deduction])).toEqual([['乙', 'pass', 0], ['甲', 'defect', 2]]);
      expect(r.disagreements[0]!.ruling).toBeUndefined();
      expect(r.summary).toMatchObject({ disagreements: 1, unresolved: 1 });
      const a = r.files[0]!;
      // the most lenient entry counts meanwhile: the score is the best the file can still get, and it is not graded
      expect(a.findings.find((f) => f.itemId === 'discretion-benchmark')).toBeUndefined();
      expect(a).toMatchObject({ final: false, grade: 'provisional', unresolved: ['discretion-benchmark'] });
      expect(a.provisionalReasons).toContain('disagreement');
    }
    // the chair's sheet rules: recorded as the chair's, and the disagreement keeps both reviewers' entries
    const chair = await reviewed('组长', { '=A-1|discretion-benchmark': ['不符合', 1, '裁量理由不充分'] });
    const r = scoreCases(cases(), { reviews: await readReviewSheets([one, two], [chair]) });
    expect(r.disagreements[0]!.ruling).toMatchObject({ reviewer: '组长', verdict: 'defect', deduction: 1 });
    expect(r.summary.unresolved).toBe(0);
    const a = r.files[0]!;
    expect(a.findings.find((f) => f.itemId === 'discretion-benchmark')?.deduction).toBe(1);
    expect(a.overrides.find((o) => o.itemId === 'discretion-benchmark')).toMatchObject({ reviewer: '组长', resolution: 'chair', after: { deduction: 1 } });
    expect(a.unresolved).toEqual([]);
    expect(schemaValidator('results')(r)).toBe(true);
  });

  it('rejects a bad verdict or an unknown case, naming sheet and row', async () => {
    const bad = await reviewed('x', { '=A-1|facts-missing': ['maybe', '', ''] });
    await expect(readReviewSheet(bad)).rejects.toThrow(/row \d+|第 \d+ 行/);
    const file = await reviewed('y', { 'A-2|facts-missing': ['符合', '', ''] });
    const entries = await readReviewSheet(file);
    expect(() => scoreCases([cleanCase()], { reviews: entries })).toThrow(InputError);
  });
});
