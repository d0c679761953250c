/**
 * OCR only what is drawn (issue #17 item 3): the draw is made from a register (an Excel 台账), then `score`,
 * `worksheet` and `run` read only the drawn cases' case-file PDFs among `--documents` — matched by a register column
 * (案卷文件), by the file name (the case number) or by the case number inside — and score each drawn case on its PDF.
 * The register and the PDFs are built here: an exceljs workbook laid out as an office's case ledger, and one-page
 * born-digital 行政处罚决定书 written with pdfkit. The PDFs of cases not drawn that their names give away are
 * written as garbage: opening one would stop the run (an unreadable input), so a passing run proves they were not opened.
 */
import { describe, expect, it } from 'vitest';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { runReviewerSheets, runScore, runWorksheet } from '../../src/score/run.js';
import { runAssign } from '../../src/review/run.js';
import { runAudit } from '../../src/api/audit.js';
import { mergeConfig } from '../../src/api/config.js';
import { UsageError } from '../../src/errors.js';
import { withLang } from '../../src/i18n.js';
import { ROWS, garbage, scenario, sha, writeDecision, writeRegister } from '../helpers/case-register.js';

describe('score --documents: only the drawn cases’ PDFs, merged with their register rows', async () => {
  const s = await scenario();
  const progress: string[] = [];
  const scored = await withLang('en', () => runScore([s.register], { sample: s.manifest, documents: [s.docs], output: path.join(s.dir, 'results.json'), onProgress: (m) => progress.push(m) }));
  const byId = new Map(scored.result.files.map((f) => [f.id, f]));

  it('reads only the PDFs of drawn cases (and the one its name cannot place): the garbage of undrawn cases is never opened', () => {
    const read = progress.filter((l) => /\.pdf/.test(l)).join('\n');
    for (const f of Object.values(s.files)) expect(read).toContain(path.basename(f));
    expect(read).toContain('SCAN0099.pdf'); // its name says nothing: read, then set aside
    expect(read).not.toContain(s.other[0]!.id);
    expect(read).not.toContain(s.other[1]!.file);
    expect(scored.result.documents).toEqual({ inputs: [expect.stringMatching(/pdfs$/)], files: 6, matched: 3, missing: [s.drawn[3]!.id], notDrawn: 3, notDrawnOpened: 1, unidentified: 0 });
    expect(scored.warnings).toContainEqual(expect.stringMatching(/^3 case-file PDF\(s\) are not of a drawn case: 2 by file name, register column or index, not opened; 1 found once read \(scans only to page 1\): .*SCAN0099\.pdf$/));
  });

  it('scores every drawn case, in draw order, each on its PDF with the PDF’s SHA-256 and how it was found', () => {
    expect(scored.result.files.map((f) => f.id)).toEqual(s.drawn.map((r) => r.id));
    const expectDoc = (id: string, file: string, matchedBy: string) => {
      const f = byId.get(id)!;
      expect(f.document).toMatchObject({ file: expect.stringMatching(new RegExp(`${path.basename(file).replace(/[.[\]()]/g, '\\$&')}$`)), sha256: sha(file), matchedBy });
      expect(f.source.file).toBe(f.document!.file); // the case file is what was audited
      expect(f.document!.register).toMatchObject({ file: expect.stringMatching(/register\.xlsx$/), sheet: '案件台账' });
    };
    expectDoc(s.drawn[0]!.id, s.files.byName, 'file-name');
    expectDoc(s.drawn[1]!.id, s.files.byColumn, 'register-column');
    expectDoc(s.drawn[2]!.id, s.files.byContent, 'case-number');
  });

  it('takes from the register only what a case file has no place for, and lists it', () => {
    const f = byId.get(s.drawn[1]!.id)!;
    // the publication date is not in a case-file PDF: the register's, named in fromRegister
    expect(f.document!.fromRegister).toContain('dates.published');
    // the decision's own fields stay the PDF's: nothing of them is listed as the register's
    for (const k of ['party.name', 'fine', 'dates.decided', 'officers', 'facts']) expect(f.document!.fromRegister).not.toContain(k);
    // the drawn case's publication rule is checked on the register's date, not "not checked"
    expect(f.notChecked).not.toContain('publication-missing');
  });

  it('records and warns where the register and the PDF disagree on a key field, scoring on the PDF', () => {
    const id = s.drawn[0]!.id;
    expect(byId.get(id)!.document!.disagreements).toEqual([{ field: 'fine', register: '20000', document: '30000' }]);
    expect(scored.warnings).toContainEqual(expect.stringMatching(new RegExp(`^${id.replace(/[[\]()]/g, '\\$&')}: the register and the case-file PDF .* disagree; scored on the case file, check: fine: register "20000", case file "30000"`)));
    for (const r of s.drawn.slice(1, 3)) expect(byId.get(r.id)!.document!.disagreements).toEqual([]);
  });

  it('scores a drawn case without a PDF on its register row, with one warning naming it', () => {
    const f = byId.get(s.drawn[3]!.id)!;
    expect(f.document).toBeUndefined();
    expect(f.source).toMatchObject({ file: expect.stringMatching(/register\.xlsx$/), sheet: '案件台账' });
    expect(scored.warnings.filter((w) => w.includes('no case-file PDF'))).toEqual([`1 drawn case(s) have no case-file PDF in --documents; scored on their register row: ${s.drawn[3]!.id}`]);
  });

  it('writes results.json with the documents (valid against the results schema)', async () => {
    const { schemaValidator } = await import('../../src/model/validate.js');
    const results = JSON.parse(readFileSync(path.join(s.dir, 'results.json'), 'utf8'));
    const validate = schemaValidator('results');
    expect(validate(results), JSON.stringify(validate.errors)).toBe(true);
    expect(results.files.find((f: { id: string }) => f.id === s.drawn[0]!.id).document.sha256).toBe(sha(s.files.byName));
  });

  it('worksheet --documents puts the same drawn cases on the sheet, from their PDFs', async () => {
    const out = path.join(s.dir, 'review.xlsx');
    const w = await withLang('en', () => runWorksheet([s.register], { sample: s.manifest, documents: [s.docs], output: out }));
    expect(w.files).toBe(4);
    expect(w.documents).toMatchObject({ matched: 3, missing: [s.drawn[3]!.id] });
    expect(w.warnings).toContainEqual(expect.stringContaining('no case-file PDF'));
    // each file's band names its case file and what came from the register, for the reviewer
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const text = (wb.getWorksheet('评查表') ?? wb.worksheets[0]!).getSheetValues().flatMap((r) => (Array.isArray(r) ? r : [])).filter((v): v is string => typeof v === 'string');
    const band = text.find((t) => t.includes(`Case ${s.drawn[0]!.id}`))!;
    expect(band).toMatch(new RegExp(`source (?:.*/)?${s.drawn[0]!.id.replace(/[[\]()]/g, '\\$&')}\\.pdf, pages 1; from the register: [^;]*dates\\.published[^;]*; differs from the register: fine$`));
  });

  it('worksheet --assignment --documents: each reviewer’s sheet from the PDFs, found through the assignment’s manifest', async () => {
    const reviewers = path.join(s.dir, 'reviewers.json');
    writeFileSync(reviewers, JSON.stringify({ reviewers: [{ name: '李强', unit: '九江市应急管理局', city: '九江市' }, { name: '陈静', unit: '赣州市应急管理局', city: '赣州市' }] }));
    const assignment = path.join(s.dir, 'assignment.json');
    await runAssign(s.manifest, [s.register], { reviewers, seed: '1', output: assignment, xlsx: false });
    const w = await withLang('en', () => runReviewerSheets([s.register], { assignment, outDir: path.join(s.dir, 'sheets'), documents: [s.docs] }));
    expect(w.sheets!.reduce((n, x) => n + x.files, 0)).toBe(4);
    expect(w.documents).toMatchObject({ matched: 3, missing: [s.drawn[3]!.id] });
  });

  it('takes an index table among the documents (a scanning service’s list: file → case number) as naming the PDFs', async () => {
    const docs = path.join(s.dir, 'batch2');
    mkdirSync(docs);
    copyFileSync(s.files.byContent, path.join(docs, 'B0001.pdf'));
    garbage(path.join(docs, 'B0002.pdf')); // listed as a case not drawn: never opened
    writeFileSync(path.join(docs, 'index.tsv'), `file\tid\tpages\nB0001.pdf\t${s.drawn[2]!.id}\t2\nB0002.pdf\t${s.other[0]!.id}\t1\n`);
    const r = await withLang('en', () => runScore([s.register], { sample: s.manifest, documents: [docs] }));
    expect(r.result.files.find((f) => f.id === s.drawn[2]!.id)!.document).toMatchObject({ matchedBy: 'register-column', sha256: sha(s.files.byContent) });
    expect(r.result.documents).toMatchObject({ files: 2, matched: 1, notDrawn: 1, notDrawnOpened: 0 });
  });

  it('keeps a misfiled PDF with the case its name gives, and says its case number is another’s', async () => {
    const docs = path.join(s.dir, 'batch3');
    mkdirSync(docs);
    // named as drawn[0] but holding drawn[1]'s decision; drawn[1]'s own file is there too
    await writeDecision(path.join(docs, `${s.drawn[0]!.id}.pdf`), s.drawn[1]!);
    await writeDecision(path.join(docs, s.drawn[1]!.file), s.drawn[1]!);
    const r = await withLang('en', () => runScore([s.register], { sample: s.manifest, documents: [docs] }));
    const doc = (id: string) => r.result.files.find((f) => f.id === id)!.document;
    expect(doc(s.drawn[0]!.id)).toMatchObject({ matchedBy: 'file-name' });
    expect(doc(s.drawn[0]!.id)!.disagreements).toContainEqual({ field: 'id', register: s.drawn[0]!.id, document: s.drawn[1]!.id });
    expect(doc(s.drawn[1]!.id)).toMatchObject({ matchedBy: 'register-column', disagreements: [] });
  });

  it('still refuses a register changed since the draw (the PDFs are not the draw’s inputs and are not hashed)', async () => {
    const changed = path.join(s.dir, 'register-changed.xlsx');
    await writeRegister(changed, ROWS.map((r, i) => (i === 0 ? { ...r, party: `${r.party}（更名）` } : r)));
    await expect(runScore([changed], { sample: s.manifest, documents: [s.docs] })).rejects.toBeInstanceOf(UsageError);
    await expect(runScore([changed], { sample: s.manifest, documents: [s.docs] })).rejects.toThrow(/differ|不同/);
  });

  it('stops on a damaged PDF naming it (exit 2); with --skip-bad goes on, warns and lists it in the results', async () => {
    const docs = path.join(s.dir, 'batch4');
    mkdirSync(docs);
    copyFileSync(s.files.byName, path.join(docs, path.basename(s.files.byName)));
    writeFileSync(path.join(docs, 'SCAN0200.pdf'), readFileSync(s.files.byName).subarray(0, 300)); // cut short: its name places it nowhere, so it is opened
    await expect(withLang('en', () => runScore([s.register], { sample: s.manifest, documents: [docs] }))).rejects.toThrow(/SCAN0200\.pdf/);
    const r = await withLang('en', () => runScore([s.register], { sample: s.manifest, documents: [docs], skipBad: true }));
    expect(r.result.documents).toMatchObject({ files: 2, matched: 1, unreadableFiles: [{ file: expect.stringMatching(/SCAN0200\.pdf$/), reason: expect.stringMatching(/SCAN0200\.pdf/) }] });
    expect(r.warnings).toContainEqual(expect.stringMatching(/^skipped an unreadable case-file PDF \(--skip-bad\): .*SCAN0200\.pdf/));
  });

  it('refuses --documents without --sample (the documents are read for drawn cases only)', async () => {
    await expect(runScore([s.register], { documents: [s.docs] })).rejects.toBeInstanceOf(UsageError);
  });
});

