/** Markdown report, for pasting into documents and chats. */
import type { Table } from './sections.js';
import { cellText, coverRows, hashTable } from './sections.js';
import { mdEscape, mdTable } from './md-table.js';
import { sectionHeading, type RenderContext, type Renderer } from './context.js';
import { s } from './locale.js';

export { mdEscape } from './md-table.js';

function table(t: Table): string[] {
  if (!t.rows.length) return [`*${mdEscape(t.empty ?? '—')}*`, ''];
  const numeric = t.columns.map((_, i) => (t.formats?.[i] ?? 'text') !== 'text' || typeof t.rows[0]![i] === 'number');
  return [...mdTable(t.columns, t.rows.map((r) => r.map((c, i) => cellText(t, i, c))), numeric), ''];
}

/** Render the report as Markdown. */
export function renderMarkdown(ctx: RenderContext): string {
  const { lang } = ctx;
  const out: string[] = [`# ${mdEscape(ctx.title)}`, '', `## ${s('cover', lang)}`, ''];
  out.push(...table({ id: 'cover', title: '', columns: [s('field', lang), s('value', lang)], rows: coverRows(ctx.analysis, lang) }));
  out.push(`### ${s('inputHashes', lang)}`, '', ...table(hashTable(ctx.analysis, lang)));
  ctx.sections.forEach((sec, i) => {
    out.push(`## ${sectionHeading(i, mdEscape(sec.title), lang)}`, '');
    for (const p of sec.paragraphs) out.push(mdEscape(p), '');
    for (const t of sec.tables) {
      if (t.title !== sec.title) out.push(`### ${mdEscape(t.title)}`, '');
      out.push(...table(t));
    }
  });
  return `${out.join('\n').replace(/\n+$/, '')}\n`;
}

export const markdownRenderer: Renderer = { format: 'md', extension: 'md', render: async (ctx) => renderMarkdown(ctx) };
