/**
 * One self-contained, printable HTML report: inline CSS, inline SVG charts, no scripts, no network.
 * On screen a page; printed (A4) the body is portrait and the long tables go to an appendix on landscape
 * pages, each column given a width from the report model (never under four characters), header rows
 * repeated on every page, page numbers (— 1 —) in the bottom margin, and a 落款 with room for the seal.
 */
import { cellText, coverRows, hashTable, type Table } from './sections.js';
import { sectionHeading, type RenderContext, type Renderer } from './context.js';
import { officialDate, s } from './locale.js';
import { chartSvg, esc } from './svg.js';
import { reportCharts } from './charts.js';
import { appendixTables, appendixTitle, tableNote } from './layout.js';

const CSS = `
*{box-sizing:border-box}
body{font-family:'Noto Serif CJK SC','Noto Sans CJK SC','WenQuanYi Micro Hei','Microsoft YaHei','PingFang SC',sans-serif;color:#222;margin:0;background:#f4f5f7;line-height:1.55}
main{max-width:1100px;margin:0 auto;background:#fff;padding:32px 40px}
h1{text-align:center;font-size:26px;margin:8px 0 24px;color:#a61b1b;letter-spacing:1px}
h2{font-size:19px;border-left:5px solid #a61b1b;padding-left:10px;margin:28px 0 10px}
h3{font-size:15px;margin:16px 0 6px;color:#333}
p{margin:6px 0;text-indent:2em}
p.note,p.empty{text-indent:0}
table{border-collapse:collapse;width:100%;margin:6px 0 14px;font-size:13px;table-layout:fixed}
th,td{border:1px solid #c9ced6;padding:3px 5px;text-align:left;vertical-align:top;overflow-wrap:anywhere}
th{background:#eef1f5;font-weight:600}
td.num{text-align:right;font-variant-numeric:tabular-nums}
td.id{word-break:keep-all;overflow-wrap:anywhere}
table.cover{width:auto;min-width:60%}
table.cover th{width:9em}
.charts{display:flex;flex-wrap:wrap;gap:14px;justify-content:center;margin:10px 0}
.charts svg{background:#fafbfc;border:1px solid #e3e6ea;max-width:100%;height:auto}
.empty{color:#777;font-style:italic}
.hash{font-family:monospace;font-size:11px;word-break:break-all}
.sign{margin:36px 4em 0 auto;width:16em;text-align:center;line-height:2}
.sign .seal{height:4.5em;color:#999}
.appendix h2{border-left:none;padding-left:0;font-weight:700}
footer{margin-top:32px;color:#777;font-size:12px;text-align:center}
@page{size:A4 portrait;margin:18mm 16mm 20mm 16mm;@bottom-center{content:"— " counter(page) " —";font-size:10pt;color:#444}}
@page wide{size:A4 landscape;margin:14mm 14mm 16mm 14mm}
@media print{
  body{background:#fff;font-size:12pt;line-height:1.5}
  main{padding:0;max-width:none}
  h1{font-size:20pt;margin:0 0 14pt}
  h2{font-size:14pt;margin:14pt 0 6pt;break-after:avoid}
  h3{font-size:12pt;margin:6pt 0 2pt;break-after:avoid}
  p{margin:3pt 0}
  table{font-size:9pt;margin:3pt 0 6pt}
  thead{display:table-header-group}
  tr{break-inside:avoid}
  th,td{padding:1pt 3pt}
  .charts{break-inside:avoid;gap:8pt}
  .charts svg{max-height:95mm;width:auto}
  .sign{break-inside:avoid;break-before:avoid;margin-top:18pt}
  .screen{display:none}
  .appendix{page:wide;break-before:page}
  .appendix table{font-size:8.5pt}
  .hash{font-size:7.5pt}
  footer{display:none}
}
`;

function colgroup(t: Table): string {
  if (!t.widths) return '';
  const total = t.widths.reduce((a, b) => a + b, 0);
  return `<colgroup>${t.widths.map((w) => `<col style="width:${((100 * w) / total).toFixed(2)}%">`).join('')}</colgroup>`;
}

function table(t: Table): string {
  if (!t.rows.length) return `<p class="empty">${esc(t.empty ?? '—')}</p>`;
  const head = `<thead><tr>${t.columns.map((c) => `<th>${esc(c)}</th>`).join('')}</tr></thead>`;
  const numeric = t.columns.map((_, i) => (t.formats?.[i] ?? 'text') !== 'text');
  const hash = t.id === 'inputs';
  const cell = (v: string | number, i: number) => {
    const cls = numeric[i] && typeof v === 'number' ? 'num' : hash && i === 2 ? 'hash' : i === 0 ? 'id' : '';
    return `<td${cls ? ` class="${cls}"` : ''}>${esc(cellText(t, i, v))}</td>`;
  };
  const body = t.rows.map((r) => `<tr>${r.map(cell).join('')}</tr>`).join('\n');
  return `<table data-table="${esc(t.id)}">${colgroup(t)}${head}<tbody>\n${body}\n</tbody></table>`;
}

function charts(ctx: RenderContext): string {
  const all = reportCharts(ctx);
  const svg = (print: boolean) => all.filter((c) => c.print === print).map((c) => chartSvg(c.layout)).join('');
  // the unit chart repeats the unit table: on screen only, so the printed body stays short
  return `<div class="charts">${svg(true)}</div><div class="charts screen">${svg(false)}</div>`;
}

/** Render the report as one HTML file. */
export function renderHtml(ctx: RenderContext): string {
  const { lang, analysis } = ctx;
  const cover = coverRows(analysis, lang).map(([k, v]) => `<tr><th>${esc(k)}</th><td>${esc(v)}</td></tr>`).join('');
  const { body, appendix } = appendixTables(ctx.sections, hashTable(analysis, lang), { workbook: ctx.workbook, lang });
  const sections = body.map((sec, i) => {
    const parts = [`<section id="${esc(sec.id)}"><h2>${esc(sectionHeading(i, sec.title, lang))}</h2>`];
    for (const p of sec.paragraphs) parts.push(`<p>${esc(p)}</p>`);
    if (sec.id === 'summary') parts.push(charts(ctx));
    for (const t of sec.tables) {
      if (t.title !== sec.title) parts.push(`<h3>${esc(t.title)}</h3>`);
      const note = tableNote(t, lang, ctx.workbook);
      parts.push(note !== undefined ? `<p class="note">${esc(note)}</p>` : table(t));
    }
    parts.push('</section>');
    return parts.join('\n');
  });
  const annex = appendix.map((t, i) => `<h2>${esc(appendixTitle(i, t, lang))}</h2>\n${table(t)}`).join('\n');
  const issuer = ctx.issuer ?? analysis.cover.ranBy ?? s('issuer', lang);
  return `<!DOCTYPE html>
<html lang="${lang === 'en' ? 'en' : 'zh-CN'}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>${esc(ctx.title)}</title>
<style>${CSS}</style>
</head>
<body><main>
<h1>${esc(ctx.title)}</h1>
<section id="cover"><table class="cover"><tbody>${cover}</tbody></table></section>
${sections.join('\n')}
<div class="sign"><div class="seal">${esc(s('sealNote', lang))}</div><div>${esc(issuer)}</div><div>${esc(officialDate(analysis.cover.generatedAt, lang))}</div></div>
<section class="appendix">
${annex}
</section>
<footer>caseaudit ${esc(analysis.cover.toolVersion)}</footer>
</main></body>
</html>
`;
}

export const htmlRenderer: Renderer = { format: 'html', extension: 'html', render: async (ctx) => renderHtml(ctx) };
