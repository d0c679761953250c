import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import path from 'node:path';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { jsonChunks, StreamedJsonWriter } from '../../src/util/json-stream.js';
import { spawnSync } from 'node:child_process';
import { ROOT, tmpDir } from '../helpers/cli.js';

describe('streamed JSON', () => {
  it('gives exactly the bytes of JSON.stringify(value, null, 2) + newline', () => {
    const cases = [
      { schemaVersion: 1, cases: [{ id: 'A', dates: { filed: '2025-01-01' }, officers: [{ name: '张三' }] }, { id: 'B\n"x"' }], schemes: [], rejects: [], warnings: [] },
      {},
      { a: undefined, b: [1, [2, 3], { c: [] }], d: 'x' },
    ];
    for (const c of cases) expect([...jsonChunks(c)].join('')).toBe(`${JSON.stringify(c, null, 2)}\n`);
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue()), (obj) => {
        expect([...jsonChunks(obj)].join('')).toBe(`${JSON.stringify(obj, null, 2)}\n`);
      }),
    );
  });
});

describe('StreamedJsonWriter (an import writing records as they are read)', () => {
  const dataset = (cases: unknown[], schemes: unknown[]) => ({ schemaVersion: 1, cases, schemes, rejects: [{ file: 'a.xlsx', row: 3, reason: '无编号' }], warnings: [] });

  it('writes exactly JSON.stringify(dataset, null, 2) + newline, whichever arrays are empty, interleaved pushes', async () => {
    const dir = tmpDir();
    const many = Array.from({ length: 5000 }, (_, i) => ({ id: `案-${i}`, facts: '事实"引号"\n换行'.repeat(i % 7), dates: { filed: '2025-01-01' } }));
    const shapes: [unknown[], unknown[]][] = [[[], []], [many, []], [[], many.slice(0, 3)], [many, many.slice(0, 200)]];
    for (const [i, [cases, schemes]] of shapes.entries()) {
      const f = path.join(dir, `d${i}.json`);
      const w = await StreamedJsonWriter.open(f, { schemaVersion: 1 }, ['cases', 'schemes']);
      const n = Math.max(cases.length, schemes.length);
      for (let j = 0; j < n; j++) {
        if (j < schemes.length) await w.push('schemes', schemes[j]);
        if (j < cases.length) await w.push('cases', cases[j]);
      }
      expect(existsSync(f)).toBe(false); // nothing at the output before finish
      const d = dataset(cases, schemes);
      await w.finish({ rejects: d.rejects, warnings: d.warnings });
      expect(readFileSync(f, 'utf8')).toBe(`${JSON.stringify(d, null, 2)}\n`);
    }
    expect(readdirSync(dir).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it('abort leaves neither the output nor temporary files', async () => {
    const dir = tmpDir();
    const f = path.join(dir, 'out.json');
    const w = await StreamedJsonWriter.open(f, { schemaVersion: 1 }, ['cases', 'schemes']);
    await w.push('cases', { id: 'A' });
    await w.push('schemes', { id: 'S' });
    await w.abort();
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('StreamedJsonWriter on Ctrl-C', () => {
  it('an interrupted import leaves no temporary files (exit 130)', () => {
    const dir = tmpDir();
    // the CLI owns the process: it installs the handler that removes what util/cleanup.ts tracks, then exits
    const script = `
      const { installInterruptCleanup } = await import(${JSON.stringify(path.join(ROOT, 'dist', 'cli', 'main.js'))});
      installInterruptCleanup();
      const { StreamedJsonWriter } = await import(${JSON.stringify(path.join(ROOT, 'dist', 'util', 'json-stream.js'))});
      const w = await StreamedJsonWriter.open(${JSON.stringify(path.join(dir, 'out.json'))}, { schemaVersion: 1 }, ['cases', 'schemes']);
      await w.push('cases', { id: 'A' });
      await w.push('schemes', { id: 'S' });
      process.kill(process.pid, 'SIGINT');
      setTimeout(() => {}, 5000);`;
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
    expect(r.status).toBe(130);
    expect(readdirSync(dir)).toEqual([]);
  });
});
