import { describe, it, expect } from 'vitest';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { ingest } from '../../src/ingest/index.js';
import { MAX_FIELD_CHARS } from '../../src/ingest/post-check.js';
import { tmpDir } from '../helpers/cli.js';

function jsonFile(data: unknown): string {
  const f = path.join(tmpDir(), 'in.json');
  writeFileSync(f, JSON.stringify(data));
  return f;
}

describe('checks applied to every reader', () => {
  it('clears an impossible date (2025-02-30) and warns with the place and raw value, keeping the record', async () => {
    const f = jsonFile({ schemaVersion: 1, cases: [{ id: 'A1', dates: { filed: '2025-01-02', decided: '2025-02-30' } }] });
    const { dataset } = await ingest([f]);
    expect(dataset.cases[0]!.dates).toEqual({ filed: '2025-01-02' });
    expect(dataset.warnings).toHaveLength(1);
    expect(dataset.warnings[0]).toMatchObject({ column: 'dates.decided', value: '2025-02-30' });
    expect(dataset.warnings[0]!.file).toContain('in.json');
  });

  it('rejects a record with a field over the size limit and keeps the others', async () => {
    const f = jsonFile({ schemaVersion: 1, cases: [{ id: 'A1', facts: 'x'.repeat(MAX_FIELD_CHARS + 1) }, { id: 'A2', facts: '短' }] });
    const { dataset } = await ingest([f]);
    expect(dataset.cases.map((c) => c.id)).toEqual(['A2']);
    expect(dataset.rejects).toHaveLength(1);
    expect(dataset.rejects[0]).toMatchObject({ column: 'facts', value: 'A1' });
  });

  it('flags an implausibly large fine but keeps it for the range rule', async () => {
    const f = jsonFile({ schemaVersion: 1, cases: [{ id: 'A1', fine: 3e9 }] });
    const { dataset } = await ingest([f]);
    expect(dataset.cases[0]!.fine).toBe(3e9);
    expect(dataset.warnings[0]).toMatchObject({ column: 'fine' });
  });
});
