/** The .xlsx reader: streams every sheet's rows (rows.ts; a worker thread for large files), finds each header, and turns rows into records. */
import { InputError } from '../../errors.js';
import { tr } from '../../i18n.js';
import { DATE_KEYS, type CaseFile, type Scheme } from '../../model/types.js';
import type { Reader, ReaderOptions, ReadResult } from '../types.js';
import { cellText, plainValue } from './cells.js';
import { detectHeader, HEADER_SCAN_ROWS, HEADER_SCAN_SPAN, type SheetPlan, type TextRow } from './detect.js';
import { compileMap, type CompiledMap } from './headers.js';
import { loadMapping } from './mapping.js';
import { buildRecord } from './record.js';
import { SKIP_SHEET, type RowAnswer, type RowSink } from './row-sink.js';
import { readRowsInWorker, rowsWorkerScript, WORKER_MIN_BYTES } from './rows-thread.js';
import { sniffXlsx } from './sniff.js';
import { appendAll } from '../../util/arrays.js';

/** A sheet's header plan as reported by `--print-map`. */
export interface SheetMap {
  file: string;
  sheet: string;
  plan?: SheetPlan;
  /** when no header was found: the first non-empty row, to show what was there */
  firstRow?: TextRow;
}

/** Error code of a table file with no recognisable header in any sheet. */
export const NO_HEADER = 'E_NO_HEADER';

/** Error code of a table file whose only sheets with a header are indexes of case-file PDFs (isDocumentIndex). */
export const DOCUMENT_INDEX = 'E_DOCUMENT_INDEX';

/**
 * A case sheet whose only columns read are a file name (案卷文件 / 文件名 / 电子案卷 / PDF文件) and a case number is an
 * index of case-file PDFs (a scanning service's list, `samples/pdf/index.tsv`), not a case register: its rows say
 * nothing of a case but whose file is whose. Read as case records they would stand beside the PDFs' own records
 * under the same ids (a folder of PDFs and their index).
 */
export function isDocumentIndex(plan: SheetPlan): boolean {
  if (plan.kind !== 'cases') return false;
  const fields = new Set(plan.columns.flatMap((c) => (c.match && c.match.field !== 'ignore' ? [c.match.field.field] : [])));
  return fields.has('documentFile') && [...fields].every((f) => f === 'id' || f === 'documentFile');
}

/** The containers read as tables of rows. */
export type TableKind = 'xlsx' | 'xls' | 'csv';

export interface XlsxReadResult extends ReadResult {
  kind: TableKind;
  maps: SheetMap[];
  /** sheets not imported because they are indexes of case-file PDFs (isDocumentIndex) */
  indexSheets?: string[];
}

/** Read one workbook. `planOnly` stops short of building records (for --print-map). */
export async function readXlsx(file: string, opts: ReaderOptions & { planOnly?: boolean; worker?: boolean } = {}): Promise<XlsxReadResult> {
  const { size, worksheets, sharedStrings } = await sniffXlsx(file);
  return readTable(file, 'xlsx', opts, async (sink) => {
    // a large workbook is unzipped and parsed on a worker thread while this one builds and writes the records
    // (CASEAUDIT_EXCEL_THREAD=0 keeps every read in this thread, e.g. to compare in the benchmark)
    const threaded = opts.worker ?? (size >= WORKER_MIN_BYTES && process.env.CASEAUDIT_EXCEL_THREAD !== '0');
    const script = threaded && !opts.planOnly ? rowsWorkerScript() : undefined;
    if (script) await readRowsInWorker(file, sink, script, { worksheets, sharedStrings });
    else await (await import('./rows.js')).readWorkbookRows(file, sink, { worksheets, sharedStrings }); // exceljs loads only when a thread of this process reads
  });
}

/**
 * Any table-shaped input (xlsx, xls, csv): `feed` streams its sheets' rows into a RowSink; each sheet's header
 * is found, its rows become records (the same detection and normalisers whatever the container). A file with
 * no recognisable header in any sheet is an input error.
 */
