/** The rows of every sheet of a workbook, streamed by exceljs's WorkbookReader (patched), into a RowSink. */
import { InputError } from '../../errors.js';
import { tr } from '../../i18n.js';
import { ExcelJS, withXmlBudget } from './exceljs.js';
import { MAX_UNCOMPRESSED_BYTES } from './sniff.js';
import { partLimit, type ZipBudget } from './zip-budget.js';
import { partTooBig, unreadableXlsx } from './read-errors.js';
import { SKIP_SHEET, type RowReadOptions, type RowSink } from './row-sink.js';

export { SKIP_SHEET, type RowAnswer, type RowReadOptions, type RowSink } from './row-sink.js';
import { promises as fsp } from 'node:fs';

/**
 * Stream every sheet's rows into `sink`; gives the number of rows parsed. Unreadable workbooks become an
 * InputError naming the file.
 */
export async function readWorkbookRows(file: string, sink: RowSink, opts: RowReadOptions = {}): Promise<{ rows: number }> {
  let parsed = 0;
  const wb = new ExcelJS.stream.xlsx.WorkbookReader(file, { sharedStrings: 'cache', styles: 'ignore', hyperlinks: 'ignore', worksheets: 'emit', entries: 'emit' });
  // the number of the worksheet part being read: exceljs announces it (synchronously) just before it hands the sheet over
  let part: string | undefined;
  (wb as unknown as NodeJS.EventEmitter).on('entry', (e: { type: string; id?: string }) => {
    if (e.type === 'worksheet') part = e.id;
  });
  const tooBig = () => new InputError(tr(`解压后超过上限，疑似 zip 炸弹：${file}`, `inflated data exceeds the limit, refusing a possible zip bomb: ${file}`), { location: { file } });
  const partError = (part: string, limit: number, whole: boolean) => partTooBig(file, part, limit, whole);
  // inline strings only (many export systems write them): nothing to wait for, no worksheet copied to TMPDIR
  if (opts.sharedStrings === false) (wb as unknown as { sharedStrings?: unknown[] }).sharedStrings = [];
  let budget: ZipBudget | undefined;
  try {
    await withXmlBudget(
      MAX_UNCOMPRESSED_BYTES,
      tooBig,
      async (b) => {
        budget = b;
        let index = 0;
        for await (const ws of wb) {
          const date1904 = Boolean((wb as unknown as { properties?: { date1904?: boolean } }).properties?.date1904);
          const name = (ws as unknown as { name: string }).name;
          b.sheet = name;
          await sink.sheet(name, date1904);
          let skipped = false;
          for await (const row of ws) {
            parsed++;
            let answer = sink.row(row.number, row.values as unknown[]);
            if (answer) answer = await answer;
            if (answer === SKIP_SHEET || opts.skipRequested?.(index)) {
              skipped = true;
              break;
            }
          }
          b.sheet = undefined;
          await sink.sheetEnd();
          index++;
          if (skipped) {
            // the last worksheet: nothing more to read, stop here (the stream is closed below)
            if (opts.worksheets !== undefined && index >= opts.worksheets) break;
            skipSheetRest(ws, part, b);
          }
        }
      },
      partLimit(),
      partError,
      (where, limit) => {
        const sheet = budget?.sheet;
        const of = sheet ? tr(`工作表“${sheet}”`, ` of sheet "${sheet}"`) : '';
        return new InputError(tr(`${of}${where} 的文本超过 ${limit} 个字符，无法读取：${file}`, `${where}${of} holds more than ${limit} characters of text, too long to read: ${file}`), {
          location: { file, ...(sheet ? { sheet } : {}) },
          hint: tr('Excel 单元格最多 32,767 个字符；请检查该单元格并删除异常内容后重新导出', 'an Excel cell holds at most 32,767 characters; check that cell, remove the odd content and export again'),
        });
      },
    );
  } catch (err) {
    // the first limit crossed is the cause, whatever failed after the read was stopped
    if (budget?.exceeded) throw budget.exceeded;
    throw unreadableXlsx(file, err, budget?.sheet ? { sheet: budget.sheet } : {});
  } finally {
    // nothing left behind: the input stream closed, exceljs's worksheet copies in TMPDIR removed
    (wb as unknown as { stream?: { destroy?: () => void } }).stream?.destroy?.();
    for (const t of budget?.temps ?? []) await fsp.rm(t, { force: true }).catch(() => undefined);
  }
  return { rows: parsed };
}

/**
 * Leave the rest of a sheet unparsed. A sheet parsed straight from the zip: its entry's remaining inflated bytes
 * are counted (the budget still holds) and dropped, never handed to the XML parser — exceljs drains the entry to
 * reach the next part. A sheet exceljs had copied to a temp file (shared strings after the worksheets): the
 * file stream is closed.
 */
/** exceljs's own test for a worksheet part (unanchored), its number captured */
const SHEET_PART = /xl\/worksheets\/sheet(\d+)[.]xml/;

function skipSheetRest(ws: unknown, part: string | undefined, budget: ZipBudget): void {
  const source = (ws as { iterator?: { destroy?: () => void } }).iterator;
  if (typeof source?.destroy === 'function') source.destroy();
  else if (part) budget.inflating.find((e) => SHEET_PART.exec(e.path)?.[1] === part)?.drop();
}
