import { describe, it, expect } from 'vitest';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { ingest } from '../../src/ingest/index.js';
import { InputError } from '../../src/errors.js';
import { tmpDir } from '../helpers/cli.js';

function jsonFile(data: unknown): string {
  const f = path.join(tmpDir(), 'in.json');
  writeFileSync(f, typeof data === 'string' ? data : JSON.stringify(data));
  return f;
}

describe('dataset JSON schema', () => {
  it('reads a valid dataset and fills provenance', async () => {
    const f = jsonFile({ schemaVersion: 1, cases: [{ id: 'A1', unit: '南昌市应急管理局', dates: { decided: '2025-03-08' } }] });
    const { dataset, inputs } = await ingest([f]);
    expect(dataset.cases).toHaveLength(1);
    expect(dataset.cases[0]!.source.file).toContain('in.json');
    expect(inputs[0]).toMatchObject({ kind: 'json', status: 'ok', records: 1, rejects: 0 });
  });

  it('names the file and JSON path of a bad date', async () => {
    const f = jsonFile({ schemaVersion: 1, cases: [{ id: 'A1' }, { id: 'A2', dates: { decided: '2025/3/8' } }] });
    await expect(ingest([f])).rejects.toThrow(/\$\.cases\[1\]\.dates\.decided/);
    await expect(ingest([f])).rejects.toBeInstanceOf(InputError);
  });

  it('names a missing required field', async () => {
    const f = jsonFile({ schemaVersion: 1, cases: [{ unit: 'x' }] });
    await expect(ingest([f])).rejects.toThrow(/\$\.cases\[0\]\.id/);
  });

  it('rejects an unknown schema version and malformed JSON', async () => {
    await expect(ingest([jsonFile({ schemaVersion: 9, cases: [] })])).rejects.toThrow(/schemaVersion/);
    await expect(ingest([jsonFile('{"schemaVersion": 1, "cases": [')])).rejects.toThrow(/JSON/);
  });

  it('treats ids differing only in full-width characters or bracket style as duplicates', async () => {
    const f = jsonFile({ schemaVersion: 1, cases: [{ id: '（赣）应急罚〔2025〕12号' }, { id: '(赣)应急罚[2025]12号' }] });
    await expect(ingest([f])).rejects.toThrow(/duplicate|重复/);
    const { dataset } = await ingest([f], { duplicates: 'reject' });
    expect(dataset.cases).toHaveLength(1);
    expect(dataset.rejects).toHaveLength(1);
    expect(dataset.rejects[0]!.value).toBe('(赣)应急罚[2025]12号');
  });
});