describe('run with config documents: import the register, draw, then read only the drawn PDFs', () => {
  it('reads only drawn cases’ PDFs after the draw and scores them', async () => {
    const s = await scenario();
    const cfgFile = path.join(s.dir, 'audit.json');
    const raw = { inputs: ['register.xlsx'], documents: ['pdfs'], seed: '17', rate: '60%', strata: 'none', schemes: { enabled: false }, outputs: { dir: 'out', formats: ['json'] } };
    writeFileSync(cfgFile, JSON.stringify(raw));
    const progress: string[] = [];
    const r = await withLang('en', () => runAudit(mergeConfig(raw, cfgFile, {}), { onProgress: (m) => progress.push(m), date: new Date('2025-07-01T00:00:00Z') }));
    expect(r.drawn).toBe(4);
    expect(r.documents).toMatchObject({ files: 6, matched: 3, notDrawn: 3 });
    // the PDFs are read after the draw, and only those of drawn cases (or that their names cannot place)
    const drawStep = progress.findIndex((l) => l.startsWith('2/6'));
    const pdfLines = progress.map((l, i) => [l, i] as const).filter(([l]) => /\.pdf/.test(l));
    expect(pdfLines.length).toBeGreaterThan(0);
    for (const [l, i] of pdfLines) {
      expect(i).toBeGreaterThan(drawStep);
      expect(l).not.toContain(s.other[0]!.id);
      expect(l).not.toContain(s.other[1]!.file);
    }
    const results = JSON.parse(readFileSync(path.join(s.dir, 'out', 'results.json'), 'utf8'));
    expect(results.documents).toMatchObject({ files: 6, matched: 3, missing: [s.drawn[3]!.id] });
    expect(results.files.map((f: { id: string }) => f.id).sort()).toEqual(s.drawn.map((x) => x.id).sort());
    expect(results.files.find((f: { id: string }) => f.id === s.drawn[1]!.id).document).toMatchObject({ matchedBy: 'register-column', sha256: sha(s.files.byColumn) });
    expect(r.warnings).toContainEqual(expect.stringContaining('scored on their register row'));
    // the report says on what each file was judged (its section 评查材料; report.json here)
    const report = JSON.parse(readFileSync(path.join(s.dir, 'out', 'report.json'), 'utf8'));
    expect(report.documents.files.filter((f: { basis: string }) => f.basis === 'register').map((f: { id: string }) => f.id)).toEqual([s.drawn[3]!.id]);
    expect(report.documents.disagreements).toEqual([expect.objectContaining({ id: s.drawn[0]!.id, field: 'fine' })]);
  }, 120_000);

  it('with cross-review, the reviewers’ sheets show the drawn files as their PDFs give them', async () => {
    const s = await scenario();
    writeFileSync(path.join(s.dir, 'reviewers.json'), JSON.stringify({ reviewers: [{ name: '李强', unit: '九江市应急管理局', city: '九江市' }, { name: '陈静', unit: '赣州市应急管理局', city: '赣州市' }] }));
    const cfgFile = path.join(s.dir, 'audit.json');
    const raw = { inputs: ['register.xlsx'], documents: ['pdfs'], seed: '17', rate: '60%', strata: 'none', review: { reviewers: 'reviewers.json' }, schemes: { enabled: false }, outputs: { dir: 'out', formats: ['json'] } };
    writeFileSync(cfgFile, JSON.stringify(raw));
    const r = await withLang('en', () => runAudit(mergeConfig(raw, cfgFile, {}), { date: new Date('2025-07-01T00:00:00Z') }));
    expect(r.documents).toMatchObject({ matched: 3 });
    const bands: string[] = [];
    for (const name of ['李强.xlsx', '陈静.xlsx']) {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(path.join(s.dir, 'out', 'sheets', name));
      for (const row of wb.worksheets[0]!.getSheetValues()) for (const v of Array.isArray(row) ? row : []) if (typeof v === 'string' && / · source /.test(v)) bands.push(v);
    }
    expect(bands).toHaveLength(4);
    expect(bands.find((b) => b.includes(`Case ${s.drawn[1]!.id} `))).toMatch(new RegExp(`source (?:.*/)?${s.drawn[1]!.file.replace('.', '\\.')}, pages 1; from the register: `));
    expect(bands.find((b) => b.includes(`Case ${s.drawn[3]!.id} `))).toMatch(/source (?:.*\/)?register\.xlsx, sheet 案件台账, row \d+$/);
  }, 120_000);
});
