/** Matching case-file PDFs to drawn register rows before reading them, and merging a drawn row with its PDF (--documents). */
import { describe, expect, it } from 'vitest';
import { matchByContent, planDocuments } from '../../src/ingest/documents/match.js';
import { mergeDocument } from '../../src/ingest/documents/merge.js';
import type { CaseFile } from '../../src/model/types.js';

const row = (id: string, extra: Partial<CaseFile> = {}): CaseFile => ({ id, source: { file: 'register.xlsx', sheet: '台账', row: 2 }, ...extra });
const drawn = [row('（赣）应急罚〔2025〕2号'), row('洪应急罚〔2025〕4号', { documentFile: '扫描件\\0004号案卷.PDF' })];
const register = [...drawn, row('洪应急罚〔2025〕5号', { documentFile: '0005号案卷.pdf' }), row('洪应急罚〔2025〕6号')];

describe('planDocuments', () => {
  it('sorts PDFs by register column, then file name, before any is opened', () => {
    const plan = planDocuments(['d/0004号案卷.pdf', 'd/(赣)应急罚[2025]2号.pdf', 'd/0005号案卷.pdf', 'd/洪应急罚〔2025〕6号 南昌某厂.pdf', 'd/scan0001.pdf'], drawn, register);
    expect(plan.drawn).toEqual([
      { file: 'd/0004号案卷.pdf', id: '洪应急罚〔2025〕4号', matchedBy: 'register-column' }, // column value: a Windows path, another case
      { file: 'd/(赣)应急罚[2025]2号.pdf', id: '（赣）应急罚〔2025〕2号', matchedBy: 'file-name' }, // brackets of another style
    ]);
    // named as cases not drawn: never opened
    expect(plan.notDrawn).toEqual(['d/0005号案卷.pdf', 'd/洪应急罚〔2025〕6号 南昌某厂.pdf']);
    expect(plan.unknown).toEqual(['d/scan0001.pdf']);
  });

  it('keeps the first PDF of a drawn case and lists a second one, the register’s own file first', () => {
    const plan = planDocuments(['d/洪应急罚〔2025〕4号.pdf', 'd/0004号案卷.pdf'], drawn, register);
    expect(plan.drawn).toEqual([{ file: 'd/0004号案卷.pdf', id: '洪应急罚〔2025〕4号', matchedBy: 'register-column' }]);
    expect(plan.duplicates).toEqual([{ file: 'd/洪应急罚〔2025〕4号.pdf', id: '洪应急罚〔2025〕4号', first: 'd/0004号案卷.pdf' }]);
  });
});

describe('matchByContent', () => {
  it('matches the number read from the PDF, or one drawn case of its documents’ series', () => {
    expect(matchByContent(row('赣应急罚(2025)2号'), drawn)).toBe('（赣）应急罚〔2025〕2号');
    // the decision's number unreadable (the id fell back to the file name); its 立案审批表 names the series
    expect(matchByContent(row('scan0001', { documents: [{ title: '立案审批表', number: '洪应急立〔2025〕4号' }] }), drawn)).toBe('洪应急罚〔2025〕4号');
    expect(matchByContent(row('洪应急罚〔2025〕9号'), drawn)).toBeUndefined();
  });
});

describe('mergeDocument', () => {
  const reg = row('洪应急罚〔2025〕4号', {
    unit: '南昌市应急管理局', unitLevel: 'city', city: '南昌市', industry: '化工', type: 'penalty',
    party: { name: '南昌恒达化工有限公司', kind: 'unit' }, fine: 30000, creditPushed: true,
    dates: { filed: '2025-02-01', decided: '2025-03-14', published: '2025-03-20' }, documentFile: '0004.pdf',
  });
  const pdf: CaseFile = {
    id: '洪应急罚〔2025〕4号', unit: '南昌市应急管理局', type: 'penalty', party: { name: '南昌恒达化工有限公司' }, fine: 20000,
    dates: { decided: '2025-03-14' }, notStated: ['creditPushed', 'dates.published', 'recorded'], uncertainFields: ['fine'],
    source: { file: 'pdfs/0004.pdf', pages: [1, 2] },
  };
  const read = { file: 'pdfs/0004.pdf', sha256: 'a'.repeat(64), matchedBy: 'register-column' as const };

  it('keeps the PDF’s record and fills only what a case file has no place for, listing it', () => {
    const m = mergeDocument(reg, pdf, read);
    expect(m.source).toEqual(pdf.source);
    expect(m.fine).toBe(20000);
    // a filing date only the register gives does not stand in for a 立案审批表 the file lacks
    expect(m.dates).toEqual({ decided: '2025-03-14', published: '2025-03-20' });
    expect(m.creditPushed).toBe(true);
    expect(m.notStated).toEqual(['recorded']); // the register does not say either
    expect(m.document!.fromRegister).toEqual(['creditPushed', 'dates.published', 'unitLevel', 'city', 'industry', 'party.kind']);
    expect(m.document!.register).toEqual(reg.source);
  });

  it('records a key field the two give differently, marked when OCR was unsure of the PDF’s value', () => {
    expect(mergeDocument(reg, pdf, read).document!.disagreements).toEqual([{ field: 'fine', register: '30000', document: '20000', uncertain: true }]);
  });

  it('fills nothing in for a PDF whose pages could not be read (needs-ocr): its rules stay not checked', () => {
    const m = mergeDocument(reg, { ...pdf, status: 'needs-ocr', needsOcrPages: [1, 2] }, read);
    expect(m.document!.fromRegister).not.toContain('dates.published');
    expect(m.status).toBe('needs-ocr');
  });
});
