/**
 * The born-digital sample PDFs, read with OCR off and scored, give exactly the findings samples/expected.json plants
 * for their cases — except rules whose field a case-file PDF cannot state (publication, credit push: on a website),
 * which must then be "not checked", never passed. The scanned PDF without OCR is not checked at all.
 */
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pdfReader } from '../../src/ingest/pdf/read-pdf.js';
import { scoreCases } from '../../src/score/index.js';
import { ROOT } from '../helpers/cli.js';

const expected = JSON.parse(readFileSync(path.join(ROOT, 'samples', 'expected.json'), 'utf8')).cases as Record<string, string[]>;
const index = readFileSync(path.join(ROOT, 'samples', 'pdf', 'index.tsv'), 'utf8')
  .trim()
  .split('\n')
  .slice(1)
  .map((l) => l.split('\t'))
  .map(([file, id, , scanned]) => ({ file: file!, id: id!, scanned: scanned === 'yes' }));

/** Rules that read a field a case-file PDF has no place for (extract-case.ts notStated). */
const PDF_CANNOT_STATE = new Set(['credit-push-missing', 'publication-missing', 'publication-late']);

describe('born-digital sample PDFs agree with samples/expected.json (--ocr off)', () => {
  it('covers 20 born-digital files and one scan', () => {
    expect(index.filter((f) => !f.scanned)).toHaveLength(20);
    expect(index.filter((f) => f.scanned)).toHaveLength(1);
  });
  for (const f of index.filter((x) => !x.scanned)) {
    it(`${f.file} (${f.id})`, async () => {
      const read = await pdfReader.read(path.join(ROOT, 'samples', 'pdf', f.file), { ocr: 'off' });
      const c = read.cases[0]!;
      expect(c.id).toBe(f.id);
      const scored = scoreCases([c]).files[0]!;
      const got = [...new Set(scored.findings.map((x) => x.ruleId))].sort();
      const planted = expected[f.id]!;
      expect(planted, `${f.id} in expected.json`).toBeDefined();
      const unstatable = planted.filter((r) => PDF_CANNOT_STATE.has(r));
      expect(got).toEqual(planted.filter((r) => !PDF_CANNOT_STATE.has(r)).sort());
      for (const r of unstatable) expect(scored.notChecked).toContain(r);
    });
  }
  it('the scan read without OCR is not checked, rule by rule', async () => {
    const scan = index.find((f) => f.scanned)!;
    const c = (await pdfReader.read(path.join(ROOT, 'samples', 'pdf', scan.file), { ocr: 'off' })).cases[0]!;
    const scored = scoreCases([c]).files[0]!;
    expect(c.status).toBe('needs-ocr');
    expect(scored.findings).toEqual([]);
    expect(scored.notChecked.length).toBeGreaterThan(20);
  });
});
