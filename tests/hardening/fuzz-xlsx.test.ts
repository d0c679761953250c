import { describe, it, expect, beforeAll } from 'vitest';
import fc from 'fast-check';
import ExcelJS from 'exceljs';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { ingest } from '../../src/ingest/index.js';
import { CaseAuditError } from '../../src/errors.js';
import { tmpDir } from '../helpers/cli.js';

/** Iterations: small in `npm test`, larger with FUZZ_RUNS (npm run fuzz). */
const RUNS = Math.max(10, Math.floor(Number(process.env.FUZZ_RUNS ?? 150) / 5));
const HEADERS = ['案件编号', '执法单位', '当事人', '统一社会信用代码', '罚款金额', '执法人员', '执法证号', '立案日期', '决定日期', '送达日期'];
const ROW = ['（赣）应急罚〔2025〕1号', '南昌市应急管理局', '某某化工有限公司', '91360100MA35XXXX0X', '3万元', '张三、李四', '36010019001、36010019002', '2025年1月2日', '2025-02-10', '2025/2/12'];

const dir = tmpDir('caseaudit-fuzz-xlsx-');
let n = 0;

/** Build an xlsx: a title row, the header, then rows (cells may be any value exceljs takes). */
async function workbook(rows: unknown[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.created = wb.modified = new Date('2025-07-01T00:00:00Z');
  const ws = wb.addWorksheet('案件');
  ws.addRow(['江西省应急管理系统行政处罚案件台账']);
  ws.addRow(HEADERS);
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

async function tryIngest(bytes: Buffer) {
  const f = path.join(dir, `f${n++}.xlsx`);
  writeFileSync(f, bytes);
  try {
    let timer: NodeJS.Timeout | undefined;
    const hang = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`ingest hung on ${f}`)), 10_000);
    });
    const result = await Promise.race([ingest([f], { duplicates: 'reject', kind: 'cases' }), hang]).finally(() => clearTimeout(timer));
    return { ok: true as const, result };
  } catch (err) {
    if (!(err instanceof CaseAuditError)) throw err;
    expect(err.exitCode).toBe(2);
    return { ok: false as const };
  }
}

const cell = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  fc.integer(),
  fc.double({ noNaN: true }),
  fc.date({ min: new Date('1899-01-01'), max: new Date('2200-01-01'), noInvalidDate: true }),
  fc.constantFrom('', '— —', '暂无', '/', '=1+2', '+SUM(A1)', '@cmd', '2025-02-30', 'abc', '人民币叁万元整', '-5', '1e400'),
);

let valid: Buffer;
beforeAll(async () => {
  valid = await workbook([ROW, ROW.map((v, i) => (i === 0 ? '（赣）应急罚〔2025〕2号' : v))]);
});

describe('fuzz: mutated xlsx inputs never crash; rows read = records + rejects', () => {
  it('cell mutations', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.array(cell, { minLength: 1, maxLength: HEADERS.length }), { minLength: 1, maxLength: 6 }), async (rows) => {
        const r = await tryIngest(await workbook(rows));
        if (!r.ok) return;
        const { dataset, inputs } = r.result;
        for (const s of inputs[0]!.sheets ?? []) expect(s.rowsRead).toBe(s.records + s.rejects);
        const rowsRead = (inputs[0]!.sheets ?? []).reduce((a, s) => a + s.rowsRead, 0);
        expect(dataset.cases.length + dataset.rejects.length).toBe(rowsRead);
      }),
      { numRuns: RUNS },
    );
  });

  it('byte mutations of the zip', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 20 }), fc.option(fc.nat()), async (flips, cut) => {
        const b = Buffer.from(valid);
        for (const [at, v] of flips) b[at % b.length] = v;
        await tryIngest(cut === null ? b : b.subarray(0, cut % b.length));
      }),
      { numRuns: RUNS },
    );
  });

  it('zeroing a byte anywhere (every 11th offset) never hangs or crashes — found two hangs in exceljs/unzipper', async () => {
    for (let at = 0; at < valid.length; at += 11) {
      const b = Buffer.from(valid);
      b[at] = b[at] === 0 ? 0xff : 0;
      await tryIngest(b);
    }
  });
});
