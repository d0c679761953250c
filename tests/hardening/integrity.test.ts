/**
 * Issue 22 class 6: integrity of a draw. Reviewing commands refuse inputs that changed since the draw (unless
 * --allow-changed-input, recorded); a manifest never replaces another without --force, even in a race; --force
 * replaces the draw's whole set; verify covers seedSource and toolVersion.
 */
import { describe, it, expect } from 'vitest';
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { BIN, ROOT, runInProcess, tmpDir } from '../helpers/cli.js';
import { writeFilesAtomic } from '../../src/util/fs.js';
import { UsageError } from '../../src/errors.js';
import { generateSeed, isGeneratedSeed } from '../../src/sample/params.js';

const PROVINCE = path.join(ROOT, 'samples', 'json', 'province.json');

/** A copy of the sample province and a manifest drawn from it. */
async function drawn(extra: string[] = []): Promise<{ dir: string; data: string; manifest: string }> {
  const dir = tmpDir();
  const data = path.join(dir, 'province.json');
  copyFileSync(PROVINCE, data);
  const manifest = path.join(dir, 'm.json');
  const r = await runInProcess(['sample', data, '--rate', '30%', '--no-xlsx', '-o', manifest, '-q', ...extra]);
  expect(r.code, r.stderr).toBe(0);
  return { dir, data, manifest };
}

/** The dataset with one case's fine changed (same ids: only the hash tells). */
function tamper(file: string): void {
  const d = JSON.parse(readFileSync(file, 'utf8'));
  d.cases[0].fine = (d.cases[0].fine ?? 0) + 1000;
  writeFileSync(file, JSON.stringify(d));
}

describe('reviewing a drawn sample checks the inputs against the manifest', () => {
  it('score and worksheet --sample refuse a dataset changed since the draw, naming the manifest and the file', async () => {
    const { dir, data, manifest } = await drawn(['--seed', '7']);
    expect((await runInProcess(['score', data, '--sample', manifest, '-o', path.join(dir, 'ok.json')])).code).toBe(0);
    tamper(data);
    const s = await runInProcess(['score', data, '--sample', manifest, '-o', path.join(dir, 'r.json'), '--lang', 'en']);
    expect(s.code).toBe(2);
    expect(s.stderr).toContain(manifest);
    expect(s.stderr).toContain('province.json');
    expect(s.stderr).toMatch(/--allow-changed-input/);
    expect(existsSync(path.join(dir, 'r.json'))).toBe(false);
    const w = await runInProcess(['worksheet', data, '--sample', manifest, '-o', path.join(dir, 'review.xlsx')]);
    expect(w.code).toBe(2);
    expect(existsSync(path.join(dir, 'review.xlsx'))).toBe(false);
  });

  it('--allow-changed-input goes on, warns, and records the changed inputs in the results', async () => {
    const { dir, data, manifest } = await drawn(['--seed', '7']);
    const before = JSON.parse(readFileSync(manifest, 'utf8')).inputs[0].sha256;
    tamper(data);
    const out = path.join(dir, 'r.json');
    const s = await runInProcess(['score', data, '--sample', manifest, '--allow-changed-input', '-o', out, '--lang', 'en']);
    expect(s.code, s.stderr).toBe(0);
    expect(s.stderr).toMatch(/differ from those of the draw/);
    const rec = JSON.parse(readFileSync(out, 'utf8')).sampleInputs;
    expect(rec).toMatchObject({ manifest, allowedChangedInput: true });
    expect(rec.changed).toEqual(expect.arrayContaining([expect.objectContaining({ was: 'drawn-from', sha256: before }), expect.objectContaining({ was: 'given-now' })]));
  });
});

