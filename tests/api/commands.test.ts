/**
 * The API layer (src/api): each command as a function — options in, values out, nothing on stdout. The stages
 * run in pipeline order on the bundled province export (360 case files, 120 schemes), each test using what an
 * earlier one wrote, as a program calling the API would.
 */
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import {
  assign,
  collect,
  createContext,
  draw,
  importInputs,
  init,
  overlap,
  plan,
  rank,
  rectify,
  report,
  reviewSchemes,
  score,
  verifyDraw,
  worksheet,
  UsageError,
} from '../../src/index.js';
import { GRADES } from '../../src/analyze/types.js';
import { tmpDir } from '../helpers/cli.js';

const SAMPLES = path.resolve('samples');
const PROVINCE = path.join(SAMPLES, 'json', 'province.json');
const en = createContext({ lang: 'en', date: new Date('2025-07-01T00:00:00Z') });

let dir: string;
let stdout: MockInstance;
const at = (name: string) => path.join(dir, name);

beforeAll(() => {
  dir = tmpDir('caseaudit-api-');
});
beforeEach(() => {
  stdout = vi.spyOn(process.stdout, 'write');
});
afterEach(() => {
  // an API function never writes to stdout: output `-` goes to the Context's sink
  expect(stdout).not.toHaveBeenCalled();
  stdout.mockRestore();
});

