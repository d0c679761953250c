/** Progress lines name files as every output does: relative to the working folder, never the absolute location. */
import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { ROOT, runCli, tmpDir } from '../helpers/cli.js';

describe('progress lines use display paths', () => {
  it('import of absolute paths inside the working folder: reading / [i/n] read lines are relative', () => {
    const dir = tmpDir();
    const json = path.join(ROOT, 'tests/fixtures/score/basic/cases.json');
    const pdfs = ['case-01.pdf', 'case-03.pdf'].map((f) => path.join(ROOT, 'samples/pdf', f));
    const r = runCli(['import', json, ...pdfs, '-o', path.join(dir, 'dataset.json'), '--lang', 'en'], { cwd: ROOT });
    expect(r.code).toBe(2); // case-01.pdf repeats a case number of cases.json
    expect(r.stderr).toContain('reading tests/fixtures/score/basic/cases.json');
    expect(r.stderr).toMatch(/\[\d\/2\] read samples\/pdf\/case-0[13]\.pdf/);
    expect(r.stderr).not.toContain(ROOT);
    // the duplicate-id error names both places the same way (the PDF's path was absolute)
    expect(r.stderr).toMatch(/duplicate case id "[^"]+" at samples\/pdf\/case-01\.pdf/);
    const zh = runCli(['import', json, '-o', path.join(dir, 'd2.json')], { cwd: ROOT });
    expect(zh.stderr).toContain('读取 tests/fixtures/score/basic/cases.json');
    expect(zh.stderr).not.toContain(ROOT);
  });
});
