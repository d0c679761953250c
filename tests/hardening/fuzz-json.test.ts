import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { ingest } from '../../src/ingest/index.js';
import { CaseAuditError } from '../../src/errors.js';
import { tmpDir } from '../helpers/cli.js';

/** Iterations: small in `npm test`, larger with FUZZ_RUNS (npm run fuzz). */
const RUNS = Number(process.env.FUZZ_RUNS ?? 150);

const valid = {
  schemaVersion: 1,
  cases: [
    { id: '（赣）应急罚〔2025〕1号', unit: '南昌市应急管理局', type: 'penalty', fine: 30000, dates: { filed: '2025-01-02', decided: '2025-02-10' }, officers: [{ name: '张三', certNo: '36010019001' }] },
    { id: '（赣）应急罚〔2025〕2号', unit: '九江市应急管理局', type: 'inspection', dates: { filed: '2025-03-02' } },
    { id: '（赣）应急罚〔2025〕3号', unit: '赣州市应急管理局', party: { name: '某某化工有限公司', kind: 'unit' } },
  ],
  schemes: [{ id: 'FA-2025-001', unit: '南昌市应急管理局', items: ['重大危险源'] }],
};

const dir = tmpDir('caseaudit-fuzz-');
let n = 0;

/** Run ingest on bytes; anything but success or a CaseAuditError is a crash. */
async function tryIngest(bytes: string | Buffer) {
  const f = path.join(dir, `f${n++}.json`);
  writeFileSync(f, bytes);
  try {
    return { ok: true as const, result: await ingest([f], { duplicates: 'reject' }) };
  } catch (err) {
    if (!(err instanceof CaseAuditError)) throw err;
    expect(err.exitCode).toBe(2);
    expect(err.message).toContain(f);
    return { ok: false as const };
  }
}

const jsonValue = fc.oneof(fc.string(), fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.array(fc.string()), fc.object());

describe('fuzz: mutated JSON inputs never crash; accounting holds', () => {
  it('structural mutations (replace a value anywhere)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat(), fc.nat(), jsonValue, async (ci, ki, value) => {
        const d = structuredClone(valid) as { cases: Record<string, unknown>[] };
        const c = d.cases[ci % d.cases.length]!;
        const keys = Object.keys(c);
        c[keys[ki % keys.length]!] = value;
        const r = await tryIngest(JSON.stringify(d));
        if (r.ok) {
          const ds = r.result.dataset;
          expect(ds.cases.length + ds.rejects.length).toBe(d.cases.length);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('byte mutations (truncate, splice garbage)', async () => {
    const text = JSON.stringify(valid);
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: text.length }), fc.nat({ max: text.length }), fc.string({ maxLength: 8 }), async (a, b, junk) => {
        const [from, to] = a < b ? [a, b] : [b, a];
        await tryIngest(text.slice(0, from) + junk + text.slice(to));
      }),
      { numRuns: RUNS },
    );
  });
});
