/** The .xlsx reader: streams every sheet (exceljs WorkbookReader, patched), finds its header, and turns rows into records. */
import { CaseAuditError, InputError } from '../../errors.js';
import { tr } from '../../i18n.js';
import type { CaseFile, Scheme } from '../../model/types.js';
import type { Reader, ReaderOptions, ReadResult } from '../types.js';
import { cellText, plainValue } from './cells.js';
import { detectHeader, HEADER_SCAN_ROWS, type SheetPlan, type TextRow } from './detect.js';
import { ExcelJS, withXmlBudget } from './exceljs.js';
import { compileMap, type CompiledMap } from './headers.js';
import { loadMapping } from './mapping.js';
import { buildRecord } from './record.js';
import { MAX_UNCOMPRESSED_BYTES, sniffXlsx } from './sniff.js';

/** A sheet's header plan as reported by `--print-map`. */
export interface SheetMap {
  file: string;
  sheet: string;
  plan?: SheetPlan;
  /** when no header was found: the first non-empty row, to show what was there */
  firstRow?: TextRow;
}

export interface XlsxReadResult extends ReadResult {
  maps: SheetMap[];
}

/** Read one workbook. `planOnly` stops short of building records (for --print-map). */
export async function readXlsx(file: string, opts: ReaderOptions & { planOnly?: boolean } = {}): Promise<XlsxReadResult> {
  await sniffXlsx(file);
  const map = opts.map ? compileMap(typeof opts.map === 'string' ? await loadMapping(opts.map) : opts.map, opts.kind ? [opts.kind] : ['cases', 'schemes']) : undefined;
  const result: XlsxReadResult = { file, kind: 'xlsx', status: 'ok', cases: [], schemes: [], rejects: [], warnings: [], sheets: [], maps: [] };
  const wb = new ExcelJS.stream.xlsx.WorkbookReader(file, { sharedStrings: 'cache', styles: 'ignore', hyperlinks: 'ignore', worksheets: 'emit', entries: 'ignore' });
  const tooBig = () => new InputError(tr(`解压后超过上限，疑似 zip 炸弹：${file}`, `inflated data exceeds the limit, refusing a possible zip bomb: ${file}`), { location: { file } });
  try {
    await withXmlBudget(MAX_UNCOMPRESSED_BYTES, tooBig, async () => {
      for await (const ws of wb) {
        const sheet = new SheetState(file, (ws as unknown as { name: string }).name, result, opts, map, Boolean((wb as unknown as { properties?: { date1904?: boolean } }).properties?.date1904));
        for await (const row of ws) sheet.push(row.number, row.values as unknown[]);
        sheet.end();
      }
    });
  } catch (err) {
    if (err instanceof CaseAuditError) throw err;
    throw new InputError(tr(`无法读取 Excel 文件：${file}：${(err as Error).message}`, `cannot read the Excel file: ${file}: ${(err as Error).message}`), {
      location: { file },
      hint: tr('文件可能已损坏；请在 Excel/WPS 中打开后重新另存为 .xlsx', 'the file may be corrupt; open it in Excel/WPS and save it again as .xlsx'),
      cause: err,
    });
  }
  if (!opts.planOnly && !result.maps.some((m) => m.plan)) {
    throw new InputError(tr(`找不到可识别的表头（如“案件编号”“方案编号”）：${file}`, `no recognisable header row (such as 案件编号 or 方案编号): ${file}`), {
      location: { file },
      hint: tr('用 --print-map 查看各列的识别结果；用 --map mapping.json 指定表头与字段的对应；或用 --kind 指定 cases/schemes', 'run with --print-map to see how columns were read; map headers to fields with --map mapping.json; or set --kind cases|schemes'),
    });
  }
  return result;
}

/** One sheet being read: buffers the first rows until the header is found, then converts row by row. */
class SheetState {
  private buffer: { number: number; values: unknown[]; text: TextRow }[] = [];
  private plan?: SheetPlan;
  private decided = false;
  private counts = { rowsRead: 0, records: 0, rejects: 0 };

  constructor(
    private file: string,
    private sheet: string,
    private out: XlsxReadResult,
    private opts: ReaderOptions & { planOnly?: boolean },
    private map: CompiledMap | undefined,
    private date1904: boolean,
  ) {}

  push(number: number, values: unknown[]): void {
    if (this.decided) {
      if (this.plan && !this.opts.planOnly) this.row(number, values);
      return;
    }
    const cells = Array.from(values, (v) => cellText(plainValue(v)));
    if (!cells.some((c) => c)) return;
    this.buffer.push({ number, values, text: { number, cells } });
    if (this.buffer.length >= HEADER_SCAN_ROWS) this.decide();
  }

  end(): void {
    if (!this.decided) this.decide();
    if (this.plan) this.out.sheets!.push({ sheet: this.sheet, ...this.counts });
  }

  private decide(): void {
    this.decided = true;
    this.plan = detectHeader(this.buffer.map((b) => b.text), { kind: this.opts.kind, map: this.map });
    this.out.maps.push({ file: this.file, sheet: this.sheet, ...(this.plan ? { plan: this.plan } : this.buffer[0] ? { firstRow: this.buffer[0].text } : {}) });
    if (!this.plan) {
      if (this.buffer.length) {
        this.out.warnings.push({
          file: this.file,
          sheet: this.sheet,
          reason: tr(`工作表未找到可识别的表头，未导入（前 ${this.buffer.length} 行非空）`, `no recognisable header in this sheet; not imported (${this.buffer.length} non-empty rows scanned)`),
        });
      }
      return;
    }
    const last = this.plan.headerRows[this.plan.headerRows.length - 1]!;
    if (!this.opts.planOnly) for (const b of this.buffer) if (b.number > last) this.row(b.number, b.values);
    this.buffer = [];
  }

  private row(number: number, values: unknown[]): void {
    if (!values.some((v) => v !== null && v !== undefined && v !== '' && !(typeof v === 'string' && !v.trim()))) return;
    this.counts.rowsRead++;
    const r = buildRecord(this.plan!, values, { file: this.file, sheet: this.sheet, row: number, date1904: this.date1904 });
    if (r.warnings.length) this.out.warnings.push(...r.warnings);
    if (r.reject) {
      this.counts.rejects++;
      this.out.rejects.push(r.reject);
    } else if (r.record) {
      this.counts.records++;
      if (this.plan!.kind === 'cases') this.out.cases.push(r.record as CaseFile);
      else this.out.schemes.push(r.record as Scheme);
    }
  }
}

export const xlsxReader: Reader = {
  kind: 'xlsx',
  extensions: ['.xlsx'],
  read: readXlsx,
};
