/**
 * Building blocks of a Chinese official document (党政机关公文格式 GB/T 9704-2012) as DOCX, shared by the
 * report, rejection notices, rectification notices and 通报: A4 page with the standard margins, 标题 in 小标宋
 * 二号, body in 仿宋 三号 with 28.95 pt lines, heading styles 1–3 (so Word's navigation pane and a table of
 * contents work), tables with fixed column widths, a repeated header row and rows kept whole, a footer page
 * number "— 1 —", the 落款 with room for the seal, and a landscape section for wide appendix tables; charts as
 * PNG pictures; and renderOfficialDocx, a whole document from blocks (the follow-up notices and 通报).
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  HeadingLevel,
  ImageRun,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
  type ISectionOptions,
  type IRunOptions,
} from 'docx';
import { normalizeOoxml } from '../util/zip.js';
import { xmlText } from '../util/xml-text.js';
import { contentWidths } from './layout.js';

/** twips per millimetre */
export const MM = 56.7;
const A4 = { width: 11906, height: 16838 };
/** GB/T 9704: top 37 mm, bottom 35 mm, left 28 mm, right 26 mm (版心 156 × 225 mm) */
const PORTRAIT_MARGIN = { top: Math.round(37 * MM), bottom: Math.round(35 * MM), left: Math.round(28 * MM), right: Math.round(26 * MM), footer: Math.round(20 * MM) };
const LANDSCAPE_MARGIN = { top: Math.round(15 * MM), bottom: Math.round(17 * MM), left: Math.round(20 * MM), right: Math.round(15 * MM), footer: Math.round(8 * MM) };
/** text width of a portrait and a landscape page, twips */
export const PORTRAIT_WIDTH = A4.width - PORTRAIT_MARGIN.left - PORTRAIT_MARGIN.right;
export const LANDSCAPE_WIDTH = A4.height - LANDSCAPE_MARGIN.left - LANDSCAPE_MARGIN.right;

/** Fonts with a Latin fallback; east-Asian names as Word and WPS know them. */
export const font = (eastAsia: string) => ({ ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia, cs: 'Times New Roman' });
export const FANGSONG = font('仿宋_GB2312');
export const HEITI = font('黑体');
export const KAITI = font('楷体_GB2312');
export const XIAOBIAOSONG = font('方正小标宋简体');
/** 三号 16 pt (half-points) */
export const SANHAO = 32;
const LINE = { line: 579, lineRule: 'exact' as const }; // 28.95 pt: 22 lines on a 225 mm 版心

/** A run of text; characters XML 1.0 forbids become U+FFFD (xmlText), so Word and WPS open the file. */
export const run = (text: string, o: IRunOptions = {}) => new TextRun({ font: FANGSONG, size: SANHAO, ...o, text: xmlText(text) });

/** A body paragraph: 仿宋 三号, first line indented two characters, justified. */
export function body(text: string): Paragraph {
  return new Paragraph({ children: [run(text)], indent: { firstLine: 640 }, spacing: LINE, alignment: AlignmentType.JUSTIFIED });
}

/** Headings 1–3 (一、 in 黑体, （一） in 楷体, 1. in 仿宋 bold), in Word's Heading styles. */
export function heading(level: 1 | 2 | 3, text: string, opts: { pageBreakBefore?: boolean } = {}): Paragraph {
  const h = level === 1 ? HeadingLevel.HEADING_1 : level === 2 ? HeadingLevel.HEADING_2 : HeadingLevel.HEADING_3;
  return new Paragraph({ heading: h, children: [new TextRun({ text: xmlText(text) })], keepNext: true, keepLines: true, pageBreakBefore: opts.pageBreakBefore });
}

/** Font sizes (half-points) of table text: 9 pt (landscape appendix), 10.5 pt 五号, 12 pt 小四 (key-value blocks). */
const TABLE_SIZES = [18, 21, 24];

