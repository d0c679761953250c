/** Golden files for the md and json reports (UPDATE_GOLDEN=1 refreshes them deliberately). */
import { describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { FIXTURE, fixtureReport } from './fixture.js';

const GOLDEN = path.join(FIXTURE, 'golden');

function golden(name: string, actual: string): void {
  const file = path.join(GOLDEN, name);
  if (process.env.UPDATE_GOLDEN || !existsSync(file)) {
    mkdirSync(GOLDEN, { recursive: true });
    writeFileSync(file, actual);
  }
  expect(actual).toBe(readFileSync(file, 'utf8'));
}

describe('golden reports', () => {
  it('markdown (zh) matches the golden file', async () => {
    const [md] = await fixtureReport(['md']);
    golden('report.zh.md', md!.data as string);
  });

  it('markdown (en) matches the golden file', async () => {
    const [md] = await fixtureReport(['md'], 'en');
    golden('report.en.md', md!.data as string);
  });

  it('json matches the golden file and carries the contract fields', async () => {
    const [json] = await fixtureReport(['json']);
    golden('report.json', json!.data as string);
    const r = JSON.parse(json!.data as string);
    expect(r.summary).toMatchObject({ drawn: 8, scored: 8, vetoed: 1, grades: { excellent: 5, good: 1, pass: 1, fail: 1 } });
    expect(r.cover).toMatchObject({ seed: '2025', algorithm: 'sha256-seedrandom-v1', period: '2025H1' });
    expect(r.cover.sampleInputs[0]).toEqual({ path: 'exports/cases.xlsx', sha256: 'a'.repeat(64) });
  });

  it('markdown escapes case text that would break a table or inject markup', async () => {
    const [md] = await fixtureReport(['md']);
    const text = md!.data as string;
    expect(text).not.toContain('<script>');
    expect(text).toContain('\\<script\\>');
    expect(text).toContain('\\| 竖线');
  });
});
