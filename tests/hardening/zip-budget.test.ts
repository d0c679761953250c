/**
 * Issue 22 class 8: an .xlsx whose zip headers lie about the parts' sizes. The real inflated bytes are counted
 * against a per-part budget (lowered here through CASEAUDIT_XLSX_PART_LIMIT_MB, so the parts stay small),
 * the read stops early with a message naming the part, and no temp file is left in TMPDIR — in this thread
 * and on the worker thread.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { readXlsx } from '../../src/ingest/excel/read-xlsx.js';
import { rowsWorkerScript } from '../../src/ingest/excel/rows-thread.js';
import { InputError } from '../../src/errors.js';
import { rawXlsx, rowXml } from '../helpers/raw-xlsx.js';
import { ROOT, runCli, tmpDir } from '../helpers/cli.js';
import { readReviewSheet } from '../../src/score/read-reviews.js';
import { readFeedbackWorkbook } from '../../src/followup/feedback-read.js';
import { readPlan } from '../../src/plan/read-plan.js';
import { readReviewers } from '../../src/review/reviewers.js';
import { MAX_CELL_CHARS } from '../../src/ingest/excel/cells.js';

/** Rewrite the uncompressed size of `name` in its local header and central directory entry to `claim`. */
function lieAboutSize(zip: Buffer, name: string, claim: number): Buffer {
  const buf = Buffer.from(zip);
  const nameBuf = Buffer.from(name);
  let patched = 0;
  for (let p = 0; p < buf.length - 46; p++) {
    const sig = buf.readUInt32LE(p);
    if (sig === 0x04034b50 && buf.subarray(p + 30, p + 30 + nameBuf.length).equals(nameBuf) && buf.readUInt16LE(p + 26) === nameBuf.length) {
      buf.writeUInt32LE(claim, p + 22);
      patched++;
    } else if (sig === 0x02014b50 && buf.subarray(p + 46, p + 46 + nameBuf.length).equals(nameBuf) && buf.readUInt16LE(p + 28) === nameBuf.length) {
      buf.writeUInt32LE(claim, p + 24);
      patched++;
    }
  }
  expect(patched).toBe(2);
  return buf;
}

const dir = tmpDir('caseaudit-zipbomb-');
const tmp = path.join(dir, 'TMPDIR');
let savedTmp: string | undefined;
let savedLimit: string | undefined;
let bomb: string;

beforeAll(async () => {
  mkdirSync(tmp);
  // ~5.5 MB of rows in one part whose headers claim 1 KB; the shared strings come last, so exceljs copies the
  // worksheet into TMPDIR first (as it did with the 1 GB parts of the report)
  const rows = [rowXml(1, ['案件编号', '执法单位', '违法事实'])];
  for (let i = 2; i < 25_000; i++) rows.push(rowXml(i, [`（赣）应急罚〔2025〕${i}号`, '南昌市应急管理局', '未按规定开展安全培训']));
  const zip = await rawXlsx([{ name: '案件', rows: rows.join('') }], { sharedStrings: ['x'], sharedStringsLast: true });
  bomb = path.join(dir, 'lying.xlsx');
  writeFileSync(bomb, lieAboutSize(zip, 'xl/worksheets/sheet1.xml', 1024));
  savedTmp = process.env.TMPDIR;
  savedLimit = process.env.CASEAUDIT_XLSX_PART_LIMIT_MB;
  process.env.TMPDIR = tmp;
  process.env.CASEAUDIT_XLSX_PART_LIMIT_MB = '4';
});

afterAll(() => {
  if (savedTmp === undefined) delete process.env.TMPDIR;
  else process.env.TMPDIR = savedTmp;
  if (savedLimit === undefined) delete process.env.CASEAUDIT_XLSX_PART_LIMIT_MB;
  else process.env.CASEAUDIT_XLSX_PART_LIMIT_MB = savedLimit;
});

