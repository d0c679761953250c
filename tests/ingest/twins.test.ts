// The same case list exported as .xlsx, as .xls (written by LibreOffice, BIFF8), as GBK CSV with a title row,
// as UTF-8 CSV with a BOM, as tab-separated text and as a GBK HTML table named .xls (a web system's "Excel
// export") must import the same records (scripts/generate-ingest-fixtures.mjs).
import { describe, it, expect } from 'vitest';
import path from 'node:path';
import { ingest } from '../../src/ingest/index.js';
import type { CaseFile } from '../../src/model/types.js';
import { ROOT } from '../helpers/cli.js';

const TWINS = path.join(ROOT, 'tests/fixtures/ingest/twins');
const withoutSource = (c: CaseFile) => {
  const { source: _s, ...rest } = c;
  return rest;
};

async function read(name: string) {
  return ingest([path.join(TWINS, name)]);
}

describe('a case list in every container imports the records of its .xlsx twin', () => {
  it('the .xlsx reference: title row skipped, 案卷号 and 立案时间 recognised without a mapping, a line break kept in the facts', async () => {
    const r = await read('cases.xlsx');
    expect(r.dataset.cases).toHaveLength(12);
    expect(r.dataset.rejects).toEqual([]);
    const first = r.dataset.cases[0]!;
    expect(first.id).toBe('景应急检〔2025〕2号');
    expect(first.dates?.filed).toBe('2025-01-06');
    expect(first.facts).toContain('发现以下问题：\n1.进行动火');
    expect(r.dataset.cases[1]!.facts).toContain('（当事人称"不知情"）');
  });

  for (const [file, kind, message] of [
    ['cases.xls', 'xls', undefined],
    ['cases-html.xls', 'xls', 'GBK/GB18030'],
    ['cases-gbk.csv', 'csv', 'GBK/GB18030'],
    ['cases-utf8-bom.csv', 'csv', 'UTF-8 BOM'],
    ['cases-tab.tsv', 'csv', 'UTF-8'],
  ] as const) {
    it(`${file} (${kind}) gives the same records, field by field`, async () => {
      const [xlsx, other] = await Promise.all([read('cases.xlsx'), read(file)]);
      expect(other.inputs[0]).toMatchObject({ kind, status: 'ok', records: 12, rejects: 0 });
      if (message) expect(other.inputs[0]!.message).toContain(message);
      expect(other.dataset.cases.map(withoutSource)).toEqual(xlsx.dataset.cases.map(withoutSource));
      expect(other.dataset.warnings).toEqual([]);
      // provenance names the file and the row a user sees when opening it in Excel (title, blank, header → row 4)
      expect(other.dataset.cases[0]!.source).toMatchObject({ file: path.join(TWINS, file), row: 4 });
    });
  }

  it('a folder of all six twins is six files of three kinds, with 12 distinct cases once duplicates are rejected', async () => {
    const r = await ingest([TWINS], { duplicates: 'reject' });
    expect(r.inputs.map((i) => i.kind).sort()).toEqual(['csv', 'csv', 'csv', 'xls', 'xls', 'xlsx']);
    expect(r.counts.cases).toBe(12);
    expect(r.dataset.rejects).toHaveLength(60);
  });
});
