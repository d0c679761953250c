// A new user's folders: CSV and .xls exports next to Word files and lock files, an empty folder, odd headers.
import { describe, it, expect } from 'vitest';
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT, runCli, runInProcess, tmpDir } from '../helpers/cli.js';

const TWINS = path.join(ROOT, 'tests/fixtures/ingest/twins');

describe('caseaudit import: CSV, .xls and what a folder holds', () => {
  it('a folder of a GBK CSV, an .xls, a Word file and an Office lock file: reads the two exports, lists the other two with why, counts files per kind', async () => {
    const dir = tmpDir();
    copyFileSync(path.join(TWINS, 'cases-gbk.csv'), path.join(dir, 'a.csv'));
    writeFileSync(path.join(dir, '说明.docx'), 'not read');
    writeFileSync(path.join(dir, '~$a.xlsx'), 'lock');
    const sub = path.join(dir, '2025');
    mkdirSync(sub);
    copyFileSync(path.join(TWINS, 'cases.xls'), path.join(sub, 'b.xls'));
    const out = path.join(dir, 'dataset.json');
    const r = await runInProcess(['import', dir, '--duplicates', 'reject', '--json', '-o', out, '--lang', 'en']);
    expect(r.code).toBe(0);
    const s = JSON.parse(r.stdout);
    expect(s.files).toEqual({ csv: 1, xls: 1, skipped: 2 });
    expect(s.skipped).toEqual([
      { path: path.join(dir, '~$a.xlsx'), reason: expect.stringMatching(/lock file/) },
      { path: path.join(dir, '说明.docx'), reason: expect.stringMatching(/Word/) },
    ]);
    expect(s.cases).toBe(12);
    const d = JSON.parse(readFileSync(out, 'utf8'));
    expect(d.warnings.map((w: { file: string }) => path.basename(w.file))).toEqual(expect.arrayContaining(['说明.docx', '~$a.xlsx']));
  });

  it('an empty folder exits 2 saying it holds no files; a folder of only unsupported files exits 2 listing each; nothing written', () => {
    const empty = tmpDir();
    const out = path.join(tmpDir(), 'dataset.json');
    const a = runCli(['import', empty, '-o', out, '--lang', 'en']);
    expect(a.code).toBe(2);
    expect(a.stderr).toContain('the inputs hold no files');
    const only = tmpDir();
    writeFileSync(path.join(only, 'cases.docx'), 'x');
    writeFileSync(path.join(only, 'scan.jpg'), 'x');
    const b = runCli(['import', only, '-o', out, '--lang', 'en']);
    expect(b.code).toBe(2);
    expect(b.stderr).toContain('no case or scheme records in the inputs (2 files found)');
    expect(b.stderr).toMatch(/cases\.docx: not read, Word documents/);
    expect(b.stderr).toMatch(/scan\.jpg: not read, images/);
    expect(existsSync(out)).toBe(false);
  });

  it('a CSV/TSV in a folder that is no case list (an index of PDFs) is listed as not read; named on its own it is an error', async () => {
    const dir = tmpDir();
    copyFileSync(path.join(TWINS, 'cases-gbk.csv'), path.join(dir, 'cases.csv'));
    writeFileSync(path.join(dir, 'index.tsv'), 'file\tpages\ncase-01.pdf\t10\n');
    const r = await runInProcess(['import', dir, '--json', '--lang', 'en']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).skipped).toEqual([{ path: path.join(dir, 'index.tsv'), reason: expect.stringMatching(/without a recognisable header/) }]);
    expect((await runInProcess(['import', path.join(dir, 'index.tsv')])).code).toBe(2);
  });

  it('a table whose rows all lack a case number yields 0 records: exit 2 naming the file and its rejects', async () => {
    const f = path.join(tmpDir(), 'odd.csv');
    writeFileSync(f, '处罚文书编号,被处罚企业,执法单位,处罚决定日期\n1号,甲,某局,2025-01-02\n');
    const r = await runInProcess(['import', f, '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/odd\.csv \(csv\): 0 records, 1 rejects/);
  });

  it('--print-map reads CSV too and shows the closest alias of each unmatched column', async () => {
    const f = path.join(tmpDir(), 'odd.csv');
    writeFileSync(f, '处罚文书编号,被处罚企业,立案日,联系电话\n1号,甲,2025-01-02,123\n');
    const r = await runInProcess(['import', f, '--print-map', '--json']);
    expect(r.code).toBe(0);
    const [sheet] = JSON.parse(r.stdout);
    expect(sheet.columns).toEqual([
      expect.objectContaining({ header: '处罚文书编号', field: null, closest: expect.objectContaining({ field: 'id' }) }),
      expect.objectContaining({ header: '被处罚企业', field: null, closest: expect.objectContaining({ field: 'party.name' }) }),
      expect.objectContaining({ header: '立案日', field: null, closest: expect.objectContaining({ field: 'dates.filed' }) }),
      expect.not.objectContaining({ closest: expect.anything() }),
    ]);
  });

  it('every command that reads files takes the same input flags', () => {
    const flags = ['--kind', '--map', '--skip-bad', '--duplicates', '--ocr', '--ocr-cache', '--ocr-engine', '--ocr-pages', '--jobs'];
    for (const cmd of ['import', 'sample', 'score', 'worksheet', 'schemes', 'verify', 'plan', 'overlap']) {
      const help = runCli([cmd, '--help']).stdout;
      for (const f of flags) if (!(cmd === 'verify' && f === '--kind')) expect(help, `${cmd} ${f}`).toContain(f);
    }
  });
});
