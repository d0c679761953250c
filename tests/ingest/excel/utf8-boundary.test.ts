import { describe, it, expect, beforeAll } from 'vitest';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import seedrandom from 'seedrandom';
import ExcelJS from 'exceljs';
import { readXlsx } from '../../../src/ingest/excel/read-xlsx.js';
import { ROOT, tmpDir } from '../../helpers/cli.js';

// exceljs 4.4.0 streaming reader turns a UTF-8 character split across inflated chunks into U+FFFD;
// src/ingest/excel/exceljs.ts replaces its parse-sax with a StringDecoder version. Prove every cell survives.
const ROWS = 20_000;
const INLINE_ROWS = 6_000;
let rows: string[][];
const files: Record<string, string> = {};

function randomChinese(rng: () => number): string {
  let s = '';
  const n = 2 + Math.floor(rng() * 30); // a lone 无 or 空 would be read as a placeholder
  for (let i = 0; i < n; i++) {
    const r = rng();
    // mostly CJK (3 bytes), some 2-byte, 4-byte (astral: 𠀀 block) and ASCII characters
    if (r < 0.85) s += String.fromCodePoint(0x4e00 + Math.floor(rng() * 0x51a5));
    else if (r < 0.9) s += String.fromCodePoint(0x00c0 + Math.floor(rng() * 0x100));
    else if (r < 0.95) s += String.fromCodePoint(0x20000 + Math.floor(rng() * 0x500));
    else s += String.fromCodePoint(0x41 + Math.floor(rng() * 26));
  }
  return s;
}

async function write(file: string, useSharedStrings: boolean, count: number): Promise<string> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings });
  const ws = wb.addWorksheet('案件');
  ws.addRow(['案件编号', '当事人', '违法事实']).commit();
  for (const r of rows.slice(0, count)) ws.addRow(r).commit();
  ws.commit();
  await wb.commit();
  return file;
}

beforeAll(async () => {
  const rng = seedrandom('utf8-boundary');
  rows = Array.from({ length: ROWS }, (_, i) => [`U-${i + 1}`, randomChinese(rng), randomChinese(rng)]);
  const dir = tmpDir('caseaudit-utf8-');
  files.shared = await write(path.join(dir, 'shared.xlsx'), true, ROWS);
  files.inline = await write(path.join(dir, 'inline.xlsx'), false, INLINE_ROWS);
});

/**
 * Count U+FFFD cells read in a child process (this one has the patched module cached): by an unpatched exceljs,
 * or by ours loaded after an unpatched exceljs was already in the module cache (a report writer loaded first).
 */
function corruptCells(file: string, which: 'bare' | 'patched-after-bare'): number {
  const load = which === 'bare' ? 'const E = require("exceljs");' : 'require("exceljs"); const E = (await import("./dist/ingest/excel/exceljs.js")).ExcelJS;';
  const script = `(async () => { ${load} let bad = 0;
    for await (const ws of new E.stream.xlsx.WorkbookReader(process.argv[1], {}))
      for await (const row of ws) for (const v of row.values) if (typeof v === 'string' && v.includes('\\uFFFD')) bad++;
    console.log(bad); })();`;
  const r = spawnSync(process.execPath, ['-e', script, file], { cwd: ROOT, encoding: 'utf8' });
  expect(r.stderr).toBe('');
  expect(r.stdout.trim()).toMatch(/^\d+$/);
  return Number(r.stdout.trim());
}

describe('UTF-8 across inflate chunk boundaries', () => {
  for (const kind of ['shared', 'inline'] as const) {
    const n = kind === 'shared' ? ROWS : INLINE_ROWS;
    it(`every cell of ${n} rows of random Chinese text comes back byte-identical (${kind} strings)`, async () => {
      const r = await readXlsx(files[kind]!);
      expect(r.cases).toHaveLength(n);
      let diff = 0;
      r.cases.forEach((c, i) => {
        const want = rows[i]!;
        if (c.id !== want[0] || c.party?.name !== want[1] || c.facts !== want[2]) diff++;
      });
      expect(diff).toBe(0);
      expect(r.warnings).toEqual([]);
      expect(r.sheets).toEqual([{ sheet: '案件', rowsRead: n, records: n, rejects: 0 }]);
    });
  }
});

describe('the control: unpatched exceljs on the same files', () => {
  it('does corrupt cells (so the test above can fail)', async () => {
    expect(corruptCells(files.inline!, 'bare')).toBeGreaterThan(0);
  });
  it('the patch holds even when exceljs was loaded before it', () => {
    expect(corruptCells(files.inline!, 'patched-after-bare')).toBe(0);
  });
});
