/**
 * A small official-document (公文, GB/T 9704-2012) writer for follow-up documents — 整改通知书, 通报 — in the
 * layout of the audit report (src/report/docx.ts): 标题 小标宋 二号, 文号, 主送, body 仿宋 三号, 一、 headings 黑体,
 * （一） headings 楷体, tables, 落款 right-aligned. Byte-reproducible: fixed document and zip dates.
 */
import { Paragraph, type Table } from 'docx';
import { addressee, body, dataTable, docNumber, heading, packOfficialDocument, run, signature, title } from '../report/official-docx.js';

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

/** Column weights from the content: the longest cell (capped), never under four characters. */
function weights(columns: string[], rows: (string | number)[][]): number[] {
  return columns.map((c, i) => Math.min(24, Math.max(4, [...c].length, ...rows.slice(0, 200).map((r) => [...String(r[i] ?? '')].length))));
}

/**
 * Render the document as docx bytes with the shared official-document helpers (src/report/official-docx.ts):
 * heading styles, tables with fixed widths and repeated header rows, seal space in the 落款, page numbers;
 * `date` fixes the file's dates (SOURCE_DATE_EPOCH).
 */
export async function renderOfficialDocx(d: OfficialDoc, date: Date): Promise<Uint8Array> {
  const children: (Paragraph | Table)[] = [title(d.title)];
  if (d.number) children.push(docNumber(d.number));
  if (d.addressee) children.push(addressee(d.addressee));
  for (const b of d.blocks) {
    if (b.kind === 'table') children.push(dataTable(b.columns, b.rows.map((r) => r.map(String)), { widths: weights(b.columns, b.rows), numeric: b.columns.map((_, i) => b.rows.length > 0 && b.rows.every((r) => typeof r[i] === 'number')) }), new Paragraph({ children: [] }));
    else if (b.kind === 'h1') children.push(heading(1, b.text));
    else if (b.kind === 'h2') children.push(heading(2, b.text));
    else children.push(body(b.text));
  }
  children.push(...signature(d.issuer, d.dateText));
  if (d.copyTo) children.push(new Paragraph({ children: [] }), new Paragraph({ children: [run(`抄送：${d.copyTo}`, { size: 28 })] }));
  return packOfficialDocument({ title: d.title, body: children, date });
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
