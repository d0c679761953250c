/** The README's API example (examples/api.mjs) runs against the build and prints what the README says. */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';

describe('README: programmatic use', () => {
  it('examples/api.mjs draws 75 files and scores them, printing only what it prints itself', () => {
    const r = spawnSync(process.execPath, [path.resolve('examples/api.mjs')], { encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines[0]).toBe('drew 75 files; wrote manifest.json, manifest.xlsx');
    expect(lines.slice(1)).toHaveLength(3);
    for (const l of lines.slice(1)) expect(l).toMatch(/^\S+ {2}\d+(\.\d+)? {2}(excellent|good|pass|fail|provisional)$/);
    // progress went to the sink the example gave (stderr), in English
    expect(r.stderr).toMatch(/^reading .*province\.json$/m);
  });

  it('the README shows the same calls as the example file', () => {
    const readme = readFileSync('README.md', 'utf8');
    expect(readme).toContain("const drawn = await draw({ inputs, preset: 'semiannual-cases', period: '2025H1', seed: '2025', output: 'manifest.json', context });");
    expect(readFileSync('examples/api.mjs', 'utf8')).toContain("await draw({ inputs, preset: 'semiannual-cases', period: '2025H1', seed: '2025', output: manifest, context })");
  });
});