/** The styles every official document uses (Normal and Heading 1–3 with outline levels). */
export function officialStyles() {
  const h = (f: ReturnType<typeof font>, outlineLevel: number, bold = false) => ({
    basedOn: 'Normal',
    next: 'Normal',
    quickFormat: true,
    run: { font: f, size: SANHAO, bold, color: '000000' },
    paragraph: { outlineLevel, spacing: LINE, indent: { firstLine: 640 }, keepNext: true, keepLines: true },
  });
  // table text: the paragraph mark of an empty cell takes the style's size, so empty cells stay one small line
  const tableText = (size: number) => ({
    id: `TableText${size}`,
    name: `Table Text ${size / 2}pt`,
    basedOn: 'Normal',
    quickFormat: true,
    run: { font: FANGSONG, size },
    paragraph: { spacing: { line: 260, lineRule: 'auto' as const, before: 0, after: 0 }, indent: { firstLine: 0 } },
  });
  return {
    paragraphStyles: TABLE_SIZES.map(tableText),
    default: {
      document: { run: { font: FANGSONG, size: SANHAO }, paragraph: { spacing: LINE } },
      heading1: h(HEITI, 0),
      heading2: h(KAITI, 1),
      heading3: h(FANGSONG, 2, true),
    },
  };
}

/** Characters of 二号 (22 pt) on one line of the 156 mm 版心. */
const TITLE_LINE = 20;

/**
 * A long title in lines of balanced length (GB/T 9704 7.3.3: 标题 in 梯形 or 菱形 lines, words kept whole):
 * broken after the period (2025年上半年 | 安全生产…) when that balances, else in the middle.
 */
export function titleLines(text: string): string[] {
  const chars = [...text];
  if (chars.length <= TITLE_LINE) return [text];
  const m = /^(.*(?:年度|半年|季度|年))(.+)$/.exec(text);
  if (m && [...m[1]!].length >= 4 && [...m[1]!].length <= TITLE_LINE && [...m[2]!].length <= TITLE_LINE) return [m[1]!, m[2]!];
  const half = Math.ceil(chars.length / 2);
  return [chars.slice(0, half).join(''), ...titleLines(chars.slice(half).join(''))];
}

/** 标题: 小标宋 二号, centred, long titles in balanced lines, a blank line after. */
export function title(text: string): Paragraph {
  const children = titleLines(xmlText(text)).map((line, i) => new TextRun({ font: XIAOBIAOSONG, size: 44, text: line, break: i > 0 ? 1 : undefined }));
  return new Paragraph({ children, alignment: AlignmentType.CENTER, spacing: { line: 700, lineRule: 'atLeast', after: 579 } });
}

/** 发文字号 (赣应急执法〔2025〕3号), centred under the title. */
export function docNumber(text: string): Paragraph {
  return new Paragraph({ children: [run(text)], alignment: AlignmentType.CENTER, spacing: { ...LINE, after: 290 } });
}

/** 主送机关, flush left, followed by a full-width colon. */
export function addressee(text: string, lang: 'zh' | 'en' = 'zh'): Paragraph {
  return new Paragraph({ children: [run(`${text}${lang === 'en' ? ':' : '：'}`)], spacing: LINE });
}

/**
 * 落款: a blank line, room for the seal (印章 over the unit name and date), the issuing unit and the date,
 * right-aligned four characters in from the right margin, kept on one page with the paragraph before.
 */
export function signature(issuer: string, date: string, sealNote = '（盖章）'): Paragraph[] {
  const right = (text: string, o: IRunOptions = {}) => new Paragraph({ children: [run(text, o)], alignment: AlignmentType.RIGHT, indent: { right: 1280 }, spacing: LINE, keepNext: true, keepLines: true });
  return [
    new Paragraph({ children: [], spacing: LINE, keepNext: true }),
    right(sealNote, { color: '808080', size: 24 }),
    new Paragraph({ children: [], spacing: LINE, keepNext: true }),
    right(issuer),
    new Paragraph({ children: [run(date)], alignment: AlignmentType.RIGHT, indent: { right: 1280 }, spacing: LINE }),
  ];
}

/** A signature line for a person: 评查人：______ 日期：______ 签字：______ */
export function signLine(labels: string[]): Paragraph {
  return new Paragraph({ children: [run(labels.map((l) => `${l}________________`).join('    '), { size: 24 })], spacing: { before: 400, after: 200 } });
}