describe('the API, one function per command', () => {
  it('importInputs returns the dataset and its summary, and writes dataset.json', async () => {
    const r = await importInputs({ inputs: [PROVINCE], output: at('dataset.json'), context: en });
    expect(r.dataset.cases).toHaveLength(360);
    expect(r.dataset.schemes).toHaveLength(120);
    expect(r.summary.cases).toBe(360);
    const written = JSON.parse(readFileSync(at('dataset.json'), 'utf8')) as { cases: { id: string }[] };
    expect(written.cases.map((c) => c.id)).toEqual(r.dataset.cases.map((c) => c.id));
  });

  it('draw returns the manifest with the drawn ids, and the files it wrote', async () => {
    const r = await draw({ inputs: [PROVINCE], preset: 'semiannual-cases', period: '2025H1', seed: '2025', output: at('manifest.json'), context: en });
    expect(r.manifest.seed).toBe('2025');
    expect(r.manifest.selected.length).toBeGreaterThan(0);
    expect(r.records.map((x) => x.id)).toEqual(r.manifest.selected.map((s) => s.id));
    expect(r.files).toEqual([at('manifest.json'), at('manifest.xlsx')]);
    const onDisk = JSON.parse(readFileSync(at('manifest.json'), 'utf8')) as { selected: { id: string }[] };
    expect(onDisk.selected.map((s) => s.id)).toEqual(r.manifest.selected.map((s) => s.id));
  });

  it('verifyDraw re-runs the draw from the manifest: identical', async () => {
    const r = await verifyDraw({ file: at('manifest.json'), inputs: [PROVINCE], context: en });
    expect(r).toMatchObject({ kind: 'manifest', identical: true, differences: [] });
  });

  it('score returns a grade for every drawn file', async () => {
    const drawn = (JSON.parse(readFileSync(at('manifest.json'), 'utf8')) as { selected: { id: string }[] }).selected.map((s) => s.id);
    const r = await score({ inputs: [PROVINCE], sample: at('manifest.json'), output: at('results.json'), context: en });
    expect(r.result.files.map((f) => f.id).sort()).toEqual([...drawn].sort());
    for (const f of r.result.files) expect(GRADES).toContain(f.grade);
    expect(r.files).toEqual([at('results.json')]);
    expect(r.failed).toEqual([]);
  });

  it('worksheet writes the reviewers’ .xlsx and counts its rows', async () => {
    const r = await worksheet({ inputs: [PROVINCE], sample: at('manifest.json'), output: at('review.xlsx'), context: en });
    expect(r.output).toBe(at('review.xlsx'));
    expect(r.rows).toBeGreaterThan(r.files);
    expect(existsSync(at('review.xlsx'))).toBe(true);
  });

  it('assign draws reviewers for the drawn files', async () => {
    const r = await assign({ manifest: at('manifest.json'), inputs: [PROVINCE], reviewers: path.join(SAMPLES, 'reviewers.json'), seed: '7', perFile: 2, avoid: 'city', output: at('assignment.json'), context: en });
    const drawn = (JSON.parse(readFileSync(at('manifest.json'), 'utf8')) as { selected: unknown[] }).selected.length;
    expect(r.assignment.files).toHaveLength(drawn);
    for (const f of r.assignment.files) expect(f.reviewers).toHaveLength(2);
    expect(r.files).toEqual([at('assignment.json'), at('assignment.xlsx')]);
  });

  it('reviewSchemes returns a verdict per scheme and writes the rejection notices', async () => {
    const r = await reviewSchemes({ inputs: [PROVINCE], output: at('schemes.json'), notices: at('notices'), context: en });
    expect(r.result.schemes).toHaveLength(120);
    for (const s of r.result.schemes) expect(['approved', 'rejected']).toContain(s.verdict);
    expect(r.files.filter((f) => f.startsWith(at('notices'))).length).toBeGreaterThan(0);
  });

  it('report returns the paths it wrote and the analysis', async () => {
    const r = await report({ results: at('results.json'), manifest: at('manifest.json'), schemes: at('schemes.json'), formats: ['md', 'json'], outDir: at('report'), context: en });
    expect(r.files.map((f) => path.basename(f)).sort()).toEqual(['report.json', 'report.md']);
    for (const f of r.files) expect(existsSync(f)).toBe(true);
    expect(r.analysis.summary.scored).toBeGreaterThan(0);
  });

  it('rank returns the ranking (and writes it when given a folder)', async () => {
    const r = await rank({ results: [at('results.json')], outDir: at('ranking'), context: en });
    expect(Array.isArray(r.ranking.ranking)).toBe(true);
    expect(r.files.map((f) => path.basename(f)).sort()).toEqual(['ranking.json', 'ranking.md']);
  });

  it('rectify writes a notice per unit with findings; collect reads the (unreturned) feedback back as a status', async () => {
    const r = await rectify({ results: at('results.json'), outDir: at('rectify'), deadlineDays: 30, issued: '2025-07-01', period: '2025H1', context: en });
    expect(r.files.length).toBeGreaterThan(0);
    for (const f of r.files) expect(existsSync(f)).toBe(true);
    const status = await collect({ feedback: at('rectify/feedback'), results: at('results.json'), asOf: '2025-09-01', context: en });
    expect(status.findings.length).toBeGreaterThan(0);
  });

  it('plan compares the annual plan with the inspections done', async () => {
    const r = await plan({ plan: path.join(SAMPLES, 'plan', 'plan-2025.xlsx'), inputs: [PROVINCE, path.join(SAMPLES, 'plan', 'records-2025-extra.json')], period: '2025H1', outDir: at('plan'), context: en });
    expect(r.result.units.length).toBeGreaterThan(0);
    expect(r.files.map((f) => path.basename(f)).sort()).toEqual(['plan.json', 'plan.xlsx']);
  });

  it('overlap finds the same enterprise acted on by two units', async () => {
    const r = await overlap({ inputs: [PROVINCE, path.join(SAMPLES, 'plan', 'records-2025-extra.json')], windowDays: 30, context: en });
    expect(r.windowDays).toBe(30);
    expect(Array.isArray(r.overlaps)).toBe(true);
  });

  it('init returns the starter config in the Context’s language; `-` writes no file', async () => {
    const r = await init({ output: '-', context: en });
    expect(r.file).toBeUndefined();
    expect((JSON.parse(r.text) as { language: string }).language).toBe('en');
    expect(readdirSync(dir)).not.toContain('-');
  });
});

describe('output `-`', () => {
  it('goes to the Context’s stdout sink, byte for byte what the file would hold', async () => {
    const sink = new PassThrough();
    const chunks: Buffer[] = [];
    sink.on('data', (c: Buffer) => chunks.push(c));
    const ctx = createContext({ lang: 'en', stdout: sink });
    const r = await draw({ inputs: [PROVINCE], preset: 'semiannual-cases', period: '2025H1', seed: '2025', output: '-', xlsx: false, context: ctx });
    expect(Buffer.concat(chunks).toString('utf8')).toBe(`${JSON.stringify(r.manifest, null, 2)}\n`);
  });

  it('without a sink is a usage error before any work', async () => {
    await expect(score({ inputs: [PROVINCE], output: '-', context: en })).rejects.toBeInstanceOf(UsageError);
  });
});
