/**
 * A case register (台账) and case-file PDFs made at test time, independently of the samples/ generators: an exceljs
 * workbook laid out as an office's case ledger, one-page born-digital 行政处罚决定书 written with pdfkit, and a draw.
 */
import { expect } from 'vitest';
import { createHash } from 'node:crypto';
import { createWriteStream, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import ExcelJS from 'exceljs';
import PDFDocument from 'pdfkit';
import { runSample } from '../../src/sample/run.js';
import { tmpDir } from './cli.js';

const require = createRequire(import.meta.url);
const FONT = path.join(path.dirname(require.resolve('@embedpdf/fonts-sc')), '..', 'fonts', 'NotoSansHans-Regular.otf');
export const UNIT = '南昌市应急管理局';
export const CN_FINE: Record<number, string> = { 20000: '贰万元整', 30000: '叁万元整' };

export interface Row {
  id: string;
  party: string;
  fine: number;
  decided: string;
  published: string;
  file: string;
}

/** The ledger: 6 penalty cases of one unit, each row naming its case-file PDF (案卷文件). */
export const ROWS: Row[] = [1, 2, 3, 4, 5, 6].map((n) => ({ id: `洪应急罚〔2025〕${n}号`, party: `南昌第${n}化工有限公司`, fine: 20000, decided: `2025-03-1${n}`, published: `2025-03-2${n}`, file: `卷宗-${n}.pdf` }));

export async function writeRegister(file: string, rows: Row[]): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('案件台账');
  ws.addRow(['案件编号', '执法单位', '案件类型', '当事人', '罚款金额（元）', '决定日期', '公示日期', '案卷文件']);
  for (const r of rows) ws.addRow([r.id, UNIT, '行政处罚', r.party, r.fine, r.decided, r.published, r.file]);
  await wb.xlsx.writeFile(file);
}

export type CaseText = { id: string; party: string; fine: number; decided: string };

/** The lines of a one-page document as printed: unit, title, number, body, unit and date at the foot. */
export function documentLines(kind: 'filing' | 'decision', c: CaseText): string[] {
  const [y, m, d] = c.decided.split('-').map(Number);
  const body =
    kind === 'filing'
      ? [`案由：${c.party}涉嫌违反安全生产法律法规案`, '审批意见：同意立案。']
      : [
          `当事人：${c.party}`,
          '违法事实及证据：经查，你单位未按规定对从业人员进行安全生产教育和培训。',
          '你单位的上述行为违反了《中华人民共和国安全生产法》第二十八条第一款的规定，',
          `依据《中华人民共和国安全生产法》第九十七条第（三）项的规定，决定给予罚款人民币${CN_FINE[c.fine]}的行政处罚。`,
          '执法人员：王强（执法证号：36010023011）、赵敏（执法证号：36010023012）',
        ];
  // the 立案审批表 carries the 立 number of the case's series (one serial per case)
  return [UNIT, kind === 'filing' ? '立案审批表' : '行政处罚决定书', kind === 'filing' ? c.id.replace('罚', '立') : c.id, ...body, UNIT, `${y}年${m}月${d}日`];
}

/** Write a born-digital PDF, one page per document; resolves when the file is complete. */
function writePdf(file: string, draw: (pdf: PDFKit.PDFDocument) => void): Promise<void> {
  const pdf = new PDFDocument({ size: 'A4', margin: 60, autoFirstPage: false, info: { CreationDate: new Date(Date.UTC(2025, 0, 1)) } });
  pdf.registerFont('cjk', FONT);
  draw(pdf);
  return new Promise((resolve, reject) => {
    const out = createWriteStream(file);
    out.on('finish', resolve);
    out.on('error', reject);
    pdf.pipe(out);
    pdf.end();
  });
}

