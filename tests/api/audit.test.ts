/**
 * The whole job through the API: `audit` (caseaudit run) from a config, `demo` on the bundled samples, and the
 * two reading helpers of `sample --commit` and `import --print-map`. Values come back; nothing is printed.
 */
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { audit, commitFrame, createContext, demo, describeInputs, init, loadConfig } from '../../src/index.js';
import { tmpDir } from '../helpers/cli.js';

const SAMPLES = path.resolve('samples');
const fixed = { date: new Date('2025-07-01T00:00:00Z') };

let stdout: MockInstance;
beforeEach(() => {
  stdout = vi.spyOn(process.stdout, 'write');
});
afterEach(() => {
  expect(stdout).not.toHaveBeenCalled();
  stdout.mockRestore();
});

describe('audit and demo through the API', () => {
  it('audit runs the configured job and returns its counts, verdict and the files it published', async () => {
    const dir = tmpDir('caseaudit-api-audit-');
    const config = path.join(dir, 'audit.json');
    const progress: string[] = [];
    const context = createContext({ lang: 'en', ...fixed, progress: (m) => progress.push(m) });
    writeFileSync(config, (await init({ context })).text);
    const cfg = await loadConfig(config, {}, { output: path.join(dir, 'out'), format: 'json,md' });
    const r = await audit({ config: cfg, context });
    expect(r).toMatchObject({ cases: 360, schemes: 120, drawn: 75, seed: '20250701', exitCode: 0 });
    // without reviewers' sheets the drawn files are 待定: a threshold can only be undecided, never crossed
    expect(r.failOn.every((c) => c.undecided)).toBe(true);
    const names = r.files.map((f) => path.relative(r.outDir, f));
    for (const n of ['dataset.json', 'manifest-cases.json', 'results.json', 'schemes.json', 'report.json', 'report.md', 'ranking.json']) expect(names).toContain(n);
    for (const f of r.files) expect(existsSync(f)).toBe(true);
    const results = JSON.parse(readFileSync(path.join(r.outDir, 'results.json'), 'utf8')) as { files: unknown[] };
    expect(results.files).toHaveLength(75);
    // progress went to the Context's sink, in its language
    expect(progress).toContain('1/6 importing the inputs…');
  }, 120_000);

  it('commitFrame records the frame before the seed; describeInputs maps a sheet’s columns', async () => {
    const c = await commitFrame({ inputs: [path.join(SAMPLES, 'json')], preset: 'semiannual-cases', period: '2025H1', context: createContext({ lang: 'en' }) });
    expect(c.idSetHash).toMatch(/^[0-9a-f]{64}$/);
    expect(c.strata.length).toBeGreaterThan(0);
    const xlsx = path.join(SAMPLES, 'xlsx');
    const maps = await describeInputs({ inputs: [xlsx], context: createContext({ lang: 'en' }) });
    expect(maps.length).toBeGreaterThan(0);
  }, 60_000);

  it('demo writes the whole job on the bundled samples (without OCR here) and returns its files', async () => {
    const outDir = path.join(tmpDir('caseaudit-api-demo-'), 'out');
    const r = await demo({ outDir, ocr: { ocr: 'off' }, context: createContext({ lang: 'en' }) });
    expect(r.seed).toBeTruthy();
    expect(r.files).toContain(path.join(outDir, 'report.html'));
    expect(r.files).toContain(path.join(outDir, 'pdf-dataset.json'));
    for (const f of r.files) expect(existsSync(f)).toBe(true);
  }, 300_000);
});
