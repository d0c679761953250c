/**
 * What `score --reviews` tells a user who points it at the wrong place or hands it a damaged sheet: an empty folder
 * (or a folder named like a sheet) is exit 2 naming the folder; the `run` drop folder is a warning; a sheet whose
 * cells point past the shared-strings table is a plain message naming the file, the sheet and the cell.
 */
import { describe, it, expect, beforeAll } from 'vitest';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { runInProcess, tmpDir } from '../helpers/cli.js';
import { runScore } from '../../src/score/run.js';
import { withLang } from '../../src/i18n.js';

const CASES = 'tests/fixtures/score/basic/cases.json';

describe('score --reviews: inputs that hold no sheet', () => {
  let dir: string;
  beforeAll(() => {
    dir = tmpDir();
  });

  it('an empty folder is exit 2 naming it, nothing written', async () => {
    const empty = path.join(dir, 'returned');
    mkdirSync(empty);
    const out = path.join(dir, 'results.json');
    const r = await runInProcess(['score', CASES, '--reviews', empty, '-o', out, '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('no review sheets found in');
    expect(r.stderr).toContain('returned');
    expect(() => readFileSync(out)).toThrow();
  });

  it('a folder with files but no .xlsx, and a folder named x.xlsx, are the same error', async () => {
    const other = path.join(dir, 'notes');
    mkdirSync(other);
    writeFileSync(path.join(other, 'readme.txt'), 'not a sheet');
    const r = await runInProcess(['score', CASES, '--reviews', other, '--json', '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/no review sheets found in \S*notes/);
    const fake = path.join(dir, 'x.xlsx');
    mkdirSync(fake);
    const z = await runInProcess(['score', CASES, '--reviews', fake, '--json']);
    expect(z.code).toBe(2);
    expect(z.stderr).toMatch(/x\.xlsx 中没有评查表/);
    expect(z.stdout).toBe('');
  });

  it('an empty --chair folder is refused too', async () => {
    const empty = path.join(dir, 'chair');
    mkdirSync(empty);
    const r = await runInProcess(['score', CASES, '--chair', empty, '--json', '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/no review sheets found in \S*chair/);
  });

  it('the run config’s drop folder may be empty before reviewers return: a warning naming it', async () => {
    const empty = path.join(dir, 'drop');
    mkdirSync(empty);
    const r = await withLang('en', () => runScore([CASES], { reviews: [empty], emptyReviewFoldersWarn: true }));
    expect(r.warnings).toHaveLength(1);
    expect(r.warnings[0]).toMatch(/no review sheets in \S*drop yet/);
    expect(r.result.files).toHaveLength(3);
  });

  it('caseaudit run: an empty `reviews` folder in the config is a warning of the run, and the run completes', async () => {
    const { loadConfig } = await import('../../src/api/config.js');
    const { runAudit } = await import('../../src/api/audit.js');
    const run = tmpDir('run-drop-');
    mkdirSync(path.join(run, 'returned'));
    const cfg = path.join(run, 'audit.json');
    writeFileSync(cfg, JSON.stringify({ inputs: [path.resolve(CASES)], seed: '7', rate: '100%', reviews: ['returned'], outputs: { dir: 'out', formats: ['json'] }, language: 'en' }));
    const res = await runAudit(await loadConfig(cfg, {}), { date: new Date('2025-07-01T00:00:00Z') });
    expect(res.warnings.some((w) => /no review sheets in \S*returned yet/.test(w))).toBe(true);
    expect(readFileSync(path.join(run, 'out', 'results.json'), 'utf8')).toContain('"files"');
  }, 60_000);
});

describe('score --reviews: a sheet with broken shared-string references', () => {
  it('names the file, the sheet and the cell in plain words, not the engine’s TypeError', async () => {
    const dir = tmpDir();
    const sheet = path.join(dir, 'review.xlsx');
    expect((await runInProcess(['worksheet', CASES, '-o', sheet, '-q'])).code).toBe(0);
    // point the first shared-string cell of the 评查表 sheet past the end of the shared-strings table
    const zip = await JSZip.loadAsync(readFileSync(sheet));
    const wbXml = await zip.file('xl/workbook.xml')!.async('string');
    expect(wbXml).toContain('评查表');
    const parts = Object.keys(zip.files).filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n)).sort();
    let cell = '';
    let part = '';
    for (const p of parts) {
      const xml = await zip.file(p)!.async('string');
      const m = /<c r="([A-Z]+\d+)"([^>]*?) t="s"([^>]*)><v>\d+<\/v>/.exec(xml);
      if (!m) continue;
      cell = m[1]!;
      part = p;
      zip.file(p, xml.replace(m[0], m[0].replace(/<v>\d+<\/v>/, '<v>999999</v>')));
      break;
    }
    expect(cell).not.toBe('');
    writeFileSync(sheet, await zip.generateAsync({ type: 'nodebuffer' }));
    const r = await runInProcess(['score', CASES, '--reviews', sheet, '--json', '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).not.toMatch(/Cannot read properties|richText|TypeError/);
    expect(r.stderr).toContain('review.xlsx');
    expect(r.stderr).toContain(`cell ${cell}`);
    expect(r.stderr).toMatch(/shared-string reference 999999/);
    expect(part).toMatch(/sheet\d+\.xml$/);
    const zh = await runInProcess(['score', CASES, '--reviews', sheet, '--json']);
    expect(zh.stderr).toContain(`单元格 ${cell}`);
    expect(zh.stderr).not.toMatch(/Cannot read properties/);
  });
});

describe('findBadSharedStringRef', () => {
  const book = async (cells: string, strings = 2): Promise<Uint8Array> => {
    const zip = new JSZip();
    zip.file('xl/workbook.xml', '<workbook xmlns:r="r"><sheets><sheet name="说明" sheetId="1" r:id="rId1"/><sheet name="A&amp;B" sheetId="2" r:id="rId2"/></sheets></workbook>');
    zip.file('xl/_rels/workbook.xml.rels', '<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Target="worksheets/sheet2.xml"/></Relationships>');
    zip.file('xl/sharedStrings.xml', `<sst>${'<si><t>x</t></si>'.repeat(strings)}</sst>`);
    zip.file('xl/worksheets/sheet1.xml', '<worksheet><sheetData><row r="1"><c r="A1" t="s"><v>1</v></c></row></sheetData></worksheet>');
    zip.file('xl/worksheets/sheet2.xml', `<worksheet><sheetData><row r="1">${cells}</row></sheetData></worksheet>`);
    return zip.generateAsync({ type: 'uint8array' });
  };
  it('finds a negative, a non-numeric and an out-of-range reference with its sheet name; none in a sound book', async () => {
    const { findBadSharedStringRef } = await import('../../src/ingest/excel/shared-string-refs.js');
    expect(await findBadSharedStringRef(await book('<c r="B2" t="s"><v>-1</v></c>'))).toEqual({ sheet: 'A&B', cell: 'B2', ref: '-1', count: 2 });
    expect(await findBadSharedStringRef(await book('<c r="C3" t="s"><v>abc</v></c>'))).toMatchObject({ cell: 'C3', ref: 'abc' });
    expect(await findBadSharedStringRef(await book('<c r="D4" t="n"><v>5</v></c><c r="E4" t="s"><v>2</v></c>'))).toMatchObject({ cell: 'E4', ref: '2' });
    expect(await findBadSharedStringRef(await book('<c r="D4" t="n"><v>5</v></c><c r="E4" t="s"><v>1</v></c>'))).toBeUndefined();
  });
});
