import { describe, it, expect } from 'vitest';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT, runCli, tmpDir } from '../helpers/cli.js';

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
  }, 300_000); // two whole demos (with the cross-review and follow-up round trips and the second half-year) on a shared machine
});

describe('determinism under shuffled input', () => {
  it('the same cases and schemes in another order give the same draw, scores, verdicts and ranking', () => {
    const data = JSON.parse(readFileSync(path.join(ROOT, 'samples/json/province.json'), 'utf8'));
    // a fixed, order-scrambling permutation: reverse, then interleave halves
    const scramble = <T>(xs: T[]): T[] => {
      const r = [...xs].reverse();
      const h = Math.ceil(r.length / 2);
      return r.slice(0, h).flatMap((x, i) => (i + h < r.length ? [x, r[i + h]!] : [x]));
    };
    const runs = [data, { ...data, cases: scramble(data.cases), schemes: scramble(data.schemes) }].map((d) => {
      const dir = tmpDir();
      writeFileSync(path.join(dir, 'province.json'), JSON.stringify(d));
      const config = {
        inputs: ['province.json'],
        seed: '20250701',
        period: '2025H1',
        preset: 'semiannual-cases',
        strata: 'unit',
        schemes: { enabled: true, preset: 'semiannual-schemes' },
        outputs: { dir: 'out', formats: ['json'] },
        language: 'zh',
      };
      writeFileSync(path.join(dir, 'audit.json'), JSON.stringify(config));
      const r = runCli(['run', '--config', path.join(dir, 'audit.json'), '--quiet'], { env: { SOURCE_DATE_EPOCH: '1751328000' } });
      expect(r.code, r.stderr).toBeLessThanOrEqual(1);
      return path.join(dir, 'out');
    });
    const [a, b] = runs as [string, string];
    const manifest = (dir: string) => JSON.parse(readFileSync(path.join(dir, 'manifest-cases.json'), 'utf8'));
    expect(manifest(b).selected).toEqual(manifest(a).selected);
    // provenance (the input file's path and a record's position in it) and input hashes differ by design;
    // everything judged from the records must not, down to the order of files and findings
    const judged = (dir: string, f: string) =>
      JSON.parse(readFileSync(path.join(dir, f), 'utf8'), (key, value) => (['file', 'source', 'sha256', 'path', 'inputs'].includes(key) ? undefined : value));
    for (const f of ['results.json', 'schemes.json', 'ranking.json']) {
      expect(judged(b, f), f).toEqual(judged(a, f));
    }
  });
});
