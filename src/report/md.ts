/** Markdown report, for pasting into documents and chats. */
import type { Cell, Table } from './sections.js';
import { coverRows, hashTable } from './sections.js';
import { sectionHeading, type RenderContext, type Renderer } from './context.js';
import { s } from './locale.js';

/** Escape a cell so case text cannot break the table or inject markup. */
export function mdEscape(value: Cell): string {
  return String(value)
    .replace(/\r?\n/g, ' ')
    .replace(/[\\|`*_[\]<>#]/g, (c) => `\\${c}`);
}

function table(t: Table): string[] {
  if (!t.rows.length) return [`*${mdEscape(t.empty ?? '—')}*`, ''];
  return [
    `| ${t.columns.map(mdEscape).join(' | ')} |`,
    `|${t.columns.map((_, i) => (typeof t.rows[0]![i] === 'number' ? ' ---: ' : ' --- ')).join('|')}|`,
    ...t.rows.map((r) => `| ${r.map(mdEscape).join(' | ')} |`),
    '',
  ];
}

/** Render the report as Markdown. */
export function renderMarkdown(ctx: RenderContext): string {
  const { lang } = ctx;
  const out: string[] = [`# ${mdEscape(ctx.title)}`, '', `## ${s('cover', lang)}`, ''];
  out.push(...table({ id: 'cover', title: '', columns: ['', ''], rows: coverRows(ctx.analysis, lang) }));
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
