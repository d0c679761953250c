/**
 * XLSX report: a cover sheet, then one sheet per report table, each with a frozen header row and filters.
 * Written with exceljs's streaming WorkbookWriter (large findings sheets stay cheap). Text is always written
 * as a typed string cell, never a formula, so case text starting with = + - @ cannot execute.
 */
import { PassThrough } from 'node:stream';
import type ExcelJS from 'exceljs';
import { loadExcelJS } from '../util/exceljs-lazy.js';
import { coverRows, hashTable, type Cell, type Table } from './sections.js';
import { sectionHeading, type RenderContext, type Renderer } from './context.js';
import { s } from './locale.js';
import { normalizeOoxml } from './zip.js';
import { sheetName, xmlText } from '../util/xml-text.js';


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

function writeTable(wb: ExcelJS.stream.xlsx.WorkbookWriter, name: string, t: Table): void {
  const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = t.columns.map((c, i) => ({ header: xmlText(c), width: widthOf(t, i) }));
  ws.autoFilter = `A1:${colLetter(Math.max(1, t.columns.length))}1`;
  ws.getRow(1).font = { bold: true };
  ws.getRow(1).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEEF1F5' } };
  ws.getRow(1).commit();
  for (const r of t.rows) ws.addRow(r.map(safeCell)).commit();
  ws.commit();
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
  const used = new Set<string>();
  const { lang, analysis } = ctx;
  const cover: Table = {
    id: 'cover',
    title: s('cover', lang),
    columns: [s('cover', lang), ''],
    rows: [[ctx.title, ''], ...coverRows(analysis, lang), ...hashTable(analysis, lang).rows.map((r) => [String(r[0]), `${r[1]}  ${r[2]}`])],
  };
  writeTable(wb, sheetName(s('cover', lang), used), cover);
  ctx.sections.forEach((sec, i) => {
    for (const t of sec.tables) {
      const title = t.title === sec.title ? sec.title : `${sec.title}-${t.title}`;
      writeTable(wb, sheetName(lang === 'en' ? title : `${sectionHeading(i, '', lang)}${title}`, used), t);
    }
  });
  await wb.commit();
  return normalizeOoxml(Buffer.concat(chunks), ctx.date);
}

export const xlsxRenderer: Renderer = { format: 'xlsx', extension: 'xlsx', render: renderXlsx };