/** A case file of one page: the 行政处罚决定书 (or first a 立案审批表 carrying the 立 number of the same series). */
export function writeDecision(file: string, c: CaseText, opts: { filingFirst?: boolean } = {}): Promise<void> {
  return writePdf(file, (pdf) => {
    for (const kind of opts.filingFirst ? (['filing', 'decision'] as const) : (['decision'] as const)) {
      const [unit, title, no, ...rest] = documentLines(kind, c);
      const foot = rest.splice(-2);
      pdf.addPage();
      pdf.font('cjk').fontSize(14).text(unit!, { align: 'center' });
      pdf.fontSize(20).text(title!, { align: 'center' });
      pdf.fontSize(11).text(no!, { align: 'center' });
      pdf.fontSize(12);
      for (const l of rest) pdf.text(l);
      pdf.moveDown(2);
      for (const l of foot) pdf.text(l, { align: 'right' });
    }
  });
}

/** An image-only PDF (a scan without a text layer): each page a uniform grey image of the given level (0–255). */
export async function writeGreyScan(file: string, levels: number[]): Promise<void> {
  const { createCanvas } = await import('@napi-rs/canvas');
  const images = levels.map((g) => {
    const canvas = createCanvas(420, 595);
    const ctx = canvas.getContext('2d');
    ctx.fillStyle = `rgb(${g},${g},${g})`;
    ctx.fillRect(0, 0, 420, 595);
    return canvas.toBuffer('image/png');
  });
  return writePdf(file, (pdf) => {
    for (const png of images) {
      pdf.addPage({ margin: 0 });
      pdf.image(png, 0, 0, { width: 595.28, height: 841.89 });
    }
  });
}

export const sha = (f: string) => createHash('sha256').update(readFileSync(f)).digest('hex');
/** Not a PDF at all: any attempt to read it is an input error. */
export const garbage = (f: string) => writeFileSync(f, `%PDF-1.7\n${'garbage '.repeat(64)}\n%%EOF\n`);

/**
 * A register, a draw of 4 of its 6 cases, and the case-file folder: drawn[0] under its case number as file name
 * (its PDF states another fine than the register), drawn[1] under the name its register row gives, drawn[2] under
 * a scanner's name (found by the number inside, behind a 立案审批表 page), drawn[3] with no PDF; of the two cases
 * not drawn, one PDF is named by its case number and one by its register row — both garbage — and an extra
 * readable PDF of an unknown case sits under a scanner's name.
 */
export async function scenario() {
  const dir = tmpDir('caseaudit-documents-');
  const register = path.join(dir, 'register.xlsx');
  await writeRegister(register, ROWS);
  const manifest = path.join(dir, 'manifest.json');
  const drawnResult = await runSample([register], { rate: '60%', strata: 'none', seed: '17', output: manifest, xlsx: false });
  const drawnIds = drawnResult.manifest.selected.map((s) => s.id);
  expect(drawnIds).toHaveLength(4); // ceil(0.6 × 6)
  const drawn = drawnIds.map((id) => ROWS.find((r) => r.id === id)!);
  const other = ROWS.filter((r) => !drawnIds.includes(r.id));
  const docs = path.join(dir, 'pdfs');
  mkdirSync(docs);
  const files = {
    byName: path.join(docs, `${drawn[0]!.id}.pdf`),
    byColumn: path.join(docs, drawn[1]!.file),
    byContent: path.join(docs, 'SCAN0003.pdf'),
  };
  await writeDecision(files.byName, { ...drawn[0]!, fine: 30000 });
  await writeDecision(files.byColumn, drawn[1]!);
  await writeDecision(files.byContent, drawn[2]!, { filingFirst: true });
  garbage(path.join(docs, `${other[0]!.id}.pdf`));
  garbage(path.join(docs, other[1]!.file));
  await writeDecision(path.join(docs, 'SCAN0099.pdf'), { id: '洪应急罚〔2025〕99号', party: '南昌某某有限公司', fine: 20000, decided: '2025-04-01' });
  return { dir, register, manifest, docs, drawn, other, files };
}

