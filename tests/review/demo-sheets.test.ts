/** The demo's filled reviewer sheets (samples/reviews/) must match the demo's current draw, assignment and checklists. */
import { describe, it, expect } from 'vitest';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT, tmpDir } from '../helpers/cli.js';

const list = (dir: string): string[] => readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? list(path.join(dir, e.name)).map((f) => `${e.name}/${f}`) : [e.name])).sort();

describe('samples/reviews', () => {
  it('are what scripts/generate-review-sheets.mjs writes today (else: npm run samples:reviews)', () => {
    const out = tmpDir();
    const r = spawnSync(process.execPath, [path.join(ROOT, 'scripts/generate-review-sheets.mjs'), out], { cwd: ROOT, encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    const shipped = path.join(ROOT, 'samples/reviews');
    expect(list(out)).toEqual(list(shipped));
    for (const f of list(out)) expect(readFileSync(path.join(out, f)).equals(readFileSync(path.join(shipped, f))), `${f} is stale: run npm run samples:reviews`).toBe(true);
  }, 120_000);
});
