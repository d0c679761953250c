/**
 * Follow-up documents — 整改通知书, 通报 — as official documents (公文, GB/T 9704-2012): the DOCX comes from the
 * one official-document writer (src/report/official-docx.ts, re-exported here); this module adds the same
 * document as printable HTML and the words they share (dates, periods, file names).
 */
import { officialDate } from '../report/locale.js';
import { periodLabel } from '../report/format.js';
import type { OfficialDoc } from '../report/official-docx.js';
import { escapeHtml } from '../util/xml-text.js';

export { renderOfficialDocx, type Block, type OfficialDoc } from '../report/official-docx.js';


const esc = escapeHtml;

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
  return officialDate(iso, lang);
}

/** A unit name as a file name: path separators and characters Windows forbids become _. */
export function fileSafe(name: string): string {
  return name.replace(/[\\/:*?"<>|\u0000-\u001f]/g, '_').replace(/^\.+/, '_').slice(0, 120) || '_';
}

/** A period as written in a Chinese document: 2025H1 → 2025年上半年, 2025H2 → 2025年下半年, 2025 → 2025年度; other text as is. */
export function periodWords(period: string | undefined, lang: 'zh' | 'en'): string | undefined {
  if (!period || lang === 'en') return period;
  return periodLabel(period, 'zh');
}
