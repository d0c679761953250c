import { describe, it, expect, beforeAll } from 'vitest';
import path from 'node:path';
import { readFileSync, writeFileSync } from 'node:fs';
import { readXlsx } from '../../../src/ingest/excel/read-xlsx.js';
import { rowsWorkerScript } from '../../../src/ingest/excel/rows-thread.js';
import { InputError } from '../../../src/errors.js';
import { setLang } from '../../../src/i18n.js';
import type { CaseFile, Scheme } from '../../../src/model/types.js';
import { ROOT, tmpDir } from '../../helpers/cli.js';

// Large workbooks are read on a worker thread (rows-thread.ts); it must give exactly what the in-process read gives.
const CASES = path.join(ROOT, 'samples', 'xlsx', 'cases.xlsx');

beforeAll(() => setLang('en'));

describe('Excel rows read on a worker thread', () => {
  it('the worker script is built (npm test builds first), so this path is really exercised', () => {
    expect(rowsWorkerScript()).toBeTruthy();
  });

  it('gives the same records, rejects, warnings and per-sheet counts as the in-process read', async () => {
    const inProcess = await readXlsx(CASES, { worker: false });
    const threaded = await readXlsx(CASES, { worker: true });
    expect(inProcess.cases.length).toBeGreaterThan(300);
    expect(threaded.cases).toEqual(inProcess.cases);
    expect(threaded.rejects).toEqual(inProcess.rejects);
    expect(threaded.warnings).toEqual(inProcess.warnings);
    expect(threaded.sheets).toEqual(inProcess.sheets);
  });

  it('streams records to onRecord in row order, with back-pressure honoured', async () => {
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

  it('a workbook damaged inside a worksheet is an input error naming the file, as in process', async () => {
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