describe('publishing a manifest never replaces another one without --force', () => {
  it('writeFilesAtomic without replace: an existing name is kept, the set is withdrawn, nothing is left', async () => {
    const dir = tmpDir();
    const a = path.join(dir, 'm.json');
    const b = path.join(dir, 'm.xlsx');
    writeFileSync(b, 'the first draw list');
    const err = await writeFilesAtomic([{ path: a, data: 'new' }, { path: b, data: 'new list' }], { replace: false }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UsageError);
    expect(readFileSync(b, 'utf8')).toBe('the first draw list');
    expect(existsSync(a)).toBe(false);
    expect(readdirSync(dir)).toEqual(['m.xlsx']);
  });

  it('two concurrent `sample -o m.json`: exactly one succeeds and m.json is its manifest', async () => {
    const dir = tmpDir();
    const m = path.join(dir, 'm.json');
    const run = (seed: string) =>
      new Promise<{ code: number | null; seed: string }>((resolve) => {
        const c = spawn(process.execPath, [BIN, 'sample', PROVINCE, '--rate', '30%', '--seed', seed, '-o', m, '-q'], { cwd: dir, stdio: 'ignore', env: { ...process.env, NO_COLOR: '1' } });
        c.on('exit', (code) => resolve({ code, seed }));
      });
    const results = await Promise.all([run('1'), run('2')]);
    const winners = results.filter((r) => r.code === 0);
    expect(winners).toHaveLength(1);
    expect(results.find((r) => r.code !== 0)!.code).toBe(2);
    expect(JSON.parse(readFileSync(m, 'utf8')).seed).toBe(winners[0]!.seed);
  }, 60_000);

  it('--force --no-xlsx replaces the whole set: the old draw list does not stay beside the new manifest', async () => {
    const dir = tmpDir();
    const m = path.join(dir, 'm.json');
    expect((await runInProcess(['sample', PROVINCE, '--rate', '30%', '--seed', '1', '-o', m, '-q'])).code).toBe(0);
    expect(existsSync(path.join(dir, 'm.xlsx'))).toBe(true);
    expect((await runInProcess(['sample', PROVINCE, '--rate', '30%', '--seed', '2', '-o', m, '--no-xlsx', '--force', '-q'])).code).toBe(0);
    expect(JSON.parse(readFileSync(m, 'utf8')).seed).toBe('2');
    expect(existsSync(path.join(dir, 'm.xlsx'))).toBe(false);
  });
});

describe('verify covers seedSource and toolVersion', () => {
  it('generated seeds carry check digits; a hand-typed seed rarely has that form', () => {
    for (let i = 0; i < 50; i++) expect(isGeneratedSeed(generateSeed())).toBe(true);
    expect(isGeneratedSeed('20250701')).toBe(false);
    const typed = Array.from({ length: 2000 }, (_, i) => String(100000000000000 + i * 7919));
    expect(typed.filter(isGeneratedSeed).length).toBeLessThan(5);
  });

  it('a generated seed relabelled "given" is a failure; a tool-version edit only a warning', async () => {
    const { data, manifest } = await drawn();
    const m = JSON.parse(readFileSync(manifest, 'utf8'));
    expect(m.seedSource).toBe('generated');
    expect((await runInProcess(['verify', manifest, data])).code).toBe(0);
    writeFileSync(manifest, JSON.stringify({ ...m, seedSource: 'given' }));
    const r = await runInProcess(['verify', manifest, data, '--json']);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).differences.map((d: { kind: string }) => d.kind)).toEqual(['seed-source-changed']);
    writeFileSync(manifest, JSON.stringify({ ...m, toolVersion: '0.0.1' }));
    const v = await runInProcess(['verify', manifest, data, '--lang', 'en']);
    expect(v.code).toBe(0);
    expect(v.stderr).toMatch(/written by version 0\.0\.1/);
  });

  it('a given seed relabelled "generated" is a failure', async () => {
    const { data, manifest } = await drawn(['--seed', '2025H1-南昌']);
    const m = JSON.parse(readFileSync(manifest, 'utf8'));
    writeFileSync(manifest, JSON.stringify({ ...m, seedSource: 'generated' }));
    const r = await runInProcess(['verify', manifest, data, '--json']);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).differences.map((d: { kind: string }) => d.kind)).toEqual(['seed-source-changed']);
  });
});
