import { describe, it, expect } from 'vitest';
import path from 'node:path';
import { readdirSync } from 'node:fs';
import { ingest } from '../../src/ingest/index.js';
import { readerFor } from '../../src/ingest/readers.js';
import { caseIdKey } from '../../src/ingest/normalize/text.js';
import { sampleDataset } from '../../src/sample/run.js';
import { emptyDataset, type Dataset } from '../../src/model/types.js';
import { ROOT } from '../helpers/cli.js';

const SAMPLES = path.join(ROOT, 'samples');
const drawOf = (d: Dataset) => sampleDataset(d, { seed: 'formats', rate: '50%', strata: 'unit', kind: 'cases' }, []).manifest;

/** The records of `json` with the same ids as `other`, so both frames hold the same cases. */
function sameCases(json: Dataset, other: Dataset): Dataset {
  const keys = new Set(other.cases.map((c) => caseIdKey(c.id)));
  return { ...emptyDataset(), cases: json.cases.filter((c) => keys.has(caseIdKey(c.id))) };
}

describe('the draw does not depend on the input format', () => {
  it('PDF case files and the same cases as JSON give the same sample', async () => {
    const pdfs = readdirSync(path.join(SAMPLES, 'pdf')).filter((f) => f.endsWith('.pdf')).map((f) => path.join(SAMPLES, 'pdf', f));
    const pdf = (await ingest(pdfs)).dataset;
    const readable = { ...pdf, cases: pdf.cases.filter((c) => c.unit) };
    expect(readable.cases.length).toBeGreaterThanOrEqual(15);
    const json = sameCases((await ingest([path.join(SAMPLES, 'json')])).dataset, readable);
    expect(json.cases).toHaveLength(readable.cases.length);
    const a = drawOf(readable);
    const b = drawOf(json);
    expect(a.strata).toEqual(b.strata);
    expect(a.selected.map((s) => [caseIdKey(s.id), s.stratum, s.ticket])).toEqual(b.selected.map((s) => [caseIdKey(s.id), s.stratum, s.ticket]));
  }, 60_000);

  it.skipIf(!readerFor('x.xlsx'))('the Excel export and the JSON give the same sample', async () => {
    const xlsx = (await ingest([path.join(SAMPLES, 'xlsx', 'cases.xlsx')], { kind: 'cases' })).dataset;
    const json = sameCases((await ingest([path.join(SAMPLES, 'json')])).dataset, xlsx);
    const a = drawOf(xlsx);
    const b = drawOf(json);
    expect(a.selected.length).toBeGreaterThan(100);
    expect(a.selected.map((s) => [caseIdKey(s.id), s.stratum, s.ticket])).toEqual(b.selected.map((s) => [caseIdKey(s.id), s.stratum, s.ticket]));
  }, 60_000);
});
