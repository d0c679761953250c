import { describe, it, expect, beforeAll } from 'vitest';
import path from 'node:path';
import { readFileSync } from 'node:fs';
import { readXlsx } from '../../../src/ingest/excel/read-xlsx.js';
import { InputError } from '../../../src/errors.js';
import { inEnglish, itEn } from '../../helpers/lang.js';
import { tmpDir } from '../../helpers/cli.js';
import { titleRowsWorkbook, writeText, writeWorkbook } from '../../fixtures/excel/build.js';

let dir: string;
let good: string;
beforeAll(async () => {
  dir = tmpDir('caseaudit-badxlsx-');
  good = await titleRowsWorkbook(dir);
});

const OLE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

async function failure(file: string): Promise<InputError> {
  const err = await readXlsx(file).then(() => undefined, (e: unknown) => e);
  expect(err).toBeInstanceOf(InputError);
  const e = err as InputError;
  expect(e.message).toContain(file);
  expect(e.exitCode).toBe(2);
  return e;
}

describe('not a readable xlsx → InputError naming the file', () => {
  itEn('empty file', async () => {
    expect((await failure(writeText(dir, 'empty.xlsx', ''))).message).toMatch(/empty file/);
  });

  itEn('legacy .xls (OLE) says how to convert', async () => {
    const e = await failure(writeText(dir, 'old.xlsx', Buffer.concat([OLE, Buffer.alloc(4096, 1)])));
    expect(e.message).toMatch(/\.xls/);
    expect(e.hint).toMatch(/Save As \.xlsx.*libreoffice --headless --convert-to xlsx/);
  });

  itEn('password-protected workbook (OLE with EncryptionInfo)', async () => {
    const body = Buffer.concat([OLE, Buffer.alloc(600), Buffer.from('EncryptionInfo', 'utf16le'), Buffer.alloc(600)]);
    expect((await failure(writeText(dir, 'locked.xlsx', body))).message).toMatch(/password/);
  });

  itEn('CSV renamed to .xlsx', async () => {
    const e = await failure(writeText(dir, 'cases.xlsx', '案件编号,当事人\nA-1,某公司\n'));
    expect(e.message).toMatch(/CSV/);
    expect(e.hint).toMatch(/convert-to xlsx/);
  });

  itEn('truncated zip', async () => {
    const bytes = readFileSync(good);
    await failure(writeText(dir, 'truncated.xlsx', bytes.subarray(0, Math.floor(bytes.length / 2))));
  });

  itEn('corrupt deflate data inside an intact zip', async () => {
    const bytes = Buffer.from(readFileSync(good));
    // damage the middle of the file (entry data), keep the central directory at the end intact
    for (let i = 200; i < bytes.length - 1500; i += 7) bytes[i] = bytes[i]! ^ 0x5a;
    await failure(writeText(dir, 'corrupt.xlsx', bytes));
  });

  itEn('a zip that is not a workbook', async () => {
    const bytes = readFileSync(good);
    const fake = Buffer.from(bytes.toString('latin1').replaceAll('xl/workbook.xml', 'xl/workbooq.xml'), 'latin1');
    expect((await failure(writeText(dir, 'notwb.xlsx', fake))).message).toMatch(/workbook/);
  });

  itEn('a zip declaring more than the uncompressed limit (zip bomb guard)', async () => {
    const bytes = Buffer.from(readFileSync(good));
    // set every central-directory entry's uncompressed size to 0xFFFFFFF0 (~4 GB)
    for (let p = bytes.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02])); p >= 0; p = bytes.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]), p + 4)) bytes.writeUInt32LE(0xfffffff0, p + 24);
    expect((await failure(writeText(dir, 'bomb.xlsx', bytes))).message).toMatch(/zip bomb/);
  });

  itEn('a workbook with no recognisable header suggests --print-map and --map', async () => {
    const f = await writeWorkbook(path.join(dir, 'noheader.xlsx'), [{ name: 'S', rows: [['甲', '乙'], ['1', '2']] }]);
    const e = await failure(f);
    expect(e.hint).toMatch(/--print-map/);
    expect(e.hint).toMatch(/--map/);
  });
});