/**
 * A PNG picture centred on its own line, at `width` × `height` CSS pixels (96 to the inch) scaled down to the
 * text width; `id` numbers the drawing (unique in the document, fixed so the bytes are reproducible).
 */
export function picture(png: Uint8Array, o: { width: number; height: number; id: number; alt: string; pageWidth?: number }): Paragraph {
  const max = (o.pageWidth ?? PORTRAIT_WIDTH) / 15; // twips → pixels
  const k = Math.min(1, max / o.width);
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    // the body's exact 28.95 pt line would clip the picture to one line: this paragraph sizes to its content
    spacing: { before: 60, after: 60, line: 240, lineRule: 'auto' },
    indent: { firstLine: 0 },
    children: [
      new ImageRun({
        type: 'png',
        data: png,
        transformation: { width: Math.floor(o.width * k), height: Math.floor(o.height * k) },
        altText: { id: String(o.id), name: `chart${o.id}`, title: xmlText(o.alt), description: xmlText(o.alt) },
      }),
    ],
  });
}

export interface DataTableOptions {
  /** per column, the share of the width (characters); none under 4 */
  widths?: number[];
  /** text width available, twips (PORTRAIT_WIDTH by default) */
  pageWidth?: number;
  /** font size in half-points (10.5 pt 五号 by default) */
  size?: number;
  /** columns right-aligned (numbers) */
  numeric?: boolean[];
  /** columns never broken inside (case numbers such as 〔2025〕3号) */
  keep?: boolean[];
  /** no header row (a key-value block) */
  noHeader?: boolean;
}

const BORDER = { style: BorderStyle.SINGLE, size: 4, color: '000000' };

/** Column widths in twips from weights: scaled to the page, each at least four characters of the table's font. */
export function columnWidths(n: number, opts: DataTableOptions): number[] {
  const page = opts.pageWidth ?? PORTRAIT_WIDTH;
  const size = opts.size ?? 21;
  const minW = Math.ceil(4 * size * 10 + 130); // four characters (half-points × 10 = twips) plus cell margins
  const weights = opts.widths && opts.widths.length === n ? opts.widths : Array.from({ length: n }, () => 1);
  const total = weights.reduce((a, b) => a + b, 0);
  let widths = weights.map((w) => Math.max(minW, Math.floor((page * w) / total)));
  const over = widths.reduce((a, b) => a + b, 0) - page;
  if (over > 0) {
    // take the excess from the columns above the minimum, in proportion
    // (never below the minimum: a table with too many columns for the page is wider than the page instead)
    const slack = widths.reduce((a, w) => a + (w - minW), 0);
    const cut = Math.min(over, slack);
    widths = widths.map((w) => (slack > 0 ? Math.max(minW, Math.floor(w - ((w - minW) * cut) / slack)) : w));
  }
  return widths;
}

/** A data table: fixed layout, header row repeated on every page, rows never split across pages. */
export function dataTable(columns: string[], rows: string[][], opts: DataTableOptions = {}): Table {
  const size = opts.size ?? 21;
  const widths = columnWidths(columns.length, opts);
  const cell = (text: string, i: number, header = false) =>
    new TableCell({
      width: { size: widths[i]!, type: WidthType.DXA },
      verticalAlign: VerticalAlign.CENTER,
      margins: { left: 60, right: 60, top: 20, bottom: 20 },
      shading: header ? { fill: 'EEEEEE', type: 'clear', color: 'auto' } : undefined,
      children: [
        new Paragraph({
          style: TABLE_SIZES.includes(size) ? `TableText${size}` : undefined,
          alignment: header ? AlignmentType.CENTER : opts.numeric?.[i] ? AlignmentType.RIGHT : AlignmentType.LEFT,
          spacing: { line: 260, lineRule: 'auto' },
          children: [run(opts.keep?.[i] && !header ? text.replace(/ /g, '\u00a0') : text, { font: header ? HEITI : FANGSONG, size })],
        }),
      ],
    });
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: widths,
    borders: { top: BORDER, bottom: BORDER, left: BORDER, right: BORDER, insideHorizontal: BORDER, insideVertical: BORDER },
    rows: [
      ...(opts.noHeader ? [] : [new TableRow({ tableHeader: true, cantSplit: true, children: columns.map((c, i) => cell(c, i, true)) })]),
      ...rows.map((r) => new TableRow({ cantSplit: true, children: r.map((c, i) => cell(c, i)) })),
    ],
  });
}

