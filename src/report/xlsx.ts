/**
 * XLSX report: a cover sheet, then one sheet per report table, each with a frozen header row and filters.
 * Written with exceljs's streaming WorkbookWriter (large findings sheets stay cheap). Text is always written
 * as a typed string cell, never a formula, so case text starting with = + - @ cannot execute.
 */
import { PassThrough } from 'node:stream';
import type ExcelJS from 'exceljs';
import { loadExcelJS } from '../util/exceljs-lazy.js';
import { coverRows, hashTable, type Cell, type ColumnFormat, type Table } from './sections.js';
import { applyPrintSetup, borderRow, pageSetupFor } from '../util/xlsx-print.js';
import type { RenderContext, Renderer } from './context.js';
import { reportSheetNames } from './layout.js';
import { normalizeOoxml } from '../util/zip.js';
import { xmlText } from '../util/xml-text.js';


function colLetter(n: number): string {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}

/** A cell value exceljs writes as plain data: numbers as numbers, everything else as a string. */
export function safeCell(value: Cell): string | number {
  return typeof value === 'number' && Number.isFinite(value) ? value : xmlText(String(value));
}

function widthOf(t: Table, i: number): number {
  let w = String(t.columns[i] ?? '').length * 2;
  for (const r of t.rows.slice(0, 200)) {
    const v = String(r[i] ?? '');
    w = Math.max(w, [...v].reduce((n, ch) => n + (ch.charCodeAt(0) > 255 ? 2 : 1), 0));
  }
  return Math.min(60, Math.max(8, w + 2));
}

/** Excel number formats of the report's column formats. */
const NUM_FMT: Record<ColumnFormat, string | undefined> = { text: '@', int: '0', num: 'General', pct: '0.0%' };

function writeTable(wb: ExcelJS.stream.xlsx.WorkbookWriter, name: string, t: Table, lang: RenderContext['lang'], footerTitle: string): void {
  const widths = t.columns.map((_, i) => widthOf(t, i));
  const print = { title: footerTitle, lang };
  const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }], pageSetup: pageSetupFor(widths.reduce((a, b) => a + b, 0), print) });
  ws.columns = t.columns.map((c, i) => ({ header: xmlText(c), width: widths[i] }));
  applyPrintSetup(ws, print);
  ws.autoFilter = `A1:${colLetter(Math.max(1, t.columns.length))}1`;
  const head = ws.getRow(1);
  head.font = { bold: true };
  head.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
  head.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEEF1F5' } };
  borderRow(head, t.columns.length);
  head.commit();
  for (const r of t.rows) {
    const row = ws.addRow(r.map(safeCell));
    r.forEach((v, i) => {
      const cell = row.getCell(i + 1);
      const fmt = NUM_FMT[t.formats?.[i] ?? 'text'];
      if (typeof v === 'number' && fmt && fmt !== '@') cell.numFmt = fmt;
      else if (typeof v === 'string') cell.numFmt = '@';
    });
    row.alignment = { vertical: 'top', wrapText: true };
    borderRow(row, t.columns.length);
    row.commit();
  }
  ws.commit();
}

/** The cover: label and value in two columns, on one page; the input files and their hashes below. */
function writeCover(wb: ExcelJS.stream.xlsx.WorkbookWriter, name: string, ctx: RenderContext): void {
  const { lang, analysis } = ctx;
  const print = { title: ctx.title, headerRows: 0, onePage: true, orientation: 'portrait' as const, lang };
  const ws = wb.addWorksheet(name, { pageSetup: pageSetupFor(0, print) });
  ws.columns = [{ width: 14 }, { width: 30 }, { width: 66 }];
  applyPrintSetup(ws, print);
  const t = ws.addRow([xmlText(ctx.title)]);
  t.font = { bold: true, size: 14 };
  t.commit();
  ws.addRow([]).commit();
  for (const [k, v] of coverRows(analysis, lang)) {
    const row = ws.addRow([safeCell(k), safeCell(v)]);
    row.getCell(1).font = { bold: true };
    row.getCell(1).numFmt = '@';
    row.getCell(2).numFmt = '@';
    borderRow(row, 2);
    row.commit();
  }
  ws.addRow([]).commit();
  const hashes = hashTable(analysis, lang);
  const h = ws.addRow([xmlText(hashes.title)]);
  h.font = { bold: true };
  h.commit();
  const head = ws.addRow(hashes.columns.map(safeCell));
  head.font = { bold: true };
  borderRow(head, 3);
  head.commit();
  for (const r of hashes.rows) {
    const row = ws.addRow(r.map(safeCell));
    row.alignment = { vertical: 'top', wrapText: true };
    borderRow(row, 3);
    row.commit();
  }
  ws.commit();
}

/** Machines keep the ids: a 规则编号 column after the reader's columns where the table names rules. */
function withIds(t: Table, lang: RenderContext['lang']): Table {
  if (!t.ruleIds) return t;
  return { ...t, columns: [...t.columns, lang === 'en' ? 'Rule id' : '规则编号'], rows: t.rows.map((r, i) => [...r, t.ruleIds![i] ?? '']), widths: t.widths ? [...t.widths, 10] : undefined };
}

/** Render the report as an xlsx workbook (bytes), with fixed dates. */
export async function renderXlsx(ctx: RenderContext): Promise<Uint8Array> {
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on('data', (c: Buffer) => chunks.push(c));
  const wb = new (await loadExcelJS()).stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: false });
  wb.creator = 'caseaudit';
  wb.created = ctx.date;
  wb.modified = ctx.date;
  const { lang } = ctx;
  const names = reportSheetNames(ctx.sections, lang);
  writeCover(wb, names.cover, ctx);
  ctx.sections.forEach((sec, i) => {
    sec.tables.forEach((t, j) => {
      const title = t.title === sec.title ? sec.title : `${sec.title}-${t.title}`;
      writeTable(wb, names.tables[i]![j]!, withIds(t, lang), lang, `${ctx.title}　${title}`);
    });
  });
  await wb.commit();
  return normalizeOoxml(Buffer.concat(chunks), ctx.date);
}

export const xlsxRenderer: Renderer = { format: 'xlsx', extension: 'xlsx', render: renderXlsx };
