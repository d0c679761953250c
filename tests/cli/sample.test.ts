import { describe, it, expect } from 'vitest';
import { existsSync, readFileSync, writeFileSync, statSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { runCli, runInProcess, tmpDir } from '../helpers/cli.js';

/** A small dataset with awkward values: ids and units starting with = + - @, a missing decision date. */
function fixture(dir: string): string {
  const cases = Array.from({ length: 30 }, (_, i) => ({
    id: i === 0 ? '=HYPERLINK("http://x","y")' : i === 1 ? '+1+2' : `（赣）应急罚〔2025〕${i}号`,
    unit: i % 3 === 0 ? '@南昌市应急管理局' : i % 3 === 1 ? '-九江市应急管理局' : '赣州市应急管理局',
    party: { name: i === 2 ? '=1+1' : `公司${i}` },
    dates: i === 29 ? {} : { decided: `2025-0${1 + (i % 6)}-10` },
    source: { file: 'cases.json' },
  }));
  const f = path.join(dir, 'cases.json');
  writeFileSync(f, JSON.stringify({ schemaVersion: 1, cases, schemes: [] }));
  return f;
}

describe('caseaudit sample / verify (binary)', () => {
  it('--json prints only the manifest; the draw list is written next to it', async () => {
    const dir = tmpDir();
    const input = fixture(dir);
    const out = path.join(dir, 'manifest.json');
    const r = runCli(['sample', input, '--rate', '30%', '--seed', 'abc', '--period', '2025H1', '-o', out, '--json']);
    expect(r.code).toBe(0);
    const m = JSON.parse(r.stdout);
    expect(m).toEqual(JSON.parse(readFileSync(out, 'utf8')));
    expect(m.seed).toBe('abc');
    expect(m.excluded).toHaveLength(1);
    expect(m.selected.length).toBeGreaterThanOrEqual(3 * 3);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(dir, 'manifest.xlsx'));
    const excluded = wb.getWorksheet('未纳入抽样')!;
    expect(excluded.getRow(3).getCell(2).value).toBe('（赣）应急罚〔2025〕29号');
    // every sheet prints on A4 one page wide with a page X / Y footer; stratum sheets repeat their two title rows
    for (const ws of wb.worksheets) {
      expect(ws.pageSetup, ws.name).toMatchObject({ paperSize: 9, fitToPage: true, fitToWidth: 1 });
      expect(ws.headerFooter.oddFooter, ws.name).toContain('第 &P 页 / 共 &N 页');
    }
    const stratum = wb.worksheets[1]!;
    expect(stratum.pageSetup.printTitlesRow).toBe('1:2');
    expect(stratum.pageSetup.orientation).toBe('landscape');
    const decided = stratum.getRow(3).getCell(6);
    expect(decided.value).toBeInstanceOf(Date); // a date cell, not text
    expect(decided.numFmt).toBe('yyyy-mm-dd');
  });

  it('without --seed generates one, prints it on stderr and records it', () => {
    const dir = tmpDir();
    const r = runCli(['sample', fixture(dir), '--rate', '0.3', '--json', '--lang', 'en']);
    expect(r.code).toBe(0);
    const m = JSON.parse(r.stdout);
    expect(m.seedSource).toBe('generated');
    expect(m.seed).toMatch(/^\d{15}$/);
    expect(r.stderr).toContain(`no --seed given: generated seed ${m.seed}`);
  });

  it('refuses to overwrite a manifest without --force', () => {
    const dir = tmpDir();
    const input = fixture(dir);
    const out = path.join(dir, 'm.json');
    writeFileSync(out, 'keep me');
    const r = runCli(['sample', input, '--rate', '0.3', '--seed', '1', '-o', out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--force');
    expect(readFileSync(out, 'utf8')).toBe('keep me');
    expect(existsSync(path.join(dir, 'm.xlsx'))).toBe(false);
    expect(runCli(['sample', input, '--rate', '0.3', '--seed', '1', '-o', out, '--force', '-q']).code).toBe(0);
    expect(JSON.parse(readFileSync(out, 'utf8')).seed).toBe('1');
  });

  it('-o - prints the manifest on stdout and writes no file (the summary goes to stderr)', () => {
    const dir = tmpDir();
    const input = fixture(dir);
    const r = runCli(['sample', input, '--rate', '0.3', '--seed', '1', '-o', '-', '--lang', 'en'], { cwd: dir });
    expect(r.code).toBe(0);
    const m = JSON.parse(r.stdout);
    expect(m.seed).toBe('1');
    expect(m.selected.length).toBeGreaterThan(0);
    expect(existsSync(path.join(dir, '-'))).toBe(false);
    expect(existsSync(path.join(dir, '-.xlsx'))).toBe(false);
    expect(r.stderr).toMatch(/seed 1/i);
  });

  it('-q with -o prints no summary (as import and score); without -o the summary is the output; --json unaffected', async () => {
    const dir = tmpDir();
    const input = fixture(dir);
    const out = path.join(dir, 'm.json');
    const q = await runInProcess(['sample', input, '--rate', '30%', '--seed', 'abc', '--period', '2025H1', '-o', out, '-q']);
    expect(q.code).toBe(0);
    expect(q.stdout).toBe('');
    expect(q.stderr).toBe('');
    expect(JSON.parse(readFileSync(out, 'utf8')).seed).toBe('abc');
    const loud = await runInProcess(['sample', input, '--rate', '30%', '--seed', 'abc', '--period', '2025H1', '-q', '--lang', 'en']);
    expect(loud.stdout).toMatch(/abc/); // the summary names the seed
    const j = await runInProcess(['sample', input, '--rate', '30%', '--seed', 'abc', '--period', '2025H1', '-o', path.join(dir, 'j.json'), '-q', '--json']);
    expect(JSON.parse(j.stdout).seed).toBe('abc');
    expect(j.stderr).toBe('');
  });

  it('bad flags are usage errors (exit 2), naming the problem', () => {
    const dir = tmpDir();
    const r = runCli(['sample', fixture(dir), '--rate', '150%', '--seed', '1', '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('cannot exceed 100%');
  });

  it('the draw list keeps text as text: no formulas from values starting with = + - @', async () => {
    const dir = tmpDir();
    const out = path.join(dir, 'm.json');
    expect(runCli(['sample', fixture(dir), '--rate', '100%', '--seed', '1', '-o', out, '-q']).code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(dir, 'm.xlsx'));
    expect(wb.worksheets.map((w) => w.name)).toEqual(['封面', '1 -九江市应急管理局', '2 @南昌市应急管理局', '3 赣州市应急管理局']);
    expect(wb.worksheets).toHaveLength(4); // no period filter: nothing excluded
    const cells: ExcelJS.Cell[] = [];
    wb.eachSheet((ws) => ws.eachRow((row) => row.eachCell((c) => cells.push(c))));
    const risky = cells.filter((c) => typeof c.value === 'string' && /^[=+\-@]/.test(c.value));
    expect(risky.map((c) => c.value)).toEqual(expect.arrayContaining(['=HYPERLINK("http://x","y")', '+1+2', '=1+1', '@南昌市应急管理局']));
    for (const c of risky) {
      expect(c.type).toBe(ExcelJS.ValueType.String);
      expect(c.formula).toBeUndefined();
    }
    const sheet = wb.worksheets[1]!;
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
    const cover = wb.worksheets[0]!;
    const text = cover.getSheetValues().flat().join(' ');
    for (const s of ['caseaudit-ticket-v1', '随机种子', 'SHA-256']) expect(text).toContain(s);
  });

  it('same inputs and seed give byte-identical manifest and draw list', () => {
    const dir = tmpDir();
    const input = fixture(dir);
    const a = path.join(dir, 'a.json');
    const b = path.join(dir, 'b.json');
    runCli(['sample', input, '--preset', 'semiannual-cases', '--seed', 's', '-o', a, '-q'], { cwd: dir });
    runCli(['sample', input, '--preset', 'semiannual-cases', '--seed', 's', '-o', b, '-q'], { cwd: dir });
    expect(readFileSync(b)).toEqual(readFileSync(a));
    expect(readFileSync(path.join(dir, 'b.xlsx'))).toEqual(readFileSync(path.join(dir, 'a.xlsx')));
    expect(statSync(path.join(dir, 'a.xlsx')).size).toBeGreaterThan(1000);
  });

  it('verify: exit 0 on the original, 1 with what differs on tampered input, 2 on an invalid manifest', () => {
    const dir = tmpDir();
    const input = fixture(dir);
    const out = path.join(dir, 'm.json');
    expect(runCli(['sample', input, '--rate', '0.3', '--seed', '9', '-o', out, '--no-xlsx', '-q']).code).toBe(0);
    expect(existsSync(path.join(dir, 'm.xlsx'))).toBe(false);
    const ok = runCli(['verify', out, input, '--json']);
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.stdout)).toMatchObject({ identical: true, differences: [] });

    const data = JSON.parse(readFileSync(input, 'utf8'));
    data.cases[4].unit = '赣州市应急管理局';
    writeFileSync(input, JSON.stringify(data));
    const bad = runCli(['verify', out, input, '--lang', 'en']);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toContain('[input-changed]');
    expect(bad.stdout).toContain('[stratum-changed]');

    const m = JSON.parse(readFileSync(out, 'utf8'));
    m.selected[0].ticket = 'x';
    writeFileSync(out, JSON.stringify(m));
    const invalid = runCli(['verify', out, input]);
    expect(invalid.code).toBe(2);
    expect(invalid.stderr).toContain('$.selected[0].ticket');
  });
});
