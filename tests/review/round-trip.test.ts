/**
 * The cross-review round trip as a supervision office runs it, through the CLI: draw → assign → one sheet per
 * reviewer → two reviewers fill their sheets (with a disagreement) → merge → adjudication → the chair's ruling.
 */
import { describe, it, expect, beforeAll } from 'vitest';
import ExcelJS from 'exceljs';
import path from 'node:path';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { runInProcess, tmpDir } from '../helpers/cli.js';
import { withPatch } from '../checklist/rule-tester.js';
import { schemaValidator } from '../../src/model/validate.js';
import type { ScoreResult } from '../../src/score/types.js';

const UNITS = ['南昌市应急管理局', '九江市应急管理局', '赣州市应急管理局'];
let dir: string;
const at = (f: string) => path.join(dir, f);

/** An item row of a worksheet (not the header, not the band naming a case above its items). */
const isItem = (row: ExcelJS.Row, n: number): boolean => n > 1 && Boolean(row.getCell(4).value);

/** Fill a reviewer's sheet: every manual item 符合, except the rows given (case id → [verdict, deduction]). */
async function fillSheet(file: string, except: Record<string, [string, number?]>, item = 'discretion-benchmark'): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.getWorksheet('评查表')!;
  ws.eachRow((row, n) => {
    if (!isItem(row, n) || row.getCell(9).value !== '人工') return;
    const id = String(row.getCell(1).value);
    const e = row.getCell(4).value === item ? except[id] : undefined;
    row.getCell(13).value = e ? e[0] : '符合';
    if (e?.[1] !== undefined) row.getCell(14).value = e[1];
    if (e?.[0] === '不符合') row.getCell(15).value = '未说明裁量理由';
  });
  await wb.xlsx.writeFile(file);
}

