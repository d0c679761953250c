/**
 * The legacy Excel 97-2003 reader (.xls, BIFF8 and BIFF5 in an OLE/CFB container), through SheetJS CE 0.20.3
 * (`@e965/xlsx`, the vendor's 0.20.3 build republished on npm; the `xlsx` 0.18.5 on npm carries
 * CVE-2023-30533 and CVE-2024-22363, fixed in 0.19.3 and 0.20.2 — see docs/formats.md). Cells go into the same
 * header detection and normalisers as .xlsx. An .xls that is really an .xlsx or a CSV/tab text (some systems
 * name their exports so) is read by the matching reader, with a warning.
 */
import { promises as fsp } from 'node:fs';
import { InputError } from '../../errors.js';
import { tr } from '../../i18n.js';
import type { Reader, ReaderOptions } from '../types.js';
import { CellError } from '../excel/cells.js';
import { readTable, readXlsx, type XlsxReadResult } from '../excel/read-xlsx.js';
import { SKIP_SHEET, type RowSink } from '../excel/row-sink.js';
import { readCsv } from '../csv/read-csv.js';
import { detectEncoding, strictDecoder } from '../csv/encoding.js';
import path from 'node:path';

/** Largest .xls read (it is loaded whole; Excel 97-2003 sheets stop at 65,536 rows, real exports are far smaller). */
export const MAX_XLS_BYTES = 256 * 1024 * 1024;
const OLE_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const DAY_MS = 86_400_000;
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

type SheetJs = typeof import('@e965/xlsx');
interface Cell {
  t: 's' | 'n' | 'b' | 'e' | 'd' | 'z';
  v?: unknown;
  w?: string;
  z?: string | number;
}

/** Read one .xls export into records. */
export async function readXls(file: string, opts: ReaderOptions & { planOnly?: boolean } = {}): Promise<XlsxReadResult> {
  const fail = (zh: string, en: string, hint?: string) => new InputError(tr(`${zh}：${file}`, `${en}: ${file}`), { location: { file }, ...(hint ? { hint } : {}) });
  const { size } = await fsp.stat(file);
  if (size === 0) throw fail('空文件', 'empty file');
  if (size > MAX_XLS_BYTES) throw fail(`.xls 文件超过 ${MAX_XLS_BYTES / 1024 ** 2} MB，拒绝读取`, `.xls file larger than ${MAX_XLS_BYTES / 1024 ** 2} MB, refused`, convertHint());
  const data = await fsp.readFile(file);
  if (data[0] === 0x50 && data[1] === 0x4b) return disguised(await readXlsx(file, opts), file, 'xlsx');
  if (!data.subarray(0, 8).equals(OLE_MAGIC)) {
    const head = data.subarray(0, 4096).toString('latin1').trimStart();
    if (head.startsWith('<')) return readMarkup(file, data, opts, fail);
    if (!data.subarray(0, 4096).includes(0)) return disguised(await readCsv(file, opts), file, 'csv');
    throw fail('不是 Excel 97-2003（.xls）文件', 'not an Excel 97-2003 (.xls) file', convertHint());
  }
  if (data.includes(Buffer.from('EncryptionInfo', 'utf16le'))) throw fail('工作簿设有打开密码，无法读取', 'the workbook is password-protected', tr('请在 Excel/WPS 中输入密码打开，取消加密后另存为 .xlsx', 'open it in Excel/WPS with the password, remove the encryption and save it as .xlsx'));
  const X: SheetJs = await import('@e965/xlsx');
  let wb: ReturnType<SheetJs['read']>;
  try {
    wb = X.read(data, { type: 'buffer', dense: true, cellFormula: false, cellHTML: false, cellNF: true, cellStyles: false, bookVBA: false, sheetStubs: false });
  } catch (err) {
    const msg = (err as Error).message;
    if (/password|encrypt/i.test(msg)) throw fail('工作簿设有打开密码，无法读取', 'the workbook is password-protected');
    throw new InputError(tr(`无法读取 .xls 文件：${file}：${msg}`, `cannot read the .xls file: ${file}: ${msg}`), { location: { file }, hint: convertHint(), cause: err });
  }
  const date1904 = Boolean(wb.Workbook?.WBProps?.date1904);
  return readTable(file, 'xls', opts, async (sink, result) => {
    for (const name of wb.SheetNames) {
      const ws = wb.Sheets[name] as unknown as Record<string, unknown> | undefined;
      // a damaged workbook can list a sheet whose data SheetJS could not recover: say so, read the others
      if (!ws) result.warnings.push({ file, sheet: name, reason: tr('工作表已损坏，无法读取，未导入', 'the sheet is damaged and could not be read; not imported') });
      else await feedSheet(X, ws, name, date1904, sink);
    }
  });
}

async function feedSheet(X: SheetJs, ws: Record<string, unknown>, name: string, date1904: boolean, sink: RowSink): Promise<void> {
  await sink.sheet(name, date1904);
  const rows = (ws['!data'] as (Cell | undefined)[][] | undefined) ?? [];
  for (let r = 0; r < rows.length; r++) {
    const cells = rows[r];
    if (!Array.isArray(cells)) continue;
    const values: unknown[] = [undefined];
    for (let c = 0; c < cells.length; c++) values.push(cellValue(X, cells[c], date1904));
    let answer = sink.row(r + 1, values);
    if (answer) answer = await answer;
    if (answer === SKIP_SHEET) break; // no header in the first rows: the rest of the sheet is not converted
  }
  await sink.sheetEnd();
}

