/**
 * The official report as a Word document, laid out like a Chinese official document (GB/T 9704-2012):
 * 标题, 主送, a small table of the report's particulars, the body (一、 headings in Heading 1, （一） tables in
 * Heading 2), the 落款 with room for the seal, then the appendix (附件1 …) of long tables on landscape pages.
 * Every table has fixed column widths from the report model, a header row repeated on each page, and rows
 * kept whole; the footer numbers the pages "— 1 —".
 */
import { Paragraph, type Table as DocxTable } from 'docx';
import { cellText, coverRows, hashTable, type Table } from './sections.js';
import { cnNumber, sectionHeading, type RenderContext, type Renderer } from './context.js';
import { officialDate, s } from './locale.js';
import { appendixTables, appendixTitle, tableNote } from './layout.js';
import { LANDSCAPE_WIDTH, PORTRAIT_WIDTH, addressee, body, dataTable, heading, keyValueTable, packOfficialDocument, picture, signature, title } from './official-docx.js';
import { reportCharts } from './charts.js';
import { chartPng } from './chart-png.js';

/** The space after a table: one line of 9 pt table text, not a 28.95 pt body line (a dozen tables: half a page). */
const gap = () => new Paragraph({ style: 'TableText18', children: [] });

/** Rows a docx table shows: the official document stays readable; the full data is in xlsx/json. */
export const DOCX_ROW_LIMIT = 300;

/** Column weights raised so that a case number (the first column) is never broken inside. */
function widthsFor(t: Table): number[] | undefined {
  if (!t.widths) return undefined;
  const w = [...t.widths];
  if (t.id !== 'inputs' && t.rows.length) {
    const longest = Math.max(...t.rows.slice(0, DOCX_ROW_LIMIT).map((r) => [...String(r[0] ?? '')].length));
    if ((t.formats?.[0] ?? 'text') === 'text') w[0] = Math.max(w[0]!, longest + 1);
  }
  return w;
}

/**
 * A portrait table's layout: number columns no wider than their longest value (four characters at least), and
 * 9 pt instead of 10.5 pt when the columns do not fit the text width — so that a unit name is not broken over
 * two lines by number columns taking the width (a 28-unit table then prints on one page, not two).
 */
function portraitLayout(t: Table, widths: number[] | undefined, cells: string[][]): { widths?: number[]; size: number } {
  if (!widths) return { size: 21 };
  const w = widths.map((x, i) => ((t.formats?.[i] ?? 'text') === 'text' ? x : Math.min(x, Math.max(4, ...cells.map((r) => [...(r[i] ?? '')].length + 1)))));
  const need = (size: number) => w.reduce((a, x) => a + Math.max(4, x) * size * 10 + 130, 0);
  return { widths: w, size: need(21) <= PORTRAIT_WIDTH ? 21 : 18 };
}

function table(t: Table, lang: RenderContext['lang'], landscape = false): (Paragraph | DocxTable)[] {
  if (!t.rows.length) return [body(t.empty ?? '—')];
  const rows = t.rows.slice(0, DOCX_ROW_LIMIT);
  const note = t.rows.length > rows.length ? [body(s('truncated', lang, { shown: rows.length, total: t.rows.length }))] : [];
  const numeric = t.columns.map((_, i) => (t.formats?.[i] ?? 'text') !== 'text');
  const cells = rows.map((r) => r.map((c, i) => cellText(t, i, c)));
  const layout = landscape ? { widths: widthsFor(t), size: 18, pageWidth: LANDSCAPE_WIDTH } : portraitLayout(t, widthsFor(t), cells);
  return [
    dataTable(t.columns, cells, { numeric, ...layout }),
    ...note,
  ];
}

/** Render the report as a docx document (bytes), with fixed dates. */
export async function renderDocx(ctx: RenderContext): Promise<Uint8Array> {
  const { lang, analysis } = ctx;
  const { body: sections, appendix } = appendixTables(ctx.sections, hashTable(analysis, lang), { workbook: ctx.workbook, lang });
  const children: (Paragraph | DocxTable)[] = [title(ctx.title), addressee(ctx.addressee ?? s('addressee', lang), lang)];
  // 主送 is followed by the body; the particulars of the audit sit in a small table under the first section
  // the printed charts of the HTML report, as pictures under the summary's text
  const charts: Paragraph[] = [];
  for (const [k, c] of reportCharts(ctx).filter((x) => x.print).entries()) {
    charts.push(picture(await chartPng(c.layout), { width: c.layout.width, height: c.layout.height, id: k + 1, alt: c.layout.title }));
  }
  sections.forEach((sec, i) => {
    children.push(heading(1, sectionHeading(i, sec.title, lang)));
    for (const p of sec.paragraphs) children.push(body(p));
    if (sec.id === 'summary') children.push(...charts);
    const shift = i === 0 ? 1 : 0;
    if (i === 0) children.push(heading(2, lang === 'en' ? `1.1 ${s('cover', lang)}` : `（一）${s('cover', lang)}`), keyValueTable(coverRows(analysis, lang)), gap());
    sec.tables.forEach((t, j) => {
      const n = j + 1 + shift;
      children.push(heading(2, lang === 'en' ? `${i + 1}.${n} ${t.title}` : `（${cnNumber(n)}）${t.title}`));
      const note = tableNote(t, lang, ctx.workbook);
      if (note !== undefined) children.push(body(note));
      else children.push(...table(t, lang), gap());
    });
  });
  children.push(...signature(ctx.issuer ?? analysis.cover.ranBy ?? s('issuer', lang), officialDate(analysis.cover.generatedAt, lang), s('sealNote', lang)));

  const annex: (Paragraph | DocxTable)[] = [];
  appendix.forEach((t, i) => {
    annex.push(heading(1, appendixTitle(i, t, lang)), ...table(t, lang, true), gap());
  });
  return packOfficialDocument({ title: ctx.title, body: children, landscape: annex, description: `caseaudit ${analysis.cover.toolVersion}`, date: ctx.date });
}

export const docxRenderer: Renderer = { format: 'docx', extension: 'docx', render: renderDocx };
