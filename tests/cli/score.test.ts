import { describe, it, expect, beforeAll } from 'vitest';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { runCli, tmpDir } from '../helpers/cli.js';
import { schemaValidator } from '../../src/model/validate.js';

const FIX = 'tests/fixtures/score/basic';

describe('caseaudit score / worksheet (binary)', () => {
  let dir: string;
  beforeAll(() => {
    dir = tmpDir();
  });

  it('score --json prints results that validate against results.schema.json', () => {
    const r = runCli(['score', `${FIX}/cases.json`, '--json', '--lang', 'en', '-q']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(schemaValidator('results')(out)).toBe(true);
    expect(out.files.map((f: { score: number; grade: string }) => [f.score, f.grade])).toEqual([[100, 'provisional'], [0, 'fail'], [98, 'provisional']]);
    // manual items are pending: 待定 at best excellent, never graded excellent before review
    expect(out.files.map((f: { bestGrade?: string; final: boolean }) => [f.bestGrade, f.final])).toEqual([['excellent', false], ['fail', false], ['excellent', false]]);
    expect(out.files[1].findings[0].message).toBe('only 1 officer(s), fewer than two');
  });

  it('--sample scores only the drawn files, in manifest order; -o writes the file', () => {
    const out = path.join(dir, 'results.json');
    const r = runCli(['score', FIX, '--sample', 'tests/fixtures/score/sample/manifest.json', '-o', out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('平均');
    const res = JSON.parse(readFileSync(out, 'utf8'));
    // the manifest (written by caseaudit sample, seed 7, rate 0.5) drew files 1 and 2
    expect(res.files.map((f: { id: string }) => f.id)).toEqual(['（赣）应急罚〔2025〕1号', '（赣）应急罚〔2025〕2号']);
  });

  it('--fail-on veto exits 1 after writing; same inputs give the same bytes', () => {
    const a = path.join(dir, 'a.json');
    const b = path.join(dir, 'b.json');
    expect(runCli(['score', `${FIX}/cases.json`, '--fail-on', 'veto', '-o', a, '-q']).code).toBe(1);
    expect(runCli(['score', `${FIX}/cases.json`, '--fail-on', 'score<50', '-o', b, '-q']).code).toBe(1);
    expect(readFileSync(a, 'utf8')).toBe(readFileSync(b, 'utf8'));
    expect(runCli(['score', `${FIX}/cases.json`, '--fail-on', 'grade:good', '-q', '--json']).code).toBe(1);
    expect(runCli(['score', `${FIX}/cases.json`, '--fail-on', 'often', '-q']).code).toBe(2);
  });

  it('a broken checklist stops with exit 2 naming the key, writing nothing', () => {
    const cl = JSON.parse(readFileSync('templates/checklists/penalty.json', 'utf8'));
    cl.items[3].rule = 'no-such-rule';
    const f = path.join(dir, 'mine.json');
    writeFileSync(f, JSON.stringify(cl));
    const out = path.join(dir, 'never.json');
    const r = runCli(['score', `${FIX}/cases.json`, '--checklist', f, '-o', out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('$.items[3].rule');
    expect(r.stderr).toContain('no-such-rule');
    expect(existsSync(out)).toBe(false);
  });

  it('a manifest id missing from the inputs is an error, not a silent drop', () => {
    const m = path.join(dir, 'm.json');
    const manifest = JSON.parse(readFileSync('tests/fixtures/score/sample/manifest.json', 'utf8'));
    const other = path.join(dir, 'other.json');
    const data = JSON.parse(readFileSync(`${FIX}/cases.json`, 'utf8'));
    data.cases = data.cases.filter((c: { id: string }) => c.id !== manifest.selected[1].id);
    writeFileSync(other, JSON.stringify(data));
    writeFileSync(m, JSON.stringify(manifest));
    const r = runCli(['score', other, '--sample', m]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(manifest.selected[1].id);
  });

  it('worksheet writes an .xlsx that score --reviews reads back', async () => {
    const x = path.join(dir, 'review.xlsx');
    const w = runCli(['worksheet', `${FIX}/cases.json`, '-o', x]);
    expect(w.code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(x);
    const ws = wb.getWorksheet('评查表')!;
    ws.eachRow((row, n) => {
      if (n > 1 && row.getCell(1).value === '（赣）应急罚〔2025〕3号' && row.getCell(4).value === 'credit-push-missing') row.getCell(13).value = '符合';
    });
    await wb.xlsx.writeFile(x);
    const r = runCli(['score', `${FIX}/cases.json`, '--reviews', x, '--json', '-q']);
    expect(r.code).toBe(0);
    const res = JSON.parse(r.stdout);
    expect(res.files[2].score).toBe(100);
    expect(res.files[2].overrides[0]).toMatchObject({ itemId: 'credit-push-missing', verdict: 'pass', reviewer: 'review' });
  });
});
