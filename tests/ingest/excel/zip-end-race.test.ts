import { describe, it, expect, afterEach } from 'vitest';
import { createRequire } from 'node:module';
import path from 'node:path';
import { readXlsx } from '../../../src/ingest/excel/read-xlsx.js';
import { tmpDir } from '../../helpers/cli.js';
import { writeWorkbook } from '../../fixtures/excel/build.js';

// exceljs copies a worksheet that comes before the shared strings to a temp file (via the `tmp` package) and
// parses it at the end. While it does, unzipper has already read the rest of the zip. Slowing the temp file
// down makes the race that CI hit once in ~300 reads happen every time.
const requireFromExceljs = createRequire(path.join(path.dirname(createRequire(import.meta.url).resolve('exceljs/package.json')), 'lib', 'stream', 'xlsx', 'workbook-reader.js'));
const tmp = requireFromExceljs('tmp') as { file: (cb: (...args: unknown[]) => void) => void };
const originalFile = tmp.file;

afterEach(() => {
  tmp.file = originalFile;
});

describe('xlsx zip read to its end while exceljs is still busy', () => {
  it('still reads the shared strings and sheet names that were queued (no early end)', async () => {
    const f = await writeWorkbook(path.join(tmpDir('caseaudit-race-'), 'slow.xlsx'), [
      { name: '说明', rows: [['本表由系统导出']] },
      { name: '案件', rows: [['案件编号', '当事人'], ['K-1', '甲']] },
      { name: '方案', rows: [['方案编号', '检查对象'], ['P-1', '乙']] },
    ]);
    tmp.file = (cb) => {
      setTimeout(() => originalFile.call(tmp, cb), 40);
    };
    const r = await readXlsx(f);
    expect(r.cases.map((c) => [c.id, c.party?.name])).toEqual([['K-1', '甲']]);
    expect(r.schemes.map((s) => s.id)).toEqual(['P-1']);
    expect(r.sheets!.map((s) => s.sheet)).toEqual(['案件', '方案']);
  });
});
