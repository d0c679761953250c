import { describe, it, expect } from 'vitest';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { ingest } from '../../src/ingest/index.js';
import { knownExtensions } from '../../src/ingest/readers.js';
import type { CaseFile, Scheme } from '../../src/model/types.js';
import { ROOT } from '../helpers/cli.js';

// The Excel exports in samples/xlsx must read back to the JSON records (documents carry titles only in a sheet).
const SAMPLES = path.join(ROOT, 'samples');
const hasXlsx = knownExtensions().includes('.xlsx');

/** The record without provenance and undefined keys; documents reduced to their titles. */
function project(r: CaseFile | Scheme): unknown {
  const { source: _source, ...rest } = r;
  const docs = 'documents' in r && r.documents ? { documents: r.documents.map((d) => ({ title: d.title })) } : {};
  return JSON.parse(JSON.stringify({ ...rest, ...docs })) as unknown;
}

describe.skipIf(!hasXlsx)('samples/xlsx read back', () => {
  it('cases.xlsx and schemes.xlsx give the JSON records, with no rejects', async () => {
    const json = (await ingest([path.join(SAMPLES, 'json')])).dataset;
    const xlsx = (await ingest([path.join(SAMPLES, 'xlsx', 'cases.xlsx'), path.join(SAMPLES, 'xlsx', 'schemes.xlsx')])).dataset;
    expect(xlsx.rejects).toEqual([]);
    const byId = new Map<string, CaseFile | Scheme>([...json.cases, ...json.schemes].map((r) => [r.id, r]));
    expect(xlsx.cases).toHaveLength(json.cases.length);
    expect(xlsx.schemes).toHaveLength(json.schemes.length);
    const differing = [...xlsx.cases, ...xlsx.schemes]
      .map((r) => ({ id: r.id, got: project(r), want: byId.has(r.id) ? project(byId.get(r.id)!) : undefined }))
      .filter((x) => !isDeepStrictEqual(x.got, x.want));
    // first difference in full, so a failure says which field and value
    if (differing.length) expect(differing[0]!.got).toEqual(differing[0]!.want);
    expect(differing.map((x) => x.id)).toEqual([]);
  });

  it('the 双公示 export gives the published decisions: number, party, code, basis, fine in yuan, decision date, unit', async () => {
    const json = new Map((await ingest([path.join(SAMPLES, 'json')])).dataset.cases.map((c) => [c.id, c]));
    const sgs = (await ingest([path.join(SAMPLES, 'xlsx', 'shuanggongshi-2025.xlsx')])).dataset;
    expect(sgs.rejects).toEqual([]);
    expect(sgs.cases.length).toBeGreaterThan(100);
    for (const c of sgs.cases) {
      const want = json.get(c.id);
      expect(want, c.id).toBeDefined();
      const pick = (x: CaseFile) => ({ name: x.party?.name, code: x.party?.creditCode, basis: x.penaltyArticles, fine: x.fine, decided: x.dates?.decided, unit: x.unit, facts: x.facts });
      expect(pick(c), c.id).toEqual(pick(want!));
    }
  });
});
