import { describe, it, expect } from 'vitest';
import path from 'node:path';
import { readFileSync } from 'node:fs';
import { readXlsx } from '../../../src/ingest/excel/read-xlsx.js';
import { ROOT } from '../../helpers/cli.js';
import type { CaseFile, Dataset } from '../../../src/model/types.js';

// samples/xlsx/cases.xlsx is the realistic export of the same province as samples/json/province.json
const FIELDS = ['unit', 'unitLevel', 'city', 'type', 'title', 'party', 'industry', 'facts', 'violatedArticles', 'penaltyArticles', 'penaltyKinds', 'fine', 'officers', 'evidence', 'dates', 'extensionApproved', 'creditPushed', 'referredToJudiciary'] as const;

describe('bundled samples: Excel export = JSON dataset', () => {
  it('cases.xlsx gives the same case records (ids, dates, fines, officers, …) as province.json', async () => {
    const json = JSON.parse(readFileSync(path.join(ROOT, 'samples', 'json', 'province.json'), 'utf8')) as Dataset;
    const r = await readXlsx(path.join(ROOT, 'samples', 'xlsx', 'cases.xlsx'));
    expect(r.cases.map((c) => c.id).sort()).toEqual(json.cases.map((c) => c.id).sort());
    expect(r.rejects).toEqual([]);
    const byId = new Map(json.cases.map((c) => [c.id, c]));
    const diffs: string[] = [];
    for (const c of r.cases) {
      const want = byId.get(c.id)!;
      for (const f of FIELDS) {
        if (JSON.stringify(c[f] ?? null) !== JSON.stringify(want[f as keyof CaseFile] ?? null)) diffs.push(`${c.id} ${f}`);
      }
      expect(c.documents?.map((d) => d.title) ?? null).toEqual(want.documents?.map((d) => d.title) ?? null);
    }
    expect(diffs).toEqual([]);
    // the only warnings are the planted defects: invalid credit codes and officers without a certificate
    for (const w of r.warnings) expect(w.column).toMatch(/统一社会信用代码|执法证号/);
  });
});

describe('bundled samples: scheme export = JSON dataset', () => {
  it('schemes.xlsx gives the same scheme records as province.json', async () => {
    const json = JSON.parse(readFileSync(path.join(ROOT, 'samples', 'json', 'province.json'), 'utf8')) as Dataset;
    const r = await readXlsx(path.join(ROOT, 'samples', 'xlsx', 'schemes.xlsx'));
    const byId = new Map(json.schemes.map((s) => [s.id, s]));
    expect(r.schemes.map((s) => s.id).sort()).toEqual([...byId.keys()].sort());
    const diffs: string[] = [];
    for (const s of r.schemes) {
      const { source: _a, ...got } = s;
      const { source: _b, ...want } = byId.get(s.id)!;
      for (const k of new Set([...Object.keys(got), ...Object.keys(want)])) {
        if (JSON.stringify((got as Record<string, unknown>)[k] ?? null) !== JSON.stringify((want as Record<string, unknown>)[k] ?? null)) diffs.push(`${s.id} ${k}`);
      }
    }
    expect(diffs).toEqual([]);
  });
});
