import { describe, it, expect } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ingest } from '../../src/ingest/index.js';
import { hashInputs } from '../../src/sample/run.js';
import { checkManifest } from '../../src/sample/manifest.js';
import { redraw, runVerify } from '../../src/sample/verify.js';
import type { Manifest } from '../../src/model/manifest.js';
import { ROOT } from '../helpers/cli.js';

// Manifests written by caseaudit 0.1.0 (commit eb1b47b) before the preset versions of issue 15 (province/city
// floors, scopes, divisions, inspection cases in half-year draws). Those changes must never alter how an old
// manifest re-draws. They were drawn from samples/ as it was then; those exact input files are kept in inputs/
// (same SHA-256 as recorded) and the manifests' paths point there, since samples/ is regenerated over time.
const DIR = path.join(ROOT, 'tests/fixtures/sample/manifests-v1');
const files = readdirSync(DIR).filter((f) => f.endsWith('.json')).sort();

describe('manifests of the first preset versions still verify byte for byte', () => {
  it('has the fixtures', () => expect(files.length).toBeGreaterThanOrEqual(7));

  it.each(files)('%s', async (f) => {
    const text = readFileSync(path.join(DIR, f), 'utf8');
    const m = JSON.parse(text) as Manifest;
    checkManifest(m, f);
    const cwd = process.cwd();
    process.chdir(ROOT); // manifests record input paths relative to the folder they were drawn in
    try {
      const inputs = m.inputs.map((i) => i.path);
      const { dataset } = await ingest(inputs, { kind: m.kind });
      const again = redraw(m, dataset, await hashInputs(inputs));
      expect(`${JSON.stringify(again, null, 2)}\n`).toBe(text);
      const v = await runVerify(path.join(DIR, f), inputs);
      expect(v.differences).toEqual([]);
      expect(v.identical).toBe(true);
    } finally {
      process.chdir(cwd);
    }
  });
});
