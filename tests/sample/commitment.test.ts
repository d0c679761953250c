/** Commit-then-draw: the frame is recorded before the seed exists; a draw under the commitment refuses a changed frame. */
import { describe, it, expect, beforeAll } from 'vitest';
import path from 'node:path';
import { readFileSync, writeFileSync } from 'node:fs';
import { runInProcess, tmpDir } from '../helpers/cli.js';
import { withPatch } from '../checklist/rule-tester.js';
import { idSetHash } from '../../src/sample/commitment.js';
import { schemaValidator } from '../../src/model/validate.js';

let dir: string;
const at = (f: string) => path.join(dir, f);
const data = (units: string[]) => JSON.stringify({ schemaVersion: 1, cases: units.map((unit, i) => withPatch({ id: `应急罚〔2025〕${i + 1}号`, unit, source: { file: 'cases.json', row: i + 1 } })), schemes: [], rejects: [], warnings: [] });
const UNITS = ['南昌市应急管理局', '南昌市应急管理局', '九江市应急管理局', '九江市应急管理局', '九江市应急管理局', '赣州市应急管理局'];

describe('commit-then-draw', () => {
  beforeAll(async () => {
    dir = tmpDir();
    writeFileSync(at('cases.json'), data(UNITS));
    const r = await runInProcess(['sample', at('cases.json'), '--commit', '--rate', '50%', '--period', '2025H1', '--seed-source', '2025-07-01 福彩双色球开奖号码', '-o', at('commitment.json'), '-q']);
    expect(r.code, r.stderr).toBe(0);
  });

  it('records the frame, the rule and how the seed will be fixed, but no seed', () => {
    const c = JSON.parse(readFileSync(at('commitment.json'), 'utf8'));
    expect(c).toMatchObject({ algorithm: 'caseaudit-commit-v1', rate: '0.5', stratifyBy: 'unit', seedRule: '2025-07-01 福彩双色球开奖号码', filters: { period: '2025H1', frame: 6 } });
    expect(c.strata).toEqual([{ key: '九江市应急管理局', population: 3 }, { key: '南昌市应急管理局', population: 2 }, { key: '赣州市应急管理局', population: 1 }]);
    expect(c).not.toHaveProperty('seed');
    // the id-set hash does not depend on order, and changes with any id or stratum
    const items = UNITS.map((u, i) => ({ id: `应急罚〔2025〕${i + 1}号`, stratum: u }));
    expect(idSetHash([...items].reverse())).toBe(idSetHash(items));
    expect(idSetHash(items.map((x, i) => (i === 0 ? { ...x, stratum: '赣州市应急管理局' } : x)))).not.toBe(idSetHash(items));
  });

  it('--commit reads its inputs with the input flags given (here --duplicates reject), as the draw does', async () => {
    const dup = JSON.stringify({ schemaVersion: 1, cases: [0, 1, 2].map((i) => withPatch({ id: i === 2 ? '应急罚〔2025〕1号' : `应急罚〔2025〕${i + 1}号`, unit: '南昌市应急管理局', source: { file: 'dup.json', row: i + 1 } })), schemes: [], rejects: [], warnings: [] });
    writeFileSync(at('dup.json'), dup);
    const strict = await runInProcess(['sample', at('dup.json'), '--commit', '--rate', '50%', '--period', '2025H1', '-o', at('dup-commit-1.json'), '-q']);
    expect(strict.code).toBe(2); // --duplicates error is the default
    const r = await runInProcess(['sample', at('dup.json'), '--commit', '--rate', '50%', '--period', '2025H1', '--duplicates', 'reject', '-o', at('dup-commit.json'), '-q']);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(readFileSync(at('dup-commit.json'), 'utf8')).filters.frame).toBe(2);
  });

  it('refuses --commit with a seed, and a rule other than the committed one', async () => {
    expect((await runInProcess(['sample', at('cases.json'), '--commit', '--rate', '50%', '--seed', '1', '-o', at('x.json')])).code).toBe(2);
    const r = await runInProcess(['sample', at('cases.json'), '--commitment', at('commitment.json'), '--seed', '1', '--rate', '30%', '-o', at('y.json')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--rate 30%.*0\.5/);
  });

  it('draws with the public seed when the frame is unchanged, recording the commitment and the seed source; verify checks both', async () => {
    const r = await runInProcess(['sample', at('cases.json'), '--commitment', at('commitment.json'), '--seed', '0312152728', '--seed-source', '双色球 2025077 期 03 12 15 27 28', '-o', at('manifest.json'), '--no-xlsx', '-q']);
    expect(r.code, r.stderr).toBe(0);
    const m = JSON.parse(readFileSync(at('manifest.json'), 'utf8'));
    expect(schemaValidator('manifest')(m)).toBe(true);
    expect(m).toMatchObject({ seed: '0312152728', seedNote: '双色球 2025077 期 03 12 15 27 28', rate: '0.5', commitment: { seedRule: '2025-07-01 福彩双色球开奖号码' } });
    expect((await runInProcess(['verify', at('commitment.json'), at('cases.json'), '-q'])).code).toBe(0);
    expect((await runInProcess(['verify', at('manifest.json'), at('cases.json'), '-q'])).code).toBe(0);
    // the commitment file edited after the draw: the manifest's verify says so
    const c = readFileSync(at('commitment.json'), 'utf8');
    writeFileSync(at('commitment.json'), c.replace('福彩双色球', '体彩大乐透'));
    const v = await runInProcess(['verify', at('manifest.json'), at('cases.json')]);
    writeFileSync(at('commitment.json'), c);
    expect(v.code).toBe(1);
    expect(v.stdout).toMatch(/commitment-changed/);
  });

  it('refuses to draw (exit 2, nothing written) when the frame changed after the commitment', async () => {
    writeFileSync(at('moved.json'), data(UNITS.map((u, i) => (i === 5 ? '九江市应急管理局' : u)))); // one file re-labelled to another unit
    const r = await runInProcess(['sample', at('moved.json'), '--commitment', at('commitment.json'), '--seed', '1', '-o', at('late.json')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/抽样框自承诺.*已改变/);
    expect(r.stderr).toMatch(/赣州市应急管理局：1 → 0/);
    expect(() => readFileSync(at('late.json'))).toThrow();
    expect((await runInProcess(['verify', at('commitment.json'), at('moved.json')])).code).toBe(1);
  });
});
