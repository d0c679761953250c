/** Malformed flags and environment are usage errors (exit 2, one message, nothing written), never "internal error". */
import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { runInProcess, tmpDir } from '../helpers/cli.js';

describe('usage errors', () => {
  it('--jobs 0 names the flag and the value', async () => {
    const out = path.join(tmpDir(), 'd.json');
    const r = await runInProcess(['import', 'samples/json', '--jobs', '0', '-o', out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--jobs');
    expect(r.stderr).not.toMatch(/内部错误|internal error/);
    expect(existsSync(out)).toBe(false);
  });

  it('a malformed SOURCE_DATE_EPOCH stops sample before anything is written, like report', async () => {
    const out = path.join(tmpDir(), 'm.json');
    const prev = process.env.SOURCE_DATE_EPOCH;
    process.env.SOURCE_DATE_EPOCH = 'abc';
    try {
      const r = await runInProcess(['sample', 'samples/json', '--preset', 'semiannual-cases', '--period', '2025H1', '--seed', '1', '-o', out]);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('SOURCE_DATE_EPOCH');
      expect(existsSync(out)).toBe(false);
    } finally {
      if (prev === undefined) delete process.env.SOURCE_DATE_EPOCH;
      else process.env.SOURCE_DATE_EPOCH = prev;
    }
  });
});