export async function readTable(file: string, kind: TableKind, opts: ReaderOptions & { planOnly?: boolean }, feed: (sink: RowSink, result: XlsxReadResult) => Promise<unknown>): Promise<XlsxReadResult> {
  const map = opts.map ? compileMap(typeof opts.map === 'string' ? await loadMapping(opts.map) : opts.map, opts.kind ? [opts.kind] : ['cases', 'schemes']) : undefined;
  const result: XlsxReadResult = { file, kind, status: 'ok', cases: [], schemes: [], rejects: [], warnings: [], sheets: [], maps: [] };
  let sheet: SheetState | undefined;
  const sink: RowSink = {
    sheet: (name, date1904) => void (sheet = new SheetState(file, name, result, opts, map, date1904)),
    row: (number, values) => sheet!.push(number, values),
    sheetEnd: () => sheet!.end(),
  };
  await feed(sink, result);
  if (!opts.planOnly && !result.maps.some((m) => m.plan)) {
    const sheets = result.maps.map((m) => `"${m.sheet}"`);
    const where = sheets.length ? tr(`（工作表 ${sheets.join('、')} 的前 ${HEADER_SCAN_ROWS} 个非空行）`, ` in the first ${HEADER_SCAN_ROWS} non-empty rows of ${sheets.length > 1 ? 'sheets' : 'sheet'} ${sheets.join(', ')}`) : '';
    throw new InputError(tr(`找不到可识别的表头${where}（如“案件编号”“方案编号”）：${file}`, `no recognisable header row${where} (such as 案件编号 or 方案编号): ${file}`), {
      code: NO_HEADER,
      location: { file, ...(result.maps.length === 1 ? { sheet: result.maps[0]!.sheet } : {}) },
      hint: tr('用 --print-map 查看各列的识别结果；用 --map mapping.json 指定表头与字段的对应；或用 --kind 指定 cases/schemes', 'run with --print-map to see how columns were read; map headers to fields with --map mapping.json; or set --kind cases|schemes'),
    });
  }
  if (!opts.planOnly && result.indexSheets?.length && !result.sheets?.length) {
    throw new InputError(
      tr(
        `${file} 只有文件名和案件编号两列，是案卷文件清单（文件名 → 案件编号），不是案件台账，未作为案件记录导入`,
        `${file} has only a file-name and a case-number column: an index of case-file PDFs (file → case number), not a case register; not imported as case records`,
      ),
      { code: DOCUMENT_INDEX, location: { file }, hint: INDEX_HINT() },
    );
  }
  return result;
}

/** What to do with an index of case-file PDFs. */
const INDEX_HINT = () => tr('评查时把它与案卷 PDF 一起用 --documents 给出（score/worksheet --documents，或 run 配置的 documents），用来确定各 PDF 所属案件', 'give it with the PDFs in --documents (score/worksheet --documents, or documents in a run config), where it tells whose each PDF is');

/**
 * Fields the checklist rules read, each with the columns that state it. A case sheet with none of them
 * cannot say the field: its records list it in `notStated`, so the rules needing it report "not checked"
 * instead of a missing-document or missing-date finding (a 双公示 export has no 送达日期 column).
 */
const STATED_BY: [string, string[]][] = [
  ['facts', ['facts']],
  ['party', ['party.name']],
  ['party.creditCode', ['party.creditCode']],
  ['evidence', ['evidence']],
  ['documents', ['documents']],
  ['violatedArticles', ['violatedArticles']],
  ['penaltyArticles', ['penaltyArticles']],
  ['penaltyKinds', ['penaltyKinds']],
  ['officers', ['officers']],
  ...DATE_KEYS.map((k): [string, string[]] => [`dates.${k}`, [`dates.${k}`]]),
  ['extensionApproved', ['extensionApproved']],
  ['creditPushed', ['creditPushed']],
  ['referredToJudiciary', ['referredToJudiciary']],
  ['recorded', ['recorded']],
  ['reasoningStated', ['reasoningStated']],
  ['paymentDeferred', ['paymentDeferred']],
  ['certificateShown', ['certificateShown']],
  ['kickoffMeeting', ['kickoffMeeting']],
  ['summaryMeeting', ['summaryMeeting']],
  // who was present: a list of the enterprise's people, or a yes/no column per role
  ['attendees', ['attendees', 'present.principal', 'present.safetyManager', 'present.operator']],
  ['present', ['attendees', 'present.principal', 'present.safetyManager', 'present.operator']],
  ['experts', ['experts']],
  ['schemeId', ['schemeId']],
  // entered in 互联网+监管: its number, or a yes/no column
  ['supervisionNo', ['supervisionNo', 'supervisionEntered']],
  ['supervisionEntered', ['supervisionNo', 'supervisionEntered']],
  ['inAnnualPlan', ['inAnnualPlan']],
];

/** The rule fields a sheet plan has no column for (see STATED_BY). */
export function unstatedFields(plan: SheetPlan): string[] {
  const mapped = new Set(plan.columns.flatMap((c) => (c.match && c.match.field !== 'ignore' ? [c.match.field.field] : [])));
  return STATED_BY.filter(([, by]) => !by.some((f) => mapped.has(f))).map(([field]) => field);
}