/** A small two-column table of labels and values (the cover block of a report, the fields of a notice). */
export function keyValueTable(pairs: [string, string][], pageWidth = PORTRAIT_WIDTH): Table {
  return dataTable(['', ''], pairs.map(([k, v]) => [k, v]), { widths: [1, 3], pageWidth, size: 24, noHeader: true });
}

/** The footer of every page: — 1 — centred in 宋体 四号. */
export function pageNumberFooter(): Footer {
  return new Footer({
    children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ font: font('宋体'), size: 28, children: ['— ', PageNumber.CURRENT, ' —'] })] })],
  });
}

type Child = Paragraph | Table;

export interface OfficialDocument {
  title: string;
  /** the body in portrait */
  body: Child[];
  /** an appendix on landscape pages (wide tables) */
  landscape?: Child[];
  creator?: string;
  description?: string;
  /** fixed date of the package (reproducible bytes) */
  date: Date;
}

/** Pack an official document: a portrait body section, then an optional landscape section; numbered pages. */
export async function packOfficialDocument(doc: OfficialDocument): Promise<Uint8Array> {
  const footers = { default: pageNumberFooter() };
  const sections: ISectionOptions[] = [
    { properties: { page: { size: { ...A4, orientation: PageOrientation.PORTRAIT }, margin: PORTRAIT_MARGIN } }, footers, children: doc.body },
  ];
  if (doc.landscape?.length) {
    sections.push({
      // docx swaps width and height itself for landscape
      properties: { page: { size: { ...A4, orientation: PageOrientation.LANDSCAPE }, margin: LANDSCAPE_MARGIN } },
      footers,
      children: doc.landscape,
    });
  }
  const d = new Document({ creator: doc.creator ?? 'caseaudit', title: xmlText(doc.title), description: doc.description, styles: officialStyles(), features: { updateFields: false }, sections });
  return normalizeOoxml(await Packer.toBuffer(d), doc.date);
}

/** One block of a follow-up document: 一、 heading, （一） heading, paragraph, or table. */
export type Block =
  | { kind: 'h1' | 'h2' | 'p'; text: string }
  | { kind: 'table'; columns: string[]; rows: (string | number)[][] };

export interface OfficialDoc {
  title: string;
  /** 文号, centred under the title */
  number?: string;
  /** 主送 (without the colon) */
  addressee?: string;
  blocks: Block[];
  issuer: string;
  /** 落款 date as written, e.g. 2025年7月1日 */
  dateText: string;
  /** 抄送 line, optional */
  copyTo?: string;
}

/**
 * A document of blocks (headings, paragraphs, tables) as docx bytes — the follow-up notices and 通报: 标题, 文号,
 * 主送, heading styles, tables with widths from their content and repeated header rows, the 落款 with seal space,
 * page numbers; `date` fixes the file's dates (SOURCE_DATE_EPOCH).
 */
export async function renderOfficialDocx(d: OfficialDoc, date: Date): Promise<Uint8Array> {
  const children: (Paragraph | Table)[] = [title(d.title)];
  if (d.number) children.push(docNumber(d.number));
  if (d.addressee) children.push(addressee(d.addressee));
  for (const b of d.blocks) {
    if (b.kind === 'table') children.push(dataTable(b.columns, b.rows.map((r) => r.map(String)), { widths: contentWidths(b.columns, b.rows), numeric: b.columns.map((_, i) => b.rows.length > 0 && b.rows.every((r) => typeof r[i] === 'number')) }), new Paragraph({ children: [] }));
    else if (b.kind === 'h1') children.push(heading(1, b.text));
    else if (b.kind === 'h2') children.push(heading(2, b.text));
    else children.push(body(b.text));
  }
  children.push(...signature(d.issuer, d.dateText));
  if (d.copyTo) children.push(new Paragraph({ children: [] }), new Paragraph({ children: [run(`抄送：${d.copyTo}`, { size: 28 })] }));
  return packOfficialDocument({ title: d.title, body: children, date });
}
