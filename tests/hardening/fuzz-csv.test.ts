// Mutated CSV and .xls exports never crash the import: each is read (rows read = records + rejects) or is an
// input error (exit 2) naming the file.
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ingest } from '../../src/ingest/index.js';
import { CaseAuditError } from '../../src/errors.js';
import { ROOT, tmpDir } from '../helpers/cli.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? 60);
const TWINS = path.join(ROOT, 'tests/fixtures/ingest/twins');
const dir = tmpDir('caseaudit-fuzz-csv-');
let n = 0;

async function tryIngest(bytes: Buffer, ext: string) {
  const f = path.join(dir, `f${n++}${ext}`);
  writeFileSync(f, bytes);
  try {
    return { ok: true as const, result: await ingest([f], { duplicates: 'reject' }) };
  } catch (err) {
    if (!(err instanceof CaseAuditError)) throw err;
    expect(err.exitCode).toBe(2);
    expect(`${err.message}\n${err.details.join('\n')}`).toContain(path.basename(f));
    return { ok: false as const };
  }
}

const mutation = fc.record({ at: fc.nat(), cut: fc.nat({ max: 64 }), insert: fc.uint8Array({ maxLength: 16 }) });
const mutate = (src: Buffer, m: { at: number; cut: number; insert: Uint8Array }) => {
  const at = m.at % (src.length + 1);
  return Buffer.concat([src.subarray(0, at), Buffer.from(m.insert), src.subarray(Math.min(src.length, at + m.cut))]);
};

describe('fuzz: mutated table exports never crash; accounting holds', () => {
  for (const [name, ext] of [
    ['cases-gbk.csv', '.csv'],
    ['cases-utf8-bom.csv', '.csv'],
    ['cases.xls', '.xls'],
    ['cases-html.xls', '.xls'],
  ] as const) {
    it(`${name}: splices of random bytes`, async () => {
      const src = readFileSync(path.join(TWINS, name));
      await fc.assert(
        fc.asyncProperty(mutation, async (m) => {
          const r = await tryIngest(mutate(src, m), ext);
          if (r.ok) for (const i of r.result.inputs) for (const s of i.sheets ?? []) expect(s.rowsRead).toBe(s.records + s.rejects);
        }),
        // found by this property: a splice that left SheetJS listing a sheet with no data crashed the .xls reader
        { numRuns: RUNS, examples: [[{ at: 1727157428, cut: 6, insert: Uint8Array.from([0, 0, 0, 6, 0, 0]) }]] },
      );
    });
  }
});
