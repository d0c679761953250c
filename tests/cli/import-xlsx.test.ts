import { describe, it, expect, beforeAll } from 'vitest';
import path from 'node:path';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { runCli, tmpDir } from '../helpers/cli.js';
import { sgsWorkbook, titleRowsWorkbook } from '../fixtures/excel/build.js';

let dir: string;
beforeAll(async () => {
  dir = tmpDir('caseaudit-cli-xlsx-');
  await titleRowsWorkbook(dir);
  await sgsWorkbook(dir);
});

describe('caseaudit import with .xlsx (binary)', () => {
  it('imports a folder of workbooks and prints rows read = records + rejects per sheet', () => {
    const out = path.join(dir, 'dataset.json');
    const r = runCli(['import', dir, '-o', out, '--lang', 'en']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('2 rows read = 2 records + 0 rejects');
    expect(r.stdout).toContain('3 rows read = 3 records + 0 rejects');
    const d = JSON.parse(readFileSync(out, 'utf8'));
    expect(d.cases).toHaveLength(5);
  });

  it('--print-map shows how each column was understood and writes nothing', () => {
    const out = path.join(dir, 'never.json');
    const r = runCli(['import', path.join(dir, 'shuanggongshi.xlsx'), '--print-map', '-o', out, '--lang', 'en']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/header on row 1/);
    expect(r.stdout).toMatch(/罚款金额（万元）\s*│\s*fine\s*│\s*10k yuan → yuan/);
    expect(existsSync(out)).toBe(false);
    const j = JSON.parse(runCli(['import', path.join(dir, 'title-rows.xlsx'), '--print-map', '--json']).stdout);
    expect(j[0]).toMatchObject({ sheet: '案件清单', kind: 'cases', headerRows: [3] });
  });

  it('a CSV renamed to .xlsx exits 2 with a conversion hint, nothing written', () => {
    const bad = path.join(tmpDir(), 'export.xlsx');
    writeFileSync(bad, '案件编号,当事人\n1,甲\n');
    const out = path.join(dir, 'x.json');
    const r = runCli(['import', bad, '-o', out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('export.xlsx');
    expect(r.stderr).toContain('libreoffice --headless --convert-to xlsx');
    expect(existsSync(out)).toBe(false);
  });

  it('a .csv input is read; one without a recognisable header exits 2 naming the file and pointing to --print-map', () => {
    const csv = path.join(tmpDir(), 'cases.csv');
    writeFileSync(csv, 'a,b\n');
    const r = runCli(['import', csv]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('cases.csv');
    expect(r.stderr).toContain('--print-map');
  });
});
