/**
 * A small official-document (公文, GB/T 9704-2012) writer for follow-up documents — 整改通知书, 通报 — in the
 * layout of the audit report (src/report/docx.ts): 标题 小标宋 二号, 文号, 主送, body 仿宋 三号, 一、 headings 黑体,
 * （一） headings 楷体, tables, 落款 right-aligned. Byte-reproducible: fixed document and zip dates.
 */
import { AlignmentType, Document, Footer, Packer, PageNumber, Paragraph, Table, TableCell, TableRow, TextRun, WidthType, type IRunOptions } from 'docx';
import { normalizeOoxml } from '../report/zip.js';

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

const MM = 56.7;
const font = (eastAsia: string) => ({ ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia, cs: 'Times New Roman' });
const BODY: IRunOptions = { font: font('仿宋_GB2312'), size: 32 };
const LINE = { line: 560, lineRule: 'exact' as const };
const run = (text: string, o: IRunOptions = BODY) => new TextRun({ ...o, text });
const para = (text: string, o: IRunOptions = BODY) => new Paragraph({ children: [run(text, o)], indent: { firstLine: 640 }, spacing: LINE, alignment: AlignmentType.JUSTIFIED });

function table(columns: string[], rows: (string | number)[][]): Table {
  const cell = (text: string, bold = false) => new TableCell({ children: [new Paragraph({ children: [run(text, { font: font('仿宋_GB2312'), size: 21, bold })] })] });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [new TableRow({ tableHeader: true, children: columns.map((c) => cell(c, true)) }), ...rows.map((r) => new TableRow({ cantSplit: true, children: r.map((c) => cell(String(c))) }))],
  });
}

/** Render the document as docx bytes; `date` fixes the file's dates (SOURCE_DATE_EPOCH). */
export async function renderOfficialDocx(d: OfficialDoc, date: Date): Promise<Uint8Array> {
  const children: (Paragraph | Table)[] = [
    new Paragraph({ children: [run(d.title, { font: font('方正小标宋简体'), size: 44 })], alignment: AlignmentType.CENTER, spacing: { ...LINE, after: d.number ? 0 : 560 } }),
  ];
  if (d.number) children.push(new Paragraph({ children: [run(d.number)], alignment: AlignmentType.CENTER, spacing: { ...LINE, after: 280 } }));
  if (d.addressee) children.push(new Paragraph({ children: [run(`${d.addressee}：`)], spacing: LINE }));
  for (const b of d.blocks) {
    if (b.kind === 'table') children.push(table(b.columns, b.rows), new Paragraph({ children: [] }));
    else if (b.kind === 'h1') children.push(new Paragraph({ children: [run(b.text, { font: font('黑体'), size: 32 })], indent: { firstLine: 640 }, spacing: LINE, keepNext: true }));
    else if (b.kind === 'h2') children.push(new Paragraph({ children: [run(b.text, { font: font('楷体_GB2312'), size: 32 })], indent: { firstLine: 640 }, spacing: LINE, keepNext: true }));
    else children.push(para(b.text));
  }
  const right = (text: string) => new Paragraph({ children: [run(text)], alignment: AlignmentType.RIGHT, indent: { right: 1280 }, spacing: LINE });
  children.push(new Paragraph({ children: [], spacing: LINE }), right(d.issuer), right(d.dateText));
  if (d.copyTo) children.push(new Paragraph({ children: [], spacing: LINE }), new Paragraph({ children: [run(`抄送：${d.copyTo}`, { font: font('仿宋_GB2312'), size: 28 })], spacing: LINE }));
  const doc = new Document({
    creator: 'caseaudit',
    title: d.title,
    styles: { default: { document: { run: { font: font('仿宋_GB2312'), size: 32 } } } },
    sections: [
      {
        properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: 37 * MM, bottom: 35 * MM, left: 28 * MM, right: 26 * MM } } },
        footers: { default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ font: font('宋体'), size: 28, children: ['— ', PageNumber.CURRENT, ' —'] })] })] }) },
        children,
      },
    ],
  });
  return normalizeOoxml(await Packer.toBuffer(doc), date);
}

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** The same document as one self-contained printable HTML page (inline CSS, no scripts); all text escaped. */
export function renderOfficialHtml(d: OfficialDoc, lang: 'zh' | 'en'): string {
  const body = d.blocks
    .map((b) => {
      if (b.kind === 'table') return `<table><thead><tr>${b.columns.map((c) => `<th>${esc(c)}</th>`).join('')}</tr></thead><tbody>${b.rows.map((r) => `<tr>${r.map((c) => `<td>${esc(String(c))}</td>`).join('')}</tr>`).join('')}</tbody></table>`;
      return b.kind === 'p' ? `<p>${esc(b.text)}</p>` : `<${b.kind}>${esc(b.text)}</${b.kind}>`;
    })
    .join('\n');
  return `<!doctype html>
<html lang="${lang === 'en' ? 'en' : 'zh-CN'}"><head><meta charset="utf-8"><title>${esc(d.title)}</title>
<style>body{font-family:"FangSong","仿宋",serif;font-size:16pt;line-height:1.75;max-width:180mm;margin:20mm auto;padding:0 8mm}
.title{font-family:"SimSun","宋体",serif;font-size:22pt;text-align:center;margin:0}.number{text-align:center}h1{font-family:"SimHei","黑体",sans-serif;font-size:16pt;font-weight:normal;text-indent:2em;margin:0}
h2{font-family:"KaiTi","楷体",serif;font-size:16pt;font-weight:normal;text-indent:2em;margin:0}p{text-indent:2em;margin:0}table{border-collapse:collapse;width:100%;font-size:10.5pt;line-height:1.4;margin:6pt 0}
th,td{border:1px solid #000;padding:2pt 4pt;vertical-align:top;text-align:left}.sign{text-align:right;margin-right:4em}@media print{body{margin:0 auto}}</style></head>
<body>
<p class="title">${esc(d.title)}</p>
${d.number ? `<p class="number">${esc(d.number)}</p>` : ''}
${d.addressee ? `<p style="text-indent:0">${esc(d.addressee)}：</p>` : ''}
${body}
<p>&nbsp;</p><p class="sign">${esc(d.issuer)}</p><p class="sign">${esc(d.dateText)}</p>
${d.copyTo ? `<p style="text-indent:0">抄送：${esc(d.copyTo)}</p>` : ''}
</body></html>
`;
}

/** 2025-07-01 → 2025年7月1日 (zh) or 1 July 2025 (en). */
export function officialDateText(iso: string, lang: 'zh' | 'en'): string {
  const [y, m, d] = iso.split('-').map(Number);
  if (lang === 'en') return `${d} ${['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'][m! - 1]} ${y}`;
  return `${y}年${m}月${d}日`;
}

/** A unit name as a file name: path separators and characters Windows forbids become _. */
export function fileSafe(name: string): string {
  return name.replace(/[\\/:*?"<>|\u0000-\u001f]/g, '_').replace(/^\.+/, '_').slice(0, 120) || '_';
}

/** A period as written in a Chinese document: 2025H1 → 2025年上半年, 2025H2 → 2025年下半年, 2025 → 2025年度; other text as is. */
export function periodWords(period: string | undefined, lang: 'zh' | 'en'): string | undefined {
  if (!period || lang === 'en') return period;
  const m = /^(\d{4})(?:[Hh]([12]))?$/.exec(period.trim());
  if (!m) return period;
  return m[2] ? `${m[1]}年${m[2] === '1' ? '上' : '下'}半年` : `${m[1]}年度`;
}
