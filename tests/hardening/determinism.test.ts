import { describe, it, expect } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { runCli, tmpDir } from '../helpers/cli.js';

/** Every file under dir, relative, sorted. */
function listFiles(dir: string, base = dir): string[] {
  return readdirSync(dir)
    .flatMap((name) => {
      const p = path.join(dir, name);
      return statSync(p).isDirectory() ? listFiles(p, base) : [path.relative(base, p)];
    })
    .sort();
}

describe('determinism', () => {
  it('two demo runs give byte-identical outputs (SOURCE_DATE_EPOCH fixed)', () => {
    const a = tmpDir();
    const b = tmpDir();
    const env = { SOURCE_DATE_EPOCH: '1751328000' };
    expect(runCli(['demo', '-o', a, '--quiet'], { env }).code).toBe(0);
    expect(runCli(['demo', '-o', b, '--quiet'], { env }).code).toBe(0);
    const files = listFiles(a);
    expect(files.length).toBeGreaterThan(0);
    expect(listFiles(b)).toEqual(files);
    for (const f of files) {
      expect(readFileSync(path.join(b, f)).equals(readFileSync(path.join(a, f))), f).toBe(true);
    }
  });
});
