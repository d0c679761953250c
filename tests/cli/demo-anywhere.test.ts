/**
 * The demo's outputs do not depend on where the checkout lives: two copies of the package in different
 * folders, each running `caseaudit demo` from its own root, write byte-identical files (same SHA-256).
 */
import { describe, expect, it } from 'vitest';
import { cpSync, mkdirSync, readFileSync, readdirSync, statSync, symlinkSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { ROOT, tmpDir } from '../helpers/cli.js';

/** A copy of the runnable package (bin, dist, templates, samples, package.json; node_modules linked). */
function copyPackage(to: string): void {
  mkdirSync(to, { recursive: true });
  for (const d of ['bin', 'dist', 'templates', 'samples', 'package.json']) cpSync(path.join(ROOT, d), path.join(to, d), { recursive: true });
  symlinkSync(path.join(ROOT, 'node_modules'), path.join(to, 'node_modules'), 'dir');
}

/** SHA-256 of every file under a folder, by relative path. */
function hashes(folder: string, rel = ''): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of readdirSync(path.join(folder, rel)).sort()) {
    const r = path.join(rel, e);
    if (statSync(path.join(folder, r)).isDirectory()) Object.assign(out, hashes(folder, r));
    else out[r] = createHash('sha256').update(readFileSync(path.join(folder, r))).digest('hex');
  }
  return out;
}

describe('the demo from two different folders', () => {
  it('writes the same bytes in every file', () => {
    const base = tmpDir('caseaudit-anywhere-');
    const results = ['first/checkout', 'second/elsewhere/caseaudit'].map((where) => {
      const root = path.join(base, where);
      copyPackage(root);
      const r = spawnSync(process.execPath, [path.join(root, 'bin', 'caseaudit.js'), 'demo', '-o', 'out'], { cwd: root, env: { ...process.env, NO_COLOR: '1' }, encoding: 'utf8' });
      expect(r.status, r.stderr).toBe(0);
      return hashes(path.join(root, 'out'));
    });
    expect(Object.keys(results[0]!).length).toBeGreaterThan(20);
    expect(results[1]).toEqual(results[0]);
  }, 600_000);
});
