import { describe, it, expect, beforeAll } from 'vitest';
import path from 'node:path';
import { scoreCases } from '../../src/score/index.js';
import { readXlsx } from '../../src/ingest/excel/read-xlsx.js';
import { pdfReader } from '../../src/ingest/pdf/read-pdf.js';
import { inEnglish, itEn } from '../helpers/lang.js';
import type { CaseFile } from '../../src/model/types.js';
import { ROOT, tmpDir } from '../helpers/cli.js';
import { sgsWorkbook } from '../fixtures/excel/build.js';

// A field the source has no place for is unknown, not missing: no finding, "not checked" with the reason.

const decided: CaseFile = {
  id: 'N-1',
  type: 'penalty',
  unit: '南昌市应急管理局',
  dates: { filed: '2025-01-02', notified: '2025-01-10', decided: '2025-01-20', served: '2025-01-21' },
  source: { file: 'x.json' },
};

describe('notStated', () => {
  itEn('turns a would-be finding into not checked, naming the field; rules needing other dates still run', () => {
    const plain = scoreCases([decided]).files[0]!;
    expect(plain.findings.map((f) => f.ruleId)).toContain('publication-missing');
    const unknown = scoreCases([{ ...decided, notStated: ['dates.published', 'creditPushed'] }]).files[0]!;
    expect(unknown.findings.map((f) => f.ruleId)).not.toContain('publication-missing');
    expect(unknown.notChecked).toContain('publication-missing');
    expect(unknown.notChecked).toContain('credit-push-missing');
    expect(unknown.notChecked).not.toContain('dates-out-of-order'); // it needs `dates`, and has the others
  });

  itEn('a case-file PDF does not state publication, the credit push, the audio/video record or the violation date', async () => {
    const c = (await pdfReader.read(path.join(ROOT, 'samples', 'pdf', 'case-02.pdf'), { ocr: 'off' })).cases[0]!;
    expect(c.notStated).toEqual(['creditPushed', 'dates.published', 'dates.violation', 'recorded']);
    const r = scoreCases([c]).files[0]!;
    expect(r.findings.map((f) => f.ruleId)).not.toContain('publication-missing');
    expect(r.notChecked).toContain('publication-missing');
    expect(r.notCheckedReasons['publication-missing']).toContain('not stated by the source: dates.published');
  });

  itEn('an Excel sheet without a column for a rule field lists it (双公示 export: no 送达日期); a full export lists none', async () => {
    const sgs = await readXlsx(await sgsWorkbook(tmpDir('caseaudit-notstated-')));
    expect(sgs.cases[0]!.notStated).toEqual(expect.arrayContaining(['dates.served', 'dates.published', 'officers', 'evidence']));
    expect(sgs.cases[0]!.notStated).not.toContain('dates.decided');
    const r = scoreCases([sgs.cases[0]!]).files[0]!;
    expect(r.notChecked).toEqual(expect.arrayContaining(['service-late', 'publication-missing', 'evidence-missing', 'officers-min-two']));
    const full = await readXlsx(path.join(ROOT, 'samples', 'xlsx', 'cases.xlsx'));
    expect(full.cases.every((c) => c.notStated === undefined)).toBe(true);
  });
});