describe('cross-review round trip (CLI)', () => {
  beforeAll(async () => {
    dir = tmpDir();
    // six clean penalty files, two per unit
    const cases = Array.from({ length: 6 }, (_, i) => withPatch({ id: `应急罚〔2025〕${i + 1}号`, unit: UNITS[i % 3], source: { file: 'cases.json', row: i + 1 } }));
    writeFileSync(at('cases.json'), JSON.stringify({ schemaVersion: 1, cases, schemes: [], rejects: [], warnings: [] }));
    writeFileSync(at('reviewers.json'), JSON.stringify({ reviewers: UNITS.map((unit, i) => ({ name: ['王敏', '李强', '陈静'][i], unit })) }));
    const s = await runInProcess(['sample', at('cases.json'), '--rate', '100%', '--strata', 'none', '--seed', '7', '-o', at('manifest.json'), '--no-xlsx', '-q']);
    expect(s.code, s.stderr).toBe(0);
    const a = await runInProcess(['assign', at('manifest.json'), at('cases.json'), '--reviewers', at('reviewers.json'), '--seed', '2025', '--per-file', '2', '-o', at('assignment.json'), '-q']);
    expect(a.code, a.stderr).toBe(0);
  });

  it('assigns two reviewers per file, never of the file’s own unit, loads 4/4/4; verify re-runs it; a changed list is caught', async () => {
    const a = JSON.parse(readFileSync(at('assignment.json'), 'utf8'));
    expect(schemaValidator('assignment')(a)).toBe(true);
    const unitOf = Object.fromEntries(a.reviewers.map((r: { name: string; unit: string }) => [r.name, r.unit]));
    for (const f of a.files) {
      expect(f.reviewers).toHaveLength(2);
      for (const r of f.reviewers) expect(unitOf[r]).not.toBe(f.unit);
    }
    expect(a.reviewers.map((r: { load: number }) => r.load)).toEqual([4, 4, 4]);
    // the printable list: a cover with the seed and the assignment hash, the files, the reviewers with a signature column
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(at('assignment.xlsx'));
    expect(wb.worksheets.map((w) => w.name)).toEqual(['封面', '分配表', '评查人']);
    const cover = wb.getWorksheet('封面')!.getSheetValues().map((r) => (Array.isArray(r) ? r.slice(1).join(' ') : '')).join('\n');
    expect(cover).toContain(a.assignmentHash);
    expect(cover).toContain('2025');
    const table = wb.getWorksheet('分配表')!;
    expect(table.rowCount).toBe(1 + a.files.length);
    expect(table.getRow(2).values).toEqual([undefined, 1, a.files[0].id, a.files[0].unit, ...a.files[0].reviewers]);
    expect(wb.getWorksheet('评查人')!.getRow(1).values).toEqual([undefined, '姓名', '单位', '案卷数', '签字']);
    expect((await runInProcess(['verify', at('assignment.json'), at('cases.json'), '-q'])).code).toBe(0);
    const list = readFileSync(at('reviewers.json'), 'utf8');
    writeFileSync(at('reviewers.json'), list.replace('陈静', '陈晶'));
    const v = await runInProcess(['verify', at('assignment.json'), at('cases.json')]);
    writeFileSync(at('reviewers.json'), list);
    expect(v.code).toBe(1);
    expect(v.stdout).toMatch(/reviewers-changed/);
    // tampering with the file itself — a reviewer swapped, a load changed — is exit 2, before any re-run
    const text = readFileSync(at('assignment.json'), 'utf8');
    const t = JSON.parse(text);
    const other = t.reviewers.map((r: { name: string }) => r.name).find((n: string) => !t.files[0].reviewers.includes(n));
    t.files[0].reviewers[0] = other;
    writeFileSync(at('tampered.json'), JSON.stringify(t));
    const x = await runInProcess(['verify', at('tampered.json'), at('cases.json')]);
    expect(x.code).toBe(2);
    expect(x.stderr).toMatch(/assignmentHash|一致/);
    const u = JSON.parse(text);
    u.reviewers[0].load += 1;
    writeFileSync(at('tampered.json'), JSON.stringify(u));
    expect((await runInProcess(['verify', at('tampered.json'), at('cases.json')])).code).toBe(2);
  });

  it('writes one sheet per reviewer with only their files, and never overwrites a filled one without --force', async () => {
    const w = await runInProcess(['worksheet', '--assignment', at('assignment.json'), '-o', at('sheets'), '-q']);
    expect(w.code, w.stderr).toBe(0);
    expect(readdirSync(at('sheets')).sort()).toEqual(['李强.xlsx', '王敏.xlsx', '陈静.xlsx']);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(at('sheets/王敏.xlsx'));
    const ids = new Set<string>();
    wb.getWorksheet('评查表')!.eachRow((row, n) => {
      if (!isItem(row, n)) return;
      ids.add(String(row.getCell(2).value));
      expect(row.getCell(16).value).toBe('王敏');
    });
    expect([...ids]).not.toContain('南昌市应急管理局');
    await fillSheet(at('sheets/王敏.xlsx'), {});
    const again = await runInProcess(['worksheet', '--assignment', at('assignment.json'), '-o', at('sheets')]);
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/王敏\.xlsx：\d+ 行已填写/);
    expect(again.stderr).toMatch(/--force/);
  });

  it('merges the sheets: the disagreement is listed for the chair, the file is 待定 and not ranked; kappa as computed by hand', async () => {
    const a = JSON.parse(readFileSync(at('assignment.json'), 'utf8')) as { files: { id: string; reviewers: string[] }[] };
    // file 1: its two reviewers disagree (defect −2 vs pass); file 2: both find the defect; the rest: all pass
    const [f1, f2] = a.files;
    for (const name of ['王敏', '李强', '陈静']) {
      const except: Record<string, [string, number?]> = {};
      if (f1!.reviewers[0] === name) except[f1!.id] = ['不符合', 2];
      if (f2!.reviewers.includes(name)) except[f2!.id] = ['不符合', 2];
      await fillSheet(at(`sheets/${name}.xlsx`), except);
    }
    const r = await runInProcess(['score', at('cases.json'), '--sample', at('manifest.json'), '--reviews', at('sheets'), '--adjudication', at('ruling.xlsx'), '-o', at('results.json'), '-q']);
    expect(r.code, r.stderr).toBe(0);
    const res = JSON.parse(readFileSync(at('results.json'), 'utf8')) as ScoreResult;
    expect(schemaValidator('results')(res)).toBe(true);
    expect(res.disagreements.map((d) => [d.id, d.itemId, d.ruling])).toEqual([[f1!.id, 'discretion-benchmark', undefined]]);
    const one = res.files.find((f) => f.id === f1!.id)!;
    expect(one).toMatchObject({ final: false, grade: 'provisional', bestGrade: 'excellent', provisionalReasons: ['disagreement'], score: 100 });
    expect(res.files.find((f) => f.id === f2!.id)).toMatchObject({ final: true, grade: 'excellent', score: 98 });
    expect(res.files.filter((f) => f.grade === 'excellent')).toHaveLength(5);
    // discretion-benchmark over 6 files × 2 reviewers (the pair changes from file to file → Fleiss, n = 2):
    // rows pass/defect:2 = [2,0]×4, [0,2], [1,1]; P̄ = 5/6; p = (9/12, 3/12); P̄e = 0.625; κ = (5/6 − 0.625)/0.375 = 0.5556
    const item = res.agreement!.byItem.find((x) => x.itemId === 'discretion-benchmark')!;
    expect(item).toEqual({ itemId: 'discretion-benchmark', subjects: 6, agreement: 0.8333, kappa: 0.5556, method: 'fleiss' });
    const harsh = res.agreement!.byReviewer.find((x) => x.reviewer === f1!.reviewers[0])!;
    expect(harsh.difference).toBeGreaterThan(0);
    // the ranking leaves the provisional file out and says so
    const k = await runInProcess(['rank', at('results.json'), '--json']);
    const ranking = JSON.parse(k.stdout);
    expect(ranking.ranking.map((x: { id: string }) => x.id)).not.toContain(f1!.id);
    expect(ranking).toMatchObject({ provisional: 1, eligible: 5 });
    // the adjudication sheet has exactly the open item, with both reviewers' verdicts for the chair
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(at('ruling.xlsx'));
    const rows: string[][] = [];
    wb.getWorksheet('评查表')!.eachRow((row, n) => isItem(row, n) && rows.push([String(row.getCell(1).value), String(row.getCell(4).value), String(row.getCell(12).value)]));
    expect(rows).toHaveLength(1);
    expect(rows[0]!.slice(0, 2)).toEqual([f1!.id, 'discretion-benchmark']);
    expect(rows[0]![2]).toMatch(new RegExp(`${f1!.reviewers[0]}：不符合 2`));
    expect(rows[0]![2]).toMatch(new RegExp(`${f1!.reviewers[1]}：符合`));
  });

  it('with --assignment, a file waits (待定) until every reviewer assigned to it has returned it', async () => {
    mkdirSync(at('partial'));
    for (const n of ['王敏', '李强']) copyFileSync(at(`sheets/${n}.xlsx`), at(`partial/${n}.xlsx`));
    const r = await runInProcess(['score', at('cases.json'), '--sample', at('manifest.json'), '--reviews', at('partial'), '--assignment', at('assignment.json'), '-o', at('partial.json'), '-q']);
    expect(r.code, r.stderr).toBe(0);
    const res = JSON.parse(readFileSync(at('partial.json'), 'utf8')) as ScoreResult;
    expect(schemaValidator('results')(res)).toBe(true);
    const a = JSON.parse(readFileSync(at('assignment.json'), 'utf8')) as { files: { id: string; reviewers: string[] }[] };
    for (const f of a.files) {
      const got = res.files.find((x) => x.id === f.id)!;
      if (f.reviewers.includes('陈静')) {
        expect(got.awaitingReviewers).toEqual(['陈静']);
        expect(got.provisionalReasons).toContain('reviewer-missing');
        expect(got.grade).not.toBe('excellent');
      } else expect(got.awaitingReviewers).toBeUndefined();
    }
    // a sheet returned under another reviewer's name: its rows name files not assigned to them → exit 2
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(at('partial/李强.xlsx'));
    wb.getWorksheet('评查表')!.eachRow((row, n) => isItem(row, n) && (row.getCell(16).value = '陈静'));
    await wb.xlsx.writeFile(at('partial/李强.xlsx'));
    const bad = await runInProcess(['score', at('cases.json'), '--sample', at('manifest.json'), '--reviews', at('partial'), '--assignment', at('assignment.json'), '-o', at('bad.json')]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/陈静 未被分配评查案件/);
  });

  it("the chair's ruling settles it: recorded as the chair's, the file final and graded", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(at('ruling.xlsx'));
    wb.getWorksheet('评查表')!.eachRow((row, n) => {
      if (!isItem(row, n)) return;
      row.getCell(13).value = '不符合';
      row.getCell(14).value = 1;
      row.getCell(16).value = '周组长';
    });
    await wb.xlsx.writeFile(at('ruling.xlsx'));
    const r = await runInProcess(['score', at('cases.json'), '--sample', at('manifest.json'), '--reviews', at('sheets'), '--chair', at('ruling.xlsx'), '-o', at('final.json'), '-q']);
    expect(r.code, r.stderr).toBe(0);
    const res = JSON.parse(readFileSync(at('final.json'), 'utf8')) as ScoreResult;
    expect(res.summary).toMatchObject({ provisional: 0, disagreements: 1, unresolved: 0 });
    const a = JSON.parse(readFileSync(at('assignment.json'), 'utf8')) as { files: { id: string }[] };
    const one = res.files.find((f) => f.id === a.files[0]!.id)!;
    expect(one).toMatchObject({ final: true, grade: 'excellent', score: 99 });
    expect(one.overrides.filter((o) => o.itemId === 'discretion-benchmark')).toEqual([expect.objectContaining({ itemId: 'discretion-benchmark', reviewer: '周组长', resolution: 'chair', before: expect.objectContaining({ deduction: 0 }), after: { deduction: 1 } })]);
    expect(res.disagreements[0]!.ruling).toMatchObject({ reviewer: '周组长', verdict: 'defect', deduction: 1 });
    // the report's 交叉评查 section: agreement by item (named by its checklist title), the ruling, the reviewer's change
    const rep = await runInProcess(['report', at('final.json'), '--format', 'md', '-o', at('report'), '-q']);
    expect(rep.code, rep.stderr).toBe(0);
    const md = readFileSync(at('report/report.md'), 'utf8');
    const section = md.slice(md.indexOf('交叉评查'));
    expect(section).toMatch(/\| 按裁量基准合理裁量，过罚相当 \| 6 \| 83\.3% \| 0\.5556（Fleiss） \|/);
    expect(section).toMatch(new RegExp(`${a.files[0]!.id.replace(/[〔〕]/g, '.')} \\| 按裁量基准合理裁量，过罚相当 \\| .*不符合 −2.*\\| 周组长: 不符合 −1 \\|`));
    expect(section).toMatch(/周组长 \| 0 → 1 \| 否 \| 组长裁定 \| 经?/);
  });
});
