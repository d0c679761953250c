/**
 * Issue 22 class 8 (rest): a sheet without a header row is no longer parsed to its end. The header is looked for
 * in the first HEADER_SCAN_ROWS non-empty rows; then the sheet is left (the read stops when it is the last one)
 * and the import ends with exit 2, "no recognisable header row", naming the file and the sheet. The sheets are
 * generated here (300,000 rows streamed to a temp file); the proof is a count of the rows the reader parsed, not
 * a timing.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { readTable, readXlsx, NO_HEADER } from '../../src/ingest/excel/read-xlsx.js';
import { readWorkbookRows } from '../../src/ingest/excel/rows.js';
import { readRowsInWorker, rowsWorkerScript } from '../../src/ingest/excel/rows-thread.js';
import { HEADER_SCAN_ROWS } from '../../src/ingest/excel/detect.js';
import { sniffXlsx } from '../../src/ingest/excel/sniff.js';
import { sniffCsv, readCsvRows } from '../../src/ingest/csv/read-csv.js';
import type { RowSink } from '../../src/ingest/excel/row-sink.js';
import { InputError } from '../../src/errors.js';
import { rowXml } from '../helpers/raw-xlsx.js';
import { writeStreamedXlsx } from '../helpers/streamed-xlsx.js';
import { runCli, tmpDir } from '../helpers/cli.js';

const ROWS = 300_000;
const dir = tmpDir('caseaudit-headerless-');
const headerless = path.join(dir, 'headerless.xlsx');
const mixed = path.join(dir, 'mixed.xlsx');
const mixedSst = path.join(dir, 'mixed-sst.xlsx');
const mixedSstLast = path.join(dir, 'mixed-sst-last.xlsx');

/** Rows of a log-like sheet: a number, a name, an amount — nothing a header alias matches. */
function* logRows(from = 1): Iterable<string> {
  for (let i = from; i < from + ROWS; i++) yield rowXml(i, [i, `记录${i % 97}`, (i % 1000) + 0.5, '甲乙丙丁戊己庚辛壬癸'.repeat(3)]);
}

beforeAll(async () => {
  const [size] = await writeStreamedXlsx(headerless, [{ name: '导出日志', rows: () => logRows() }]);
  expect(size).toBeGreaterThan(40 * 1024 ** 2); // a sheet worth not parsing
  const cases = {
    name: '案件',
    rows: function* () {
      yield rowXml(1, ['案件编号', '执法单位', '决定日期']);
      for (let i = 1; i <= 3; i++) yield rowXml(i + 1, [`（赣）应急罚〔2025〕${i}号`, '南昌市应急管理局', '2025-02-10']);
    },
  };
  await writeStreamedXlsx(mixed, [{ name: '日志', rows: () => logRows() }, cases]);
  // shared strings before the worksheets: exceljs parses each sheet straight from the zip (no temp copy)
  await writeStreamedXlsx(mixedSst, [{ name: '日志', rows: () => logRows() }, cases], { sharedStrings: ['南昌市应急管理局'] });
  // after them, as Excel orders its parts: exceljs copies each worksheet to a temp file before parsing it
  await writeStreamedXlsx(mixedSstLast, [{ name: '日志', rows: () => logRows() }, cases], { sharedStrings: ['南昌市应急管理局'], sharedStringsLast: true });
}, 120_000);

afterAll(() => rmSync(dir, { recursive: true, force: true })); // ~35 MB of generated workbooks

/** Wrap a sink, counting the rows handed to it. */
function counting(sink: RowSink, count: { rows: number }): RowSink {
  return { sheet: sink.sheet, sheetEnd: sink.sheetEnd, row: (n, v) => (count.rows++, sink.row(n, v)) };
}

