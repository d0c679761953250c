/**
 * The page setup of every sheet caseaudit writes, so a workbook prints as a document: A4, orientation by
 * the table's width, one page wide (fitToWidth 1, fitToHeight 0), the header rows repeated as print titles,
 * gridlines printed, margins with room for binding on the left, and a footer with the sheet's title and
 * "第 X 页 / 共 Y 页". Key-value sheets (covers) fit on one page. Used by every workbook writer.
 */
import type ExcelJS from 'exceljs';
import type { Lang } from '../i18n.js';
import { xmlText } from './xml-text.js';

export interface PrintOptions {
  /** the footer's title (left); the sheet name when absent */
  title?: string;
  /** rows repeated at the top of every printed page (1-based, inclusive); none when 0 */
  headerRows?: number;
  /** the first header row (when a title band sits above the table) */
  firstHeaderRow?: number;
  /** portrait / landscape; by default landscape when the columns are wider than a portrait page */
  orientation?: 'portrait' | 'landscape';
  /** a label/value sheet: fit on one page */
  onePage?: boolean;
  /** print the gridlines (for sheets whose writer draws no borders); default false */
  gridlines?: boolean;
  lang?: Lang;
}

/** Column widths (Excel character units) above which a table prints landscape. */
export const PORTRAIT_MAX_WIDTH = 100;

/** Widths of a worksheet's columns as set by the writer (default 9 each). */
function totalWidth(ws: ExcelJS.Worksheet): number {
  const cols = (ws.columns ?? []) as Partial<ExcelJS.Column>[];
  return cols.reduce((n, c) => n + (c?.hidden ? 0 : (c?.width ?? 9)), 0);
}

/** Escape & in header/footer text (it starts a control code there). */
function footerText(text: string): string {
  return xmlText(text).replace(/&/g, '&&');
}

/**
 * The page setup for a sheet whose columns are `width` characters wide in total. exceljs's streaming writer
 * writes fitToPage when the sheet is created: pass this as addWorksheet's `pageSetup` there.
 */
export function pageSetupFor(width: number, opts: PrintOptions = {}): Partial<ExcelJS.PageSetup> {
  const orientation = opts.orientation ?? (width > PORTRAIT_MAX_WIDTH ? 'landscape' : 'portrait');
  const first = opts.firstHeaderRow ?? 1;
  const rows = opts.headerRows ?? 1;
  return {
    paperSize: 9, // A4
    orientation,
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: opts.onePage ? 1 : 0,
    showGridLines: opts.gridlines ?? false,
    horizontalCentered: true,
    // inches: 2 cm on the binding side, 1.3 cm elsewhere, room for the footer
    margins: { left: 0.79, right: 0.51, top: 0.59, bottom: 0.71, header: 0.3, footer: 0.3 },
    ...(rows > 0 ? { printTitlesRow: `${first}:${first + rows - 1}` } : {}),
  };
}

/** Apply the shared page setup and footer to a worksheet (streaming: also pass pageSetupFor at creation). */
export function applyPrintSetup(ws: ExcelJS.Worksheet, opts: PrintOptions = {}): void {
  ws.pageSetup = { ...ws.pageSetup, ...pageSetupFor(totalWidth(ws), opts) };
  const title = footerText(opts.title ?? ws.name);
  const page = opts.lang === 'en' ? 'Page &P of &N' : '第 &P 页 / 共 &N 页';
  ws.headerFooter = { ...ws.headerFooter, oddFooter: `&L${title}&R${page}`, evenFooter: `&L${title}&R${page}` };
}

/** Thin borders on every side: tables printed with lines even where gridlines are off. */
export const THIN_BORDER: Partial<ExcelJS.Borders> = {
  top: { style: 'thin' },
  left: { style: 'thin' },
  bottom: { style: 'thin' },
  right: { style: 'thin' },
};

/** Border the first `n` cells of a row. */
export function borderRow(row: ExcelJS.Row, n: number): void {
  for (let i = 1; i <= n; i++) row.getCell(i).border = THIN_BORDER;
}
