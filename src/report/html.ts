/** One self-contained, printable HTML report: inline CSS, inline SVG charts, no scripts, no network. */
import { GRADES } from '../analyze/types.js';
import { coverRows, hashTable, problemLabel, type Table } from './sections.js';
import { sectionHeading, type RenderContext, type Renderer } from './context.js';
import { s, unitLabel } from './locale.js';
import { barChart, columnChart, esc } from './svg.js';

const GRADE_COLORS = { excellent: '#2e8b57', good: '#2f6db5', pass: '#d4a017', fail: '#c0392b', provisional: '#8c8c8c' };

const CSS = `
*{box-sizing:border-box}
body{font-family:'Noto Sans CJK SC','WenQuanYi Micro Hei','Microsoft YaHei','PingFang SC',sans-serif;color:#222;margin:0;background:#f4f5f7;line-height:1.55}
main{max-width:1100px;margin:0 auto;background:#fff;padding:32px 40px}
h1{text-align:center;font-size:26px;margin:8px 0 24px;color:#a61b1b;letter-spacing:1px}
h2{font-size:19px;border-left:5px solid #a61b1b;padding-left:10px;margin:32px 0 12px}
h3{font-size:15px;margin:18px 0 8px;color:#333}
table{border-collapse:collapse;width:100%;margin:6px 0 14px;font-size:13px}
th,td{border:1px solid #c9ced6;padding:4px 7px;text-align:left;vertical-align:top;word-break:break-word}
th{background:#eef1f5;font-weight:600}
td.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
table.cover th{width:160px}
.charts{display:flex;flex-wrap:wrap;gap:18px;justify-content:center;margin:10px 0}
.charts svg{background:#fafbfc;border:1px solid #e3e6ea}
.empty{color:#777;font-style:italic}
.hash{font-family:monospace;font-size:11px}
footer{margin-top:32px;color:#777;font-size:12px;text-align:center}
@page{size:A4;margin:16mm}
@media print{body{background:#fff}main{padding:0;max-width:none}h2{break-after:avoid}tr{break-inside:avoid}.charts{break-inside:avoid}}
`;

function table(t: Table, cls = ''): string {
  if (!t.rows.length) return `<p class="empty">${esc(t.empty ?? '—')}</p>`;
  const head = `<thead><tr>${t.columns.map((c) => `<th>${esc(c)}</th>`).join('')}</tr></thead>`;
  const body = t.rows.map((r) => `<tr>${r.map((c) => (typeof c === 'number' ? `<td class="num">${esc(c)}</td>` : `<td>${esc(c)}</td>`)).join('')}</tr>`).join('\n');
  return `<table${cls ? ` class="${cls}"` : ''} data-table="${esc(t.id)}">${head}<tbody>\n${body}\n</tbody></table>`;
}

function charts(ctx: RenderContext): string {
  const { analysis: a, lang } = ctx;
  const grades = columnChart(
    s('chartGrades', lang),
    GRADES.map((g) => ({ label: s(g, lang), value: a.summary.grades[g], color: GRADE_COLORS[g] })),
  );
  const units = barChart(
    s('chartUnits', lang),
    a.summary.byUnit.map((u) => ({ label: unitLabel(u.unit, lang), value: u.meanScore })),
    { max: 100 },
  );
  const problems = barChart(
    s('chartProblems', lang),
    a.problems.overall.slice(0, 10).map((p) => ({ label: problemLabel(p, lang), value: p.files, color: '#c0392b' })),
    { width: 600, labelWidth: 260 },
  );
  return `<div class="charts">${grades}${units}</div><div class="charts">${problems}</div>`;
}

/** Render the report as one HTML file. */
export function renderHtml(ctx: RenderContext): string {
  const { lang, analysis } = ctx;
  const cover = coverRows(analysis, lang).map(([k, v]) => `<tr><th>${esc(k)}</th><td>${esc(v)}</td></tr>`).join('');
  const hashes = hashTable(analysis, lang);
  const hashRows = hashes.rows.map((r) => `<tr><td>${esc(r[0])}</td><td>${esc(r[1])}</td><td class="hash">${esc(r[2])}</td></tr>`).join('');
  const sections = ctx.sections.map((sec, i) => {
    const parts = [`<section id="${esc(sec.id)}"><h2>${esc(sectionHeading(i, sec.title, lang))}</h2>`];
    for (const p of sec.paragraphs) parts.push(`<p>${esc(p)}</p>`);
    if (sec.id === 'summary') parts.push(charts(ctx));
    for (const t of sec.tables) {
      if (t.title !== sec.title) parts.push(`<h3>${esc(t.title)}</h3>`);
      parts.push(table(t));
    }
    parts.push('</section>');
    return parts.join('\n');
  });
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
<section id="cover"><h2>${esc(s('cover', lang))}</h2>
<table class="cover"><tbody>${cover}</tbody></table>
<h3>${esc(hashes.title)}</h3>
${hashes.rows.length ? `<table><thead><tr>${hashes.columns.map((c) => `<th>${esc(c)}</th>`).join('')}</tr></thead><tbody>${hashRows}</tbody></table>` : `<p class="empty">${esc(hashes.empty)}</p>`}
</section>
${sections.join('\n')}
<footer>caseaudit ${esc(analysis.cover.toolVersion)} · ${esc(analysis.cover.generatedAt)}</footer>
</main></body>
</html>
`;
}

export const htmlRenderer: Renderer = { format: 'html', extension: 'html', render: async (ctx) => renderHtml(ctx) };