describe('a large sheet without a header row', () => {
  it(`is left after the first ${HEADER_SCAN_ROWS} non-empty rows; the import fails naming the file and the sheet`, async () => {
    const { worksheets, sharedStrings } = await sniffXlsx(headerless);
    let parsed = 0;
    const err = await readTable(headerless, 'xlsx', {}, async (sink) => (parsed = (await readWorkbookRows(headerless, sink, { worksheets, sharedStrings })).rows)).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(InputError);
    expect((err as InputError).code).toBe(NO_HEADER);
    expect((err as InputError).message).toMatch(/no recognisable header row|找不到可识别的表头/);
    expect((err as InputError).message).toContain('headerless.xlsx');
    expect((err as InputError).message).toContain('导出日志');
    expect((err as InputError).location).toMatchObject({ file: headerless, sheet: '导出日志' });
    expect(parsed).toBe(HEADER_SCAN_ROWS); // of 300,000
  }, 60_000);

  it.runIf(rowsWorkerScript())('the same on the worker thread: it stops within a few batches of the scan rows', async () => {
    const { worksheets, sharedStrings } = await sniffXlsx(headerless);
    let parsed = 0;
    const err = await readTable(headerless, 'xlsx', {}, async (sink) => (parsed = (await readRowsInWorker(headerless, sink, rowsWorkerScript()!, { worksheets, sharedStrings })).rows)).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect((err as InputError).code).toBe(NO_HEADER);
    expect((err as InputError).message).toContain('导出日志');
    // the worker runs at most 8 batches of 200 rows ahead of the main thread
    expect(parsed).toBeGreaterThanOrEqual(HEADER_SCAN_ROWS);
    expect(parsed).toBeLessThan(5_000);
  }, 60_000);

  it.each([
    ['inline strings only (parsed straight from the zip)', mixed],
    ['shared strings first (parsed straight from the zip)', mixedSst],
    ['shared strings last (each worksheet copied to a temp file first)', mixedSstLast],
  ])('a headerless sheet before a sheet with a header, %s: skipped unparsed with a warning, the next sheet imported', async (_, file) => {
    const mixed = file;
    const count = { rows: 0 };
    const { worksheets, sharedStrings } = await sniffXlsx(mixed);
    const r = await readTable(mixed, 'xlsx', {}, (sink) => readWorkbookRows(mixed, counting(sink, count), { worksheets, sharedStrings }));
    expect(r.cases.map((c) => c.id)).toEqual(['（赣）应急罚〔2025〕1号', '（赣）应急罚〔2025〕2号', '（赣）应急罚〔2025〕3号']);
    expect(r.warnings).toContainEqual(expect.objectContaining({ sheet: '日志', reason: expect.stringMatching(/no recognisable header|没有可识别的表头/) }));
    expect(count.rows).toBe(HEADER_SCAN_ROWS + 4);
    // and through the public reader, on either thread
    for (const worker of [false, true]) expect((await readXlsx(mixed, { worker })).cases).toHaveLength(3);
  }, 60_000);

  it('the built CLI: exit 2, the message names the file and the sheet, nothing written', () => {
    const out = path.join(dir, 'out.json');
    const r = runCli(['import', headerless, '-o', out, '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/no recognisable header row in the first 50 non-empty rows of sheet "导出日志"/);
    expect(r.stderr).toContain('headerless.xlsx');
    expect(r.stderr).not.toMatch(/internal error/);
    expect(existsSync(out)).toBe(false);
  }, 60_000);

  it('a headerless CSV of 300,000 lines is left after the scan rows too', async () => {
    const csv = path.join(dir, 'log.csv');
    const lines: string[] = [];
    for (let i = 1; i <= ROWS; i++) lines.push(`${i},记录${i % 97},${(i % 1000) + 0.5}`);
    writeFileSync(csv, lines.join('\n'));
    const fmt = await sniffCsv(csv);
    const count = { rows: 0 };
    const err = await readTable(csv, 'csv', {}, (sink) => readCsvRows(csv, fmt, counting(sink, count))).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect((err as InputError).code).toBe(NO_HEADER);
    expect((err as InputError).message).toContain('log.csv');
    expect(count.rows).toBe(HEADER_SCAN_ROWS);
  }, 60_000);
});
