/**
 * The official report as a Word document, laid out like a Chinese official document (GB/T 9704-2012):
 * 标题 (小标宋 二号, centred), 主送 (仿宋 三号), body in 仿宋 三号 with 一、 headings in 黑体 and （一） headings in
 * 楷体, tables, then 落款 (issuing unit and date, right-aligned) and an appendix with the input hashes.
 */
import {
  AlignmentType,
  Document,
  Footer,
  Packer,
  PageNumber,
  Paragraph,
  Table as DocxTable,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type IRunOptions,
} from 'docx';
import { coverRows, hashTable, type Table } from './sections.js';
import { cnNumber, sectionHeading, type RenderContext, type Renderer } from './context.js';
import { officialDate, s } from './locale.js';
import { normalizeOoxml } from './zip.js';
import { xmlText } from '../util/xml-text.js';

const MM = 56.7; // twips per millimetre
const font = (eastAsia: string) => ({ ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia, cs: 'Times New Roman' });
const BODY: IRunOptions = { font: font('仿宋_GB2312'), size: 32 };
const LINE = { line: 560, lineRule: 'exact' as const };

const run = (text: string, o: IRunOptions = BODY) => new TextRun({ ...o, text: xmlText(text) });
const body = (text: string) => new Paragraph({ children: [run(text)], indent: { firstLine: 640 }, spacing: LINE, alignment: AlignmentType.JUSTIFIED });

function heading1(text: string): Paragraph {
  return new Paragraph({ children: [run(text, { font: font('黑体'), size: 32 })], indent: { firstLine: 640 }, spacing: LINE, keepNext: true });
}

function heading2(text: string): Paragraph {
  return new Paragraph({ children: [run(text, { font: font('楷体_GB2312'), size: 32 })], indent: { firstLine: 640 }, spacing: LINE, keepNext: true });
}

/** Rows a docx table shows: the official document stays readable; the full data is in xlsx/json. */
export const DOCX_ROW_LIMIT = 300;

function table(t: Table, lang: RenderContext['lang']): (Paragraph | DocxTable)[] {
  if (!t.rows.length) return [body(t.empty ?? '—')];
  const rows = t.rows.slice(0, DOCX_ROW_LIMIT);
  const note = t.rows.length > rows.length ? [body(s('truncated', lang, { shown: rows.length, total: t.rows.length }))] : [];
  const cell = (text: string, bold = false) =>
    new TableCell({ children: [new Paragraph({ children: [run(text, { font: font('仿宋_GB2312'), size: 21, bold })] })] });
  return [
    new DocxTable({
      width: { size: 100, type: WidthType.PERCENTAGE },
      rows: [
        new TableRow({ tableHeader: true, children: t.columns.map((c) => cell(c, true)) }),
        ...rows.map((r) => new TableRow({ cantSplit: true, children: r.map((c) => cell(String(c))) })),
      ],
    }),
    ...note,
    new Paragraph({ children: [] }),
  ];
}

/** Render the report as a docx document (bytes), with fixed dates. */
export async function renderDocx(ctx: RenderContext): Promise<Uint8Array> {
  const { lang, analysis } = ctx;
  const children: (Paragraph | DocxTable)[] = [
    new Paragraph({ children: [run(ctx.title, { font: font('方正小标宋简体'), size: 44 })], alignment: AlignmentType.CENTER, spacing: { ...LINE, after: 560 } }),
    new Paragraph({ children: [run(`${ctx.addressee ?? s('addressee', lang)}${lang === 'en' ? ':' : '：'}`)], spacing: LINE }),
  ];
  const coverLine = coverRows(analysis, lang)
    .map(([k, v]) => `${k}${lang === 'en' ? ': ' : '：'}${v}`)
    .join(lang === 'en' ? '; ' : '；');
  if (coverLine) children.push(body(`${coverLine}${lang === 'en' ? '.' : '。'}`));
  ctx.sections.forEach((sec, i) => {
    children.push(heading1(sectionHeading(i, sec.title, lang)));
    for (const p of sec.paragraphs) children.push(body(p));
    sec.tables.forEach((t, j) => {
      children.push(heading2(lang === 'en' ? `${i + 1}.${j + 1} ${t.title}` : `（${cnNumber(j + 1)}）${t.title}`));
      children.push(...table(t, lang));
    });
  });
  const right = (text: string) => new Paragraph({ children: [run(text)], alignment: AlignmentType.RIGHT, indent: { right: 1280 }, spacing: LINE });
  children.push(new Paragraph({ children: [], spacing: LINE }), right(ctx.issuer ?? analysis.cover.ranBy ?? s('issuer', lang)), right(officialDate(analysis.cover.generatedAt, lang)));
  const hashes = hashTable(analysis, lang);
  children.push(new Paragraph({ children: [run(lang === 'en' ? `Appendix: ${hashes.title}` : `附件：${hashes.title}`, { font: font('黑体'), size: 32 })], pageBreakBefore: true, spacing: LINE }), ...table(hashes, lang));

  const doc = new Document({
    creator: 'caseaudit',
    title: xmlText(ctx.title),
    description: `caseaudit ${analysis.cover.toolVersion}`,
    styles: { default: { document: { run: { font: font('仿宋_GB2312'), size: 32 } } } },
    sections: [
      {
        properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: 37 * MM, bottom: 35 * MM, left: 28 * MM, right: 26 * MM } } },
        footers: {
          default: new Footer({
            children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ font: font('宋体'), size: 28, children: ['— ', PageNumber.CURRENT, ' —'] })] })],
          }),
        },
        children,
      },
    ],
  });
  return normalizeOoxml(await Packer.toBuffer(doc), ctx.date);
}

export const docxRenderer: Renderer = { format: 'docx', extension: 'docx', render: renderDocx };