describe('a zip that lies about its sizes', () => {
  it('passes the header sniff but is stopped by the real inflated size of the part; nothing left in TMPDIR', async () => {
    const err = await readXlsx(bomb, { worker: false }).then(() => undefined, (e: unknown) => e);
    expect(err).toBeInstanceOf(InputError);
    expect((err as InputError).message).toContain('xl/worksheets/sheet1.xml');
    expect((err as InputError).message).toContain('lying.xlsx');
    expect((err as InputError).message).toMatch(/4 MB/);
    expect((err as InputError).hint).toContain('CASEAUDIT_XLSX_PART_LIMIT_MB');
    expect(readdirSync(tmp)).toEqual([]);
  });

  it.runIf(rowsWorkerScript())('the same on the worker thread, whose exit never runs the temp-file hook', async () => {
    const err = await readXlsx(bomb, { worker: true }).then(() => undefined, (e: unknown) => e);
    expect(err).toBeInstanceOf(InputError);
    expect((err as InputError).message).toContain('xl/worksheets/sheet1.xml');
    expect(readdirSync(tmp)).toEqual([]);
  });

  it('under a higher limit the same workbook reads in full (the limit is the only reason it stopped)', async () => {
    process.env.CASEAUDIT_XLSX_PART_LIMIT_MB = '64';
    try {
      const r = await readXlsx(bomb, { worker: false });
      expect(r.cases).toHaveLength(24_998);
      expect(readdirSync(tmp)).toEqual([]);
    } finally {
      process.env.CASEAUDIT_XLSX_PART_LIMIT_MB = '4';
    }
  });
});

describe('workbooks read whole (reviewer worksheets, feedback workbooks, plans, reviewer lists)', () => {
  const readers: [string, (f: string) => Promise<unknown>][] = [
    ['review sheet (score --reviews)', (f) => readReviewSheet(f)],
    ['feedback workbook (rectify)', (f) => readFeedbackWorkbook(f, { workbooks: [], rows: [], problems: [] } as unknown as Parameters<typeof readFeedbackWorkbook>[1])],
    ['plan (plan)', (f) => readPlan(f)],
    ['reviewers list (assign)', (f) => readReviewers(f)],
  ];
  it.each(readers)('%s: the same budget on the real inflated size, before exceljs loads it', async (_, read) => {
    const err = await read(bomb).then(() => undefined, (e: unknown) => e);
    expect(err).toBeInstanceOf(InputError);
    expect((err as InputError).message).toContain('xl/worksheets/sheet1.xml');
    expect((err as InputError).message).toContain('lying.xlsx');
    expect((err as InputError).message).toMatch(/4 MB/);
    expect((err as InputError).hint).toContain('CASEAUDIT_XLSX_PART_LIMIT_MB');
  });

  it('under a higher limit the loader inflates it and finds the lie itself, after the fact (the budget stopped it first)', async () => {
    process.env.CASEAUDIT_XLSX_PART_LIMIT_MB = '64';
    try {
      const err = await readReviewSheet(bomb).then(() => undefined, (e: unknown) => e);
      expect(err).toBeInstanceOf(InputError);
      expect((err as InputError).message).toMatch(/do not match its data|与实际数据不符/);
      expect((err as InputError).message).not.toContain('sheet1.xml');
    } finally {
      process.env.CASEAUDIT_XLSX_PART_LIMIT_MB = '4';
    }
  });

  it('the sniff and corrupt-zip messages apply too: a CSV renamed, a damaged deflate stream', async () => {
    const csv = path.join(dir, 'renamed.xlsx');
    writeFileSync(csv, '案件编号,评查结论\n1,符合\n');
    expect(((await readReviewSheet(csv).catch((e: unknown) => e)) as InputError).message).toMatch(/text or CSV|文本或 CSV/);
    const good = await rawXlsx([{ name: '评查表', rows: rowXml(1, ['案卷编号', '评查项', '评查结论', '扣分']) + rowXml(2, ['x'.repeat(2000), 'a', '符合', 0]) }]);
    const at = good.indexOf(Buffer.from('xl/worksheets/sheet1.xml')) + 'xl/worksheets/sheet1.xml'.length + 20;
    const bad = Buffer.from(good);
    for (let i = 0; i < 16; i++) bad[at + i] = 0xff;
    const f = path.join(dir, 'damaged.xlsx');
    writeFileSync(f, bad);
    const err = (await readReviewSheet(f).catch((e: unknown) => e)) as InputError;
    expect(err).toBeInstanceOf(InputError);
    expect(err.message).toContain('damaged.xlsx');
    expect(err.message).not.toMatch(/internal error/);
  });

  it('the built CLI: score --reviews with the lying workbook exits 2 naming the part', () => {
    const r = runCli(['score', path.join(ROOT, 'samples', 'json'), '--reviews', bomb, '-o', path.join(dir, 'score-out'), '--lang', 'en'], { env: { CASEAUDIT_XLSX_PART_LIMIT_MB: '4' } });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/the workbook part xl\/worksheets\/sheet1\.xml inflates to more than 4 MB/);
    expect(r.stderr).toContain('lying.xlsx');
  }, 60_000);
});

