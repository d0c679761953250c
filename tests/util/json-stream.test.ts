import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import path from 'node:path';
import { readFileSync } from 'node:fs';
import { jsonChunks, writeJsonAtomic } from '../../src/util/json-stream.js';
import { tmpDir } from '../helpers/cli.js';

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

  it('writes a file atomically', async () => {
    const f = path.join(tmpDir(), 'sub', 'd.json');
    const obj = { cases: Array.from({ length: 3000 }, (_, i) => ({ id: `案-${i}`, facts: '事实'.repeat(200) })) };
    await writeJsonAtomic(f, obj);
    expect(readFileSync(f, 'utf8')).toBe(`${JSON.stringify(obj, null, 2)}\n`);
  });
});
