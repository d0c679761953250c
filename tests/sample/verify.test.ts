import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { writeFileSync, readFileSync, renameSync } from 'node:fs';
import path from 'node:path';
import { runSample } from '../../src/sample/run.js';
import { runVerify } from '../../src/sample/verify.js';
import { tmpDir } from '../helpers/cli.js';

function writeCases(file: string, n: number): void {
  const cases = Array.from({ length: n }, (_, i) => ({
    id: `洪应急罚〔2025〕${i + 1}号`,
    unit: `单位${i % 4}`,
    dates: { decided: `2025-0${1 + (i % 6)}-0${1 + (i % 9)}` },
    source: { file: 'x' },
  }));
  writeFileSync(file, JSON.stringify({ schemaVersion: 1, cases, schemes: [] }));
}

type Tamper = (d: { cases: { id: string; unit?: string; dates?: { decided?: string } }[] }) => void;
const tampers: Record<string, Tamper> = {
  remove: (d) => void d.cases.splice(3, 1),
  add: (d) => void d.cases.push({ id: '新增-1', unit: '单位0', dates: { decided: '2025-02-02' } }),
  unit: (d) => void (d.cases[7]!.unit = '单位9'),
  date: (d) => void (d.cases[2]!.dates = { decided: '2024-12-31' }),
  id: (d) => void (d.cases[0]!.id = '洪应急罚〔2025〕999号'),
};

describe('verify', () => {
  it('passes on the original inputs and fails on any tampered input', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 12, max: 60 }), fc.constantFrom(...Object.keys(tampers)), fc.string({ minLength: 1, maxLength: 8 }).filter((s) => s.trim() === s && s.length > 0 && !/[\x00-\x1f\x7f]/.test(s)), async (n, how, seed) => {
        const dir = tmpDir();
        const input = path.join(dir, 'cases.json');
        writeCases(input, n);
        const manifest = path.join(dir, 'm.json');
        await runSample([input], { seed, rate: '30%', period: '2025H1', output: manifest, xlsx: false });
        expect((await runVerify(manifest, [input])).identical).toBe(true);
        const data = JSON.parse(readFileSync(input, 'utf8'));
        tampers[how]!(data);
        writeFileSync(input, JSON.stringify(data));
        const res = await runVerify(manifest, [input]);
        expect(res.identical).toBe(false);
        expect(res.differences.map((d) => d.kind)).toContain('input-changed');
      }),
      { numRuns: 25 },
    );
  });

  it('names a different selection, an added and a removed file; a moved file is only a note', async () => {
    const dir = tmpDir();
    const a = path.join(dir, 'a.json');
    writeCases(a, 40);
    const manifest = path.join(dir, 'm.json');
    await runSample([a], { seed: 'x', rate: '0.3', output: manifest, xlsx: false });
    const m = JSON.parse(readFileSync(manifest, 'utf8'));
    const drawn = m.selected[0].id as string;

    const data = JSON.parse(readFileSync(a, 'utf8'));
    data.cases = data.cases.filter((c: { id: string }) => c.id !== drawn);
    const b = path.join(dir, 'b.json');
    writeFileSync(b, JSON.stringify(data));
    const res = await runVerify(manifest, [b]);
    const kinds = res.differences.map((d) => d.kind);
    expect(kinds).toEqual(expect.arrayContaining(['input-removed', 'input-added', 'selection-missing', 'selection-extra', 'stratum-changed']));
    expect(res.differences.find((d) => d.kind === 'selection-missing')!.message).toContain(drawn);

    const moved = path.join(dir, 'moved.json');
    renameSync(a, moved);
    const same = await runVerify(manifest, [moved]);
    expect(same.identical).toBe(true);
    expect(same.notes.join(' ')).toMatch(/moved|位置/);
  });
});

describe('--period-date', () => {
  it('decided-or-closed brings inspection cases (closed, no decision) into the frame; verify re-applies it', async () => {
    const dir = tmpDir();
    const f = path.join(dir, 'd.json');
    const cases = [
      ...Array.from({ length: 6 }, (_, i) => ({ id: `罚-${i}`, unit: 'U', type: 'penalty', dates: { decided: `2025-0${1 + i}-10` }, source: { file: 'x' } })),
      ...Array.from({ length: 4 }, (_, i) => ({ id: `检-${i}`, unit: 'U', type: 'inspection', dates: { filed: '2024-12-01', closed: `2025-0${2 + i}-15` }, source: { file: 'x' } })),
      { id: '检-late', unit: 'U', type: 'inspection', dates: { closed: '2025-08-01' }, source: { file: 'x' } },
    ];
    writeFileSync(f, JSON.stringify({ schemaVersion: 1, cases, schemes: [] }));
    const byDecision = await runSample([f], { seed: 's', rate: '100%', period: '2025H1' });
    expect(byDecision.manifest.filters).toMatchObject({ dateField: 'dates.decided', missingDate: 5, frame: 6 });
    const out = path.join(dir, 'm.json');
    const both = await runSample([f], { seed: 's', rate: '100%', period: '2025H1', periodDate: 'decided-or-closed', output: out, xlsx: false });
    expect(both.manifest.filters).toMatchObject({ dateField: 'dates.decided|dates.closed', missingDate: 0, outOfPeriod: 1, frame: 10 });
    expect(both.manifest.selected.map((s) => s.id).sort()).toEqual([...cases.slice(0, 10).map((c) => c.id)].sort());
    expect((await runVerify(out, [f])).identical).toBe(true);
    // by filing date nothing is left: exit 2 saying what was found instead
    await expect(runSample([f], { seed: 's', rate: '100%', period: '2025H1', periodDate: 'filed' })).rejects.toMatchObject({
      exitCode: 2,
      message: expect.stringMatching(/^2025H1: .*11 份案卷中 0 份纳入（期间外 4，缺少日期 7）；日期范围 2024-12-01 … 2024-12-01$/),
    });
    await expect(runSample([f], { seed: 's', rate: '1', period: '2025H1', periodDate: 'signed' })).rejects.toThrow(/period-date/);
  });
});