/** A SheetJS cell as the plain value exceljs would give for the same cell of an .xlsx (dates as UTC Dates). */
function cellValue(X: SheetJs, cell: Cell | undefined, date1904: boolean): unknown {
  if (!cell || cell.t === 'z') return undefined;
  switch (cell.t) {
    case 's':
      return cell.v === '' ? undefined : cell.v;
    case 'b':
      return cell.v;
    case 'e':
      return new CellError(cell.w ?? '#ERROR');
    case 'd':
      return cell.v instanceof Date ? cell.v : undefined;
    case 'n': {
      const v = cell.v as number;
      if (cell.z !== undefined && X.SSF.is_date(cell.z)) return new Date(EXCEL_EPOCH_MS + (date1904 ? v + 1462 : v) * DAY_MS);
      return v;
    }
  }
}

/** Largest HTML/XML ".xls" read (parsed as one string). */
export const MAX_MARKUP_BYTES = 64 * 1024 * 1024;

/**
 * An ".xls" that is a web page (an HTML table, as many web systems export under that name) or Excel 2003 XML:
 * decoded by its declared charset (else BOM / UTF-8 validity / GB18030), parsed by SheetJS with every cell kept
 * as text (`raw`), so long digit strings and dates reach the normalisers as written.
 */
async function readMarkup(file: string, data: Buffer, opts: ReaderOptions & { planOnly?: boolean }, fail: (zh: string, en: string, hint?: string) => InputError): Promise<XlsxReadResult> {
  if (data.length > MAX_MARKUP_BYTES) throw fail(`网页格式的 .xls 超过 ${MAX_MARKUP_BYTES / 1024 ** 2} MB，拒绝读取`, `web-page .xls larger than ${MAX_MARKUP_BYTES / 1024 ** 2} MB, refused`, convertHint());
  const declared = /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(data.subarray(0, 4096).toString('latin1'))?.[1]?.toLowerCase() ?? /encoding\s*=\s*["']([\w-]+)/i.exec(data.subarray(0, 200).toString('latin1'))?.[1]?.toLowerCase();
  const guess = detectEncoding(data.subarray(0, 1024 * 1024), file);
  const encoding = guess.by === 'bom' ? guess.encoding : declared && /^(gb2312|gbk|gb18030|x-gbk|cp936)$/.test(declared) ? 'gb18030' : declared === 'utf-8' || declared === 'utf8' ? 'utf-8' : guess.encoding;
  let text: string;
  try {
    text = strictDecoder(encoding, file).decode(data.subarray(guess.by === 'bom' ? guess.bom : 0));
  } catch (err) {
    if (err instanceof InputError) throw err;
    throw fail(`网页格式的 .xls 不是有效的 ${encoding} 文本`, `the web-page .xls is not valid ${encoding} text`, convertHint());
  }
  const X: SheetJs = await import('@e965/xlsx');
  let wb: ReturnType<SheetJs['read']>;
  try {
    wb = X.read(text, { type: 'string', dense: true, raw: true, cellFormula: false, cellHTML: false, cellStyles: false });
  } catch (err) {
    throw new InputError(tr(`无法读取网页格式的 .xls：${file}：${(err as Error).message}`, `cannot read the web-page .xls: ${file}: ${(err as Error).message}`), { location: { file }, hint: convertHint(), cause: err });
  }
  const single = wb.SheetNames.length === 1 && /^Sheet1$/i.test(wb.SheetNames[0]!);
  const result = await readTable(file, 'xls', opts, async (sink) => {
    for (const name of wb.SheetNames) await feedSheet(X, wb.Sheets[name] as unknown as Record<string, unknown>, single ? path.basename(file, path.extname(file)) : name, false, sink);
  });
  result.message = tr(`网页表格（HTML/XML）格式，${encoding === 'gb18030' ? 'GBK/GB18030' : encoding.toUpperCase()}`, `web-page table (HTML/XML), ${encoding === 'gb18030' ? 'GBK/GB18030' : encoding.toUpperCase()}`);
  return result;
}

function convertHint(): string {
  return tr('请在 Excel 或 WPS 中打开并“另存为” .xlsx，或运行：libreoffice --headless --convert-to xlsx 文件名', 'open it in Excel or WPS and Save As .xlsx, or run: libreoffice --headless --convert-to xlsx FILE');
}

function disguised(result: XlsxReadResult, file: string, real: 'xlsx' | 'csv'): XlsxReadResult {
  result.warnings.unshift({ file, reason: real === 'xlsx' ? tr('扩展名为 .xls，实际是 .xlsx 工作簿，已按 .xlsx 读取', 'named .xls but is an .xlsx workbook; read as .xlsx') : tr('扩展名为 .xls，实际是文本（CSV/制表符分隔），已按 CSV 读取', 'named .xls but is text (CSV/tab-separated); read as CSV') });
  return result;
}

export const xlsReader: Reader = {
  kind: 'xls',
  extensions: ['.xls'],
  read: readXls,
};