describe('one enormous cell', () => {
  it('stops at the text cap with the cell address, not V8\'s "Invalid string length"', async () => {
    const saved = process.env.CASEAUDIT_XLSX_TEXT_LIMIT;
    process.env.CASEAUDIT_XLSX_TEXT_LIMIT = '1000000';
    process.env.CASEAUDIT_XLSX_PART_LIMIT_MB = '64';
    try {
      const rows = [rowXml(1, ['案件编号', '执法单位', '违法事实']), rowXml(2, ['（赣）应急罚〔2025〕1号', '南昌市应急管理局', '违'.repeat(1_500_000)])].join('');
      const f = path.join(dir, 'huge-cell.xlsx');
      writeFileSync(f, await rawXlsx([{ name: '案件', rows }]));
      const err = await readXlsx(f, { worker: false }).then(() => undefined, (e: unknown) => e);
      expect(err).toBeInstanceOf(InputError);
      expect((err as InputError).message).toMatch(/C2/);
      expect((err as InputError).message).toContain('huge-cell.xlsx');
      expect((err as InputError).message).toContain('案件');
      expect((err as InputError).location).toMatchObject({ file: f, sheet: '案件' });
      // the built CLI: exit 2 with the same located message
      const r = runCli(['import', f, '-o', path.join(dir, 'huge.json'), '--lang', 'en'], { env: { CASEAUDIT_XLSX_TEXT_LIMIT: '1000000' } });
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/cell C2 of sheet "案件" holds more than 1000000 characters/);
      expect(r.stderr).toContain('huge-cell.xlsx');
      expect(r.stderr).not.toMatch(/internal error|Invalid string length/);
    } finally {
      if (saved === undefined) delete process.env.CASEAUDIT_XLSX_TEXT_LIMIT;
      else process.env.CASEAUDIT_XLSX_TEXT_LIMIT = saved;
      process.env.CASEAUDIT_XLSX_PART_LIMIT_MB = '4';
    }
  });
});

describe('a cell longer than an Excel cell can be (32,767 characters)', () => {
  it('rejects its row with the cell address and imports the others', async () => {
    const rows = [
      rowXml(1, ['案件编号', '执法单位', '违法事实']),
      rowXml(2, ['（赣）应急罚〔2025〕1号', '南昌市应急管理局', '违'.repeat(MAX_CELL_CHARS)]),
      rowXml(3, ['（赣）应急罚〔2025〕2号', '南昌市应急管理局', '违'.repeat(MAX_CELL_CHARS + 1)]),
      rowXml(4, ['（赣）应急罚〔2025〕3号', '南昌市应急管理局', '未按规定开展安全培训']),
    ].join('');
    const f = path.join(dir, 'long-cell.xlsx');
    writeFileSync(f, await rawXlsx([{ name: '案件', rows }]));
    const r = await readXlsx(f, { worker: false });
    expect(r.cases.map((c) => c.id)).toEqual(['（赣）应急罚〔2025〕1号', '（赣）应急罚〔2025〕3号']);
    expect(r.cases[0]!.facts).toHaveLength(MAX_CELL_CHARS); // exactly at the limit: kept whole
    expect(r.rejects).toEqual([expect.objectContaining({ file: f, sheet: '案件', row: 3, column: 'C 违法事实', reason: expect.stringMatching(/C3.*32,768.*32,767/) })]);
  });
});
