/**
 * Issue 22 classes 2 and 3: U+FFFE/U+FFFF in case text must not make any xlsx/docx output ill-formed (Excel and
 * WPS refuse such files), and a unit name ending in an apostrophe after the 31-character cut must not crash.
 */
import { describe, it, expect, beforeAll } from 'vitest';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { SaxesParser } from 'saxes';
import fc from 'fast-check';
import { ROOT, runInProcess, tmpDir } from '../helpers/cli.js';
import { sheetName, xmlText } from '../../src/util/xml-text.js';

/** Every XML part of an OOXML zip parsed by a strict XML 1.0 parser; returns the errors. */
async function xmlErrors(file: string): Promise<string[]> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  const errors: string[] = [];
  for (const name of Object.keys(zip.files).filter((n) => /\.(xml|rels)$/.test(n))) {
    const parser = new SaxesParser({ xmlns: true });
    parser.on('error', (e) => void errors.push(`${path.basename(file)} ${name}: ${e.message}`));
    parser.write(await zip.file(name)!.async('string')).close();
  }
  return errors;
}

// a unit name whose 29th and 30th characters are apostrophes: "1 " + name cut at 31 ends in '
const QUOTE_UNIT = `${'南昌市应急管理局'.repeat(3)}安全'''''执法支队`;
const dir = tmpDir('caseaudit-ooxml-');
const ds = path.join(dir, 'hostile.json');

beforeAll(() => {
  const data = JSON.parse(readFileSync(path.join(ROOT, 'samples/json/province.json'), 'utf8'));
  data.cases.forEach((c: { unit: string; facts?: string; party?: { name: string } }, i: number) => {
    if (i % 3 === 0) c.unit = QUOTE_UNIT;
    if (i % 3 === 1) c.unit = '九江市\uFFFE应急管理局';
    if (i % 5 === 0) c.facts = `未如实记录\uFFFE培训\uFFFF情况`;
    if (i % 7 === 0 && c.party) c.party.name = `江西\uFFFF某公司`;
  });
  writeFileSync(ds, JSON.stringify(data));
});

describe('OOXML outputs with hostile text', () => {
  it('sample, worksheet and report write well-formed xlsx/docx, with a warning counting the replaced characters', async () => {
    const m = path.join(dir, 'manifest.json');
    const s = await runInProcess(['sample', ds, '--kind', 'cases', '--rate', '50%', '--strata', 'unit', '--seed', '7', '-o', m]);
    expect(s.stderr).not.toContain('internal error');
    expect(s.stderr).not.toContain('内部错误');
    expect(s.code).toBe(0);
    expect(s.stderr).toMatch(/U\+FFFD/);
    const w = await runInProcess(['worksheet', ds, '--sample', m, '-o', path.join(dir, 'review.xlsx')]);
    expect(w.code).toBe(0);
    expect(w.stderr).toMatch(/U\+FFFD/);
    const results = path.join(dir, 'results.json');
    expect((await runInProcess(['score', ds, '-o', results])).code).toBe(0);
    const r = await runInProcess(['report', results, '--dataset', ds, '--format', 'xlsx,docx', '-o', path.join(dir, 'report')]);
    expect(r.code).toBe(0);
    const files = [path.join(dir, 'manifest.xlsx'), path.join(dir, 'review.xlsx'), ...readdirSync(path.join(dir, 'report')).map((f) => path.join(dir, 'report', f))].filter((f) => /\.(xlsx|docx)$/.test(f));
    expect(files.length).toBeGreaterThanOrEqual(4);
    const errors: string[] = [];
    for (const f of files) errors.push(...(await xmlErrors(f)));
    expect(errors).toEqual([]);
    const list = await JSZip.loadAsync(readFileSync(path.join(dir, 'manifest.xlsx')));
    const workbook = await list.file('xl/workbook.xml')!.async('string');
    const names = [...workbook.matchAll(/<sheet [^>]*name="([^"]*)"/g)].map((x) => x[1]!);
    expect(names.some((n) => n.includes('南昌市应急管理局'))).toBe(true);
    for (const n of names) expect(n).not.toMatch(/^'|'$/);
  }, 60_000);
});

describe('sheetName and xmlText', () => {
  it('makes any name legal and unique: 31 characters, no []:*?/\\, no apostrophe at either end', () => {
    const used = new Set<string>();
    const names = [`'${'x'.repeat(40)}`, `${'y'.repeat(30)}'z`, 'a[b]:c*d?e/f\\g', '', "''", 'History', 'dup', 'DUP', 'dup', `${'😀'.repeat(16)}`].map((n) => sheetName(n, used));
    for (const n of names) {
      expect(n.length).toBeGreaterThan(0);
      expect(n.length).toBeLessThanOrEqual(31);
      expect(n).not.toMatch(/[[\]:*?/\\]|^'|'$/);
      expect(n).not.toMatch(/[\uD800-\uDBFF]$/);
    }
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length);
    expect(names[1]).toBe('y'.repeat(30));
    expect(names[5]).not.toBe('History');
  });

  it('replaces exactly the characters XML 1.0 forbids', () => {
    expect(xmlText('a\tb\nc\r案件😀\uE000\uFFFD')).toBe('a\tb\nc\r案件😀\uE000\uFFFD');
    expect(xmlText('a\u0000b\u0008c\uFFFEd\uFFFFe\uD800f')).toBe('a\uFFFDb\uFFFDc\uFFFDd\uFFFDe\uFFFDf');
  });
});

/** Iterations: small in `npm test`, larger with FUZZ_RUNS (npm run fuzz). */
const RUNS = Number(process.env.FUZZ_RUNS ?? 300);

describe('fuzz: any text, any names', () => {
  it('xmlText of any string (full Unicode, lone surrogates, controls) is well-formed XML text', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.oneof(fc.constantFrom('\uFFFE', '\uFFFF', '\u0000', '\u001F', '\uD800', '\uDFFF', '&', '<', "'"), fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }), fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c))), maxLength: 40 }), (text) => {
        const errors: string[] = [];
        const parser = new SaxesParser();
        parser.on('error', (e) => void errors.push(e.message));
        parser.write(`<a>${xmlText(text).replace(/&/g, '&amp;').replace(/</g, '&lt;')}</a>`).close();
        expect(errors).toEqual([]);
      }),
      { numRuns: RUNS },
    );
  });

  it('sheetName of any list of names: each legal, all unique', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: fc.oneof(fc.constantFrom("'", '[', ']', ':', '*', '?', '/', '\\', ' ', '\uFFFE', 'a', 'A'), fc.string({ unit: 'binary', minLength: 1, maxLength: 1 })), maxLength: 40 }), { maxLength: 30 }), (names) => {
        const used = new Set<string>();
        const out = names.map((n) => sheetName(n, used));
        for (const n of out) {
          expect(n.length).toBeGreaterThan(0);
          expect(n.length).toBeLessThanOrEqual(31);
          expect(n).not.toMatch(/[[\]:*?/\\]|^'|'$/);
          expect(xmlText(n)).toBe(n);
        }
        expect(new Set(out.map((n) => n.toLowerCase())).size).toBe(out.length);
      }),
      { numRuns: RUNS },
    );
  });
});