/** One sheet being read: buffers the first rows until the header is found, then converts row by row. */
class SheetState {
  private buffer: { number: number; values: unknown[]; text: TextRow }[] = [];
  private plan?: SheetPlan;
  private notStated: string[] = [];
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

  /**
   * One row; a promise when the record sink asks to wait (back-pressure). SKIP_SHEET once the rows are not
   * wanted: no header in the scan rows (HEADER_SCAN_ROWS, HEADER_SCAN_SPAN), or only the plan was asked for.
   */
  push(number: number, values: unknown[]): RowAnswer | Promise<RowAnswer> {
    if (this.decided) return this.next(number, values);
    if (number > HEADER_SCAN_SPAN) return this.decide(true).then(() => this.next(number, values));
    const cells = Array.from(values, (v) => cellText(plainValue(v)));
    if (!cells.some((c) => c)) return;
    this.buffer.push({ number, values, text: { number, cells } });
    if (this.buffer.length >= HEADER_SCAN_ROWS) return this.decide(true).then(() => (this.plan && !this.opts.planOnly ? undefined : SKIP_SHEET));
  }

  private next(number: number, values: unknown[]): RowAnswer | Promise<RowAnswer> {
    if (!this.plan || this.opts.planOnly) return SKIP_SHEET;
    return this.row(number, values);
  }

  async end(): Promise<void> {
    if (!this.decided) await this.decide();
    if (this.plan) this.out.sheets!.push({ sheet: this.sheet, ...this.counts });
  }

  /** `cut`: the scan rows are used up and the sheet goes on (its rest is not read when no header is found). */
  private async decide(cut = false): Promise<void> {
    this.decided = true;
    this.plan = detectHeader(this.buffer.map((b) => b.text), { kind: this.opts.kind, map: this.map });
    this.out.maps.push({ file: this.file, sheet: this.sheet, ...(this.plan ? { plan: this.plan } : this.buffer[0] ? { firstRow: this.buffer[0].text } : {}) });
    if (!this.plan) {
      if (this.buffer.length) {
        this.out.warnings.push({
          file: this.file,
          sheet: this.sheet,
          reason: tr(`工作表的前 ${this.buffer.length} 个非空行中没有可识别的表头，未导入${cut ? '（其余行未读取）' : ''}`, `no recognisable header in the first ${this.buffer.length} non-empty rows of this sheet; not imported${cut ? ' (the rest was not read)' : ''}`),
        });
      }
      return;
    }
    if (!this.opts.documentIndex && !this.opts.planOnly && isDocumentIndex(this.plan)) {
      // an index of the PDFs beside it, not a register: its rows are not case records
      this.plan = undefined;
      (this.out.indexSheets ??= []).push(this.sheet);
      this.out.warnings.push({
        file: this.file,
        sheet: this.sheet,
        reason: tr(`工作表只有文件名和案件编号两列，是案卷文件清单，不是案件台账，未导入；${INDEX_HINT()}`, `this sheet has only a file-name and a case-number column: an index of case-file PDFs, not a case register; not imported — ${INDEX_HINT()}`),
      });
      return;
    }
    if (this.plan.kind === 'cases') this.notStated = unstatedFields(this.plan);
    const last = this.plan.headerRows[this.plan.headerRows.length - 1]!;
    const buffered = this.buffer;
    this.buffer = [];
    if (!this.opts.planOnly) {
      for (const b of buffered) {
        if (b.number <= last) continue;
        const pending = this.row(b.number, b.values);
        if (pending) await pending;
      }
    }
  }

  private row(number: number, values: unknown[]): void | Promise<void> {
    if (!values.some((v) => v !== null && v !== undefined && v !== '' && !(typeof v === 'string' && !v.trim()))) return;
    this.counts.rowsRead++;
    const r = buildRecord(this.plan!, values, { file: this.file, sheet: this.sheet, row: number, date1904: this.date1904 });
    if (r.warnings.length) appendAll(this.out.warnings, r.warnings);
    if (r.reject) {
      this.counts.rejects++;
      this.out.rejects.push(r.reject);
    } else if (r.record) {
      this.counts.records++;
      if (this.notStated.length) (r.record as CaseFile).notStated = [...this.notStated];
      if (this.opts.onRecord) return this.opts.onRecord(this.plan!.kind, r.record);
      if (this.plan!.kind === 'cases') this.out.cases.push(r.record as CaseFile);
      else this.out.schemes.push(r.record as Scheme);
    }
  }
}

export const xlsxReader: Reader = {
  kind: 'xlsx',
  extensions: ['.xlsx', '.xlsm'],
  read: readXlsx,
};
