/**
 * The report of an audit drawn from a register and scored on the drawn files' case-file PDFs (`--documents`) says on
 * what each file was judged: read from its PDF, or scored on its register row only (no PDF: a weaker judgement);
 * which PDFs could not be read; where the register and the case file disagree (case, field, both values). The
 * register and PDFs are made at test time (tests/helpers/case-register.ts): 4 of 6 cases drawn, one PDF stating
 * another fine than the register, one drawn case without a PDF, and here an image-only scan read with `--ocr off`.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { runScore } from '../../src/score/run.js';
import { runReport } from '../../src/api/report.js';
import { scenario, sha, writeGreyScan } from '../helpers/case-register.js';
import { analyzeDocuments, type Analysis, type ScoredFile } from '../../src/analyze/index.js';
import { documentsSection } from '../../src/report/documents-section.js';
import type { DocumentRead } from '../../src/model/types.js';

const FORMATS = ['html', 'md', 'xlsx', 'docx', 'json'];

describe('report of a register + case-file PDF audit', async () => {
  const s = await scenario();
  await writeGreyScan(path.join(s.docs, 'SCAN0100.pdf'), [210]); // a scan nobody can read without OCR, named by no one
  const results = path.join(s.dir, 'results.json');
  await runScore([s.register], { sample: s.manifest, documents: [s.docs], ocr: 'off', output: results });
  const date = new Date(Date.UTC(2025, 6, 1));
  const zh = path.join(s.dir, 'zh');
  const en = path.join(s.dir, 'en');
  await runReport({ results, manifest: s.manifest, formats: FORMATS, outDir: zh, lang: 'zh', date });
  await runReport({ results, manifest: s.manifest, formats: ['md'], outDir: en, lang: 'en', date });
  const md = readFileSync(path.join(zh, 'report.md'), 'utf8');
  const section = md.slice(md.indexOf('评查材料'), md.indexOf('\n## ', md.indexOf('评查材料')));
  const [byName, byColumn, byContent, noPdf] = s.drawn.map((r) => r.id) as [string, string, string, string];

  it('says how many drawn files were read from their PDF and which were scored on the register row only', () => {
    expect(md).toMatch(/^## 三、评查材料$/m); // after 抽样情况
    expect(section).toContain('抽中的 4 件案卷从案件台账中抽取，评查时读取其案卷 PDF：3 件依据案卷 PDF 评查，1 件未找到案卷 PDF、仅依据台账记录评查。');
    expect(section).toContain(`评查结论依据较弱，应在补齐案卷后复核：${noPdf}。`);
  });

  it('names the PDFs that could not be read and counts those of cases not drawn', () => {
    expect(section).toContain('所给案卷 PDF 共 7 份：用于评查 3 份，不属于抽中案卷 3 份（其中 1 份读取首页后判定，其余按文件名、台账或文件清单判定、未打开），无法识读且无法判断所属案卷 1 份：');
    expect(section).toMatch(/\| [^|]*SCAN0100\.pdf \| 无法识读（需 OCR），无法判断所属案卷/);
  });

  it('lists each register/case-file disagreement with the case, the field and both values', () => {
    expect(section).toContain('台账与案卷 PDF 在 1 件案卷的 1 处关键信息上不一致，均以案卷 PDF 为准评查');
    expect(section).toContain(`| ${byName} | 南昌市应急管理局 | 罚款（元） | 20000 | 30000 |`);
  });

  it('gives each drawn file its material and how its PDF was found; the printed report sends that list to the workbook', () => {
    const rows = section.split('\n').filter((l) => l.startsWith(`| 洪应急罚`) && !l.includes('罚款（元）'));
    expect(rows).toHaveLength(4);
    expect(rows.find((l) => l.startsWith(`| ${byName} `))).toMatch(/\| 案卷 PDF \| [^|]*\.pdf \| 文件名即案号 \| [^|]*公示日期/);
    expect(rows.find((l) => l.startsWith(`| ${byColumn} `))).toContain('| 台账或清单写明文件名 |');
    expect(rows.find((l) => l.startsWith(`| ${byContent} `))).toContain('| SCAN0003.pdf | 案卷内的案号 |');
    expect(rows.find((l) => l.startsWith(`| ${noPdf} `))).toContain('| 仅台账（未找到案卷 PDF） |  |  |');
    const html = readFileSync(path.join(zh, 'report.html'), 'utf8');
    expect(html).toContain('<section id="documents"><h2>三、评查材料</h2>');
    expect(html).toContain('逐项明细（4行）见 report.xlsx《三、评查材料-逐卷评查材料》工作表。');
    expect(html).toContain(`<td class="id">${byName}</td><td>南昌市应急管理局</td><td>罚款（元）</td><td>20000</td><td>30000</td>`);
  });

  it('has a sheet per table in the workbook, the disagreement in the docx and the whole in report.json', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(zh, 'report.xlsx'));
    const files = wb.worksheets.find((w) => w.name.includes('逐卷评查材料'))!;
    expect(files.rowCount).toBe(5);
    const disagree = wb.worksheets.find((w) => w.name.includes('台账与案卷不一致'))!;
    expect((disagree.getRow(2).values as unknown[]).slice(1)).toEqual([byName, '南昌市应急管理局', '罚款（元）', '20000', '30000']);
    const docx = await (await JSZip.loadAsync(readFileSync(path.join(zh, 'report.docx')))).file('word/document.xml')!.async('string');
    expect(docx).toContain('评查材料');
    expect(docx).toContain('台账与案卷不一致');
    // the input files and their SHA-256 name the PDFs the files were scored on
    expect(md).toMatch(new RegExp(`\\| 案卷 PDF \\| [^|]*SCAN0003\\.pdf \\| ${sha(s.files.byContent)} \\|`));
    const json = JSON.parse(readFileSync(path.join(zh, 'report.json'), 'utf8'));
    expect(json.documents.summary).toMatchObject({ files: 7, matched: 3, missing: [noPdf], unidentified: 1, unidentifiedFiles: [expect.stringMatching(/SCAN0100\.pdf$/)] });
    expect(json.documents.disagreements).toEqual([expect.objectContaining({ id: byName, field: 'fine', register: '20000', document: '30000' })]);
    expect(json.documents.files.filter((f: { basis: string }) => f.basis === 'register').map((f: { id: string }) => f.id)).toEqual([noPdf]);
  });

  it('names a PDF file as the source of a file read from it, the register row for the one without', () => {
    const json = JSON.parse(readFileSync(path.join(zh, 'report.json'), 'utf8'));
    const source = (id: string) => json.files.find((f: { id: string }) => f.id === id).source.file as string;
    expect(source(byName)).toMatch(/\.pdf$/);
    expect(source(noPdf)).toMatch(/register\.xlsx$/);
  });

  it('says the same in English', () => {
    const text = readFileSync(path.join(en, 'report.md'), 'utf8');
    expect(text).toMatch(/^## 3\. What the files were judged on$/m);
    expect(text).toContain('read from a PDF, 3; no PDF found, scored on the register row only, 1.');
    expect(text).toContain(`| ${byName} | 南昌市应急管理局 | fine (yuan) | 20000 | 30000 |`);
  });

  it('adds nothing to a report whose results were scored without --documents', async () => {
    const plain = JSON.parse(readFileSync(results, 'utf8'));
    delete plain.documents;
    for (const f of plain.files) delete f.document;
    const file = path.join(s.dir, 'plain.json');
    writeFileSync(file, JSON.stringify(plain));
    const out = path.join(s.dir, 'plain');
    await runReport({ results: file, manifest: s.manifest, formats: ['md', 'json'], outDir: out, lang: 'zh', date });
    expect(readFileSync(path.join(out, 'report.md'), 'utf8')).not.toContain('评查材料');
    expect(JSON.parse(readFileSync(path.join(out, 'report.json'), 'utf8')).documents).toBeUndefined();
  });
});

describe('评查材料 from hand-made results: a PDF found but not read, an uncertain OCR value', () => {
  const doc = (file: string, extra: Partial<DocumentRead> = {}): DocumentRead => ({ file, sha256: 'ab'.repeat(32), matchedBy: 'file-name', register: { file: 'register.xlsx', sheet: '台账', row: 2 }, fromRegister: [], disagreements: [], ...extra });
  const file = (id: string, extra: Partial<ScoredFile> = {}): ScoredFile => ({ id, unit: '九江市应急管理局', score: 100, grade: 'provisional', vetoed: false, findings: [], notChecked: [], ...extra });
  const files = [
    file('浔应急罚〔2025〕1号', { status: 'needs-ocr', document: doc('浔1.pdf') }),
    file('浔应急罚〔2025〕2号', { status: 'ok', document: doc('浔2.pdf', { disagreements: [{ field: 'dates.decided', register: '2025-03-12', document: '2025-03-17', uncertain: true }] }) }),
  ];
  const summary = { inputs: ['pdfs'], files: 2, matched: 2, missing: [], notDrawn: 0, notDrawnOpened: 0, unidentified: 0 };
  const analysis = { files, documents: analyzeDocuments(summary, files) } as unknown as Analysis;

  it('says the unread PDF leaves the file unchecked and lists it', () => {
    const sec = documentsSection(analysis, 'zh')!;
    expect(sec.paragraphs).toContain('1 件的案卷 PDF 未能识读（扫描件未经 OCR），其自动评查项均未核查：浔应急罚〔2025〕1号。');
    expect(sec.tables.find((t) => t.id === 'documentsUnread')!.rows).toEqual([['浔1.pdf', '属抽中案卷 浔应急罚〔2025〕1号，未能识读（需 OCR），按未核查处理']]);
    expect(sec.tables.find((t) => t.id === 'documentFiles')!.rows[0]).toEqual(['浔应急罚〔2025〕1号', '九江市应急管理局', '案卷 PDF（未能识读）', '浔1.pdf', '文件名即案号', '']);
  });

  it('counts and lists a damaged PDF that --skip-bad went past, with why', () => {
    const broken = { ...summary, files: 3, unreadableFiles: [{ file: 'SCAN0007.pdf', reason: 'PDF 已损坏或无法解析：SCAN0007.pdf（Invalid PDF structure.）' }] };
    const sec = documentsSection({ files, documents: analyzeDocuments(broken, files) } as unknown as Analysis, 'zh')!;
    expect(sec.paragraphs).toContain('所给案卷 PDF 共 3 份：用于评查 2 份，文件损坏或不是 PDF、已跳过 1 份。');
    expect(sec.tables.find((t) => t.id === 'documentsUnread')!.rows).toContainEqual(['SCAN0007.pdf', '文件损坏或不是 PDF，已跳过（--skip-bad）：PDF 已损坏或无法解析：SCAN0007.pdf（Invalid PDF structure.）']);
  });

  it('marks a value OCR was unsure of and writes dates as a reader reads them', () => {
    const zh = documentsSection(analysis, 'zh')!;
    expect(zh.paragraphs).toContain('台账与案卷 PDF 在 1 件案卷的 1 处关键信息上不一致（其中 1 处案卷值为 OCR 识读不确定），均以案卷 PDF 为准评查；不一致本身不扣分，台账与案卷孰误由评查人员核实。');
    expect(zh.tables.find((t) => t.id === 'documentDisagreements')!.rows).toEqual([['浔应急罚〔2025〕2号', '九江市应急管理局', '决定日期', '2025年3月12日', '2025年3月17日（OCR 不确定）']]);
    const en = documentsSection(analysis, 'en')!;
    expect(en.tables.find((t) => t.id === 'documentDisagreements')!.rows[0]!.slice(2)).toEqual(['decision date', expect.stringMatching(/12 March 2025|2025-03-12/), expect.stringMatching(/ \(OCR uncertain\)$/)]);
  });
});
