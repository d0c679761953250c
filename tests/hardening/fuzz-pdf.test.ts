import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ingest } from '../../src/ingest/index.js';
import { CaseAuditError } from '../../src/errors.js';
import { SAMPLES_DIR } from '../../src/util/paths.js';
import { tmpDir } from '../helpers/cli.js';

/** Iterations: small in `npm test`, larger with FUZZ_RUNS (npm run fuzz). */
const RUNS = Math.max(8, Math.floor(Number(process.env.FUZZ_RUNS ?? 120) / 10));
const dir = tmpDir('caseaudit-fuzz-pdf-');
const valid = readFileSync(path.join(SAMPLES_DIR, 'pdf', 'case-01.pdf'));
let n = 0;
const outcomes: Record<string, number> = {};

/** Import one mutated PDF (OCR off): a case (maybe with fewer fields) or an input error, within 20 s, never a crash. */
async function tryIngest(bytes: Buffer): Promise<void> {
  const f = path.join(dir, `f${n++}.pdf`);
  writeFileSync(f, bytes);
  let timer: NodeJS.Timeout | undefined;
  const hang = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`ingest hung on ${f}`)), 20_000);
  });
  try {
    const { dataset, inputs } = await Promise.race([ingest([f], { ocr: 'off' }), hang]);
    expect(inputs).toHaveLength(1);
    outcomes[inputs[0]!.status] = (outcomes[inputs[0]!.status] ?? 0) + 1;
    expect(inputs[0]!.status).not.toBe('error');
    // a PDF is one case file: one record, or none with the input marked (needs OCR or nothing readable)
    expect(dataset.cases.length).toBeLessThanOrEqual(1);
    for (const c of dataset.cases) expect(c.source.file).toBe(f);
  } catch (err) {
    if (!(err instanceof CaseAuditError)) throw err;
    expect(err.exitCode).toBe(2);
    expect(err.message).toContain(f);
    outcomes['input error'] = (outcomes['input error'] ?? 0) + 1;
  } finally {
    clearTimeout(timer);
  }
}

describe('fuzz: damaged PDFs never crash or hang the import', () => {
  it('byte mutations and truncations of a case-file PDF', async () => {
    await fc.assert(
      // positions spread evenly over the whole file (fast-check's small-number bias would hit only the header)
      fc.asyncProperty(
        fc.array(fc.tuple(fc.noBias(fc.integer({ min: 16, max: valid.length - 1 })), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 40 }),
        fc.option(fc.noBias(fc.integer({ min: 16, max: valid.length - 1 })), { freq: 4 }),
        async (flips, cut) => {
          const b = Buffer.from(valid);
          for (const [at, v] of flips) b[at] = v;
          await tryIngest(cut === null ? b : b.subarray(0, cut));
        },
      ),
      { numRuns: RUNS, seed: 20251129 },
    );
    // the mutations reach both outcomes: damaged files that still read, and files refused with a message
    expect(Object.keys(outcomes).sort()).toEqual(expect.arrayContaining(['input error', 'ok']));
  }, 600_000);
});
