import { describe, it, expect, beforeAll } from 'vitest';
import path from 'node:path';
import { readFileSync, writeFileSync } from 'node:fs';
import { readXlsx } from '../../../src/ingest/excel/read-xlsx.js';
import { rowsWorkerScript } from '../../../src/ingest/excel/rows-thread.js';
import { decodeCells, encodeCells } from '../../../src/ingest/excel/row-codec.js';
import { plainValue } from '../../../src/ingest/excel/cells.js';
import { writeWorkbook } from '../../fixtures/excel/build.js';
import { InputError } from '../../../src/errors.js';
import { inEnglish, itEn } from '../../helpers/lang.js';
import type { CaseFile, Scheme } from '../../../src/model/types.js';
import { ROOT, tmpDir } from '../../helpers/cli.js';

// Large workbooks are read on a worker thread (rows-thread.ts); it must give exactly what the in-process read gives.
const CASES = path.join(ROOT, 'samples', 'xlsx', 'cases.xlsx');


describe('Excel rows read on a worker thread', () => {
  itEn('the worker script is built (npm test builds first), so this path is really exercised', () => {
    expect(rowsWorkerScript()).toBeTruthy();
  });

  itEn('gives the same records, rejects, warnings and per-sheet counts as the in-process read', async () => {
    const inProcess = await readXlsx(CASES, { worker: false });
    const threaded = await readXlsx(CASES, { worker: true });
    expect(inProcess.cases.length).toBeGreaterThan(300);
    expect(threaded.cases).toEqual(inProcess.cases);
    expect(threaded.rejects).toEqual(inProcess.rejects);
    expect(threaded.warnings).toEqual(inProcess.warnings);
    expect(threaded.sheets).toEqual(inProcess.sheets);
  });

  itEn('streams records to onRecord in row order, with back-pressure honoured', async () => {
    const seen: (CaseFile | Scheme)[] = [];
    const r = await readXlsx(CASES, {
      worker: true,
      onRecord: async (_kind, rec) => {
        seen.push(rec);
        if (seen.length % 50 === 0) await new Promise((resolve) => setTimeout(resolve, 5)); // a slow writer
      },
    });
    expect(r.cases).toEqual([]);
    const rows = seen.map((c) => c.source.row!);
    expect(rows).toEqual([...rows].sort((a, b) => a - b));
    expect(seen).toEqual((await readXlsx(CASES, { worker: false })).cases);
  });

  itEn('a workbook damaged inside a worksheet is an input error naming the file, as in process', async () => {
    const bytes = Buffer.from(readFileSync(CASES));
    const at = bytes.indexOf(Buffer.from('xl/worksheets/sheet1.xml'));
    expect(at).toBeGreaterThan(0);
    bytes.fill(0x55, at + 600, at + 900); // garbage in the middle of the sheet's deflate stream
    const f = path.join(tmpDir('caseaudit-rows-'), 'damaged.xlsx');
    writeFileSync(f, bytes);
    const errs = await Promise.all([false, true].map((worker) => readXlsx(f, { worker }).then(() => undefined, (e: unknown) => e)));
    for (const e of errs) {
      expect(e).toBeInstanceOf(InputError);
      expect((e as InputError).message).toContain(f);
      expect((e as InputError).location?.file).toBe(f);
    }
    expect((errs[1] as Error).message).toBe((errs[0] as Error).message);
  });
});

describe('row codec between the threads', () => {
  itEn('every kind of cell exceljs gives comes back as the same plain value', () => {
    const d = new Date(Date.UTC(2025, 2, 8));
    const cells = [undefined, '案件编号', '', 0, -3.5, 1e21, Number.NaN, true, false, d, new Date(Number.NaN), { richText: [{ text: '甲' }, { text: '乙' }] }, { formula: 'A1+1', result: 42 }, { formula: 'TODAY()', result: d }, { formula: 'X()' }, { error: '#N/A' }, { text: '链接', hyperlink: 'http://x' }, '"引号"\\\n\u2028'];
    const sparse: unknown[] = [];
    sparse[3] = 'x';
    for (const row of [cells, sparse]) {
      const back = decodeCells(JSON.parse(JSON.stringify(encodeCells(row))) as unknown[]);
      expect(back).toEqual(Array.from(row, (v) => plainValue(v)));
    }
  });

  itEn('a workbook with rich text, formulas, errors, links, booleans and dates reads the same on both paths', async () => {
    const f = await writeWorkbook(path.join(tmpDir('caseaudit-codec-'), 'kinds.xlsx'), [
      {
        name: '案件',
        rows: [
          ['案件编号', '当事人', '罚款金额', '决定日期', '立案日期', '信用推送', '违法事实'],
          ['K-1', { richText: [{ text: '南昌' }, { text: '某公司' }] }, { formula: '1000*3', result: 3000 }, new Date(Date.UTC(2025, 3, 1)), { error: '#N/A' }, true, { text: '事实', hyperlink: 'http://example.com' }],
          ['K-2', '乙', { formula: 'B1' }, 45731, '2025年2月30日', '否', null],
        ],
      },
    ]);
    const a = await readXlsx(f, { worker: false });
    const b = await readXlsx(f, { worker: true });
    expect(a.cases).toHaveLength(2);
    expect(a.warnings.length).toBeGreaterThan(0); // the #N/A date, the formula without a result, 2月30日
    expect(b.cases).toEqual(a.cases);
    expect(b.warnings).toEqual(a.warnings);
    expect(b.rejects).toEqual(a.rejects);
  });
});
