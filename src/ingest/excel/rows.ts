/** The rows of every sheet of a workbook, streamed by exceljs's WorkbookReader (patched), into a RowSink. */
import { CaseAuditError, InputError } from '../../errors.js';
import { tr } from '../../i18n.js';
import { ExcelJS, withXmlBudget } from './exceljs.js';
import { MAX_UNCOMPRESSED_BYTES } from './sniff.js';

/** Receives a workbook's sheets and rows in order; a returned promise is awaited before the next row. */
export interface RowSink {
  sheet(name: string, date1904: boolean): void | Promise<void>;
  row(number: number, values: unknown[]): void | Promise<void>;
  sheetEnd(): void | Promise<void>;
}

/** Stream every sheet's rows into `sink`. Unreadable workbooks become an InputError naming the file. */
export async function readWorkbookRows(file: string, sink: RowSink): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookReader(file, { sharedStrings: 'cache', styles: 'ignore', hyperlinks: 'ignore', worksheets: 'emit', entries: 'ignore' });
  const tooBig = () => new InputError(tr(`解压后超过上限，疑似 zip 炸弹：${file}`, `inflated data exceeds the limit, refusing a possible zip bomb: ${file}`), { location: { file } });
  try {
    await withXmlBudget(MAX_UNCOMPRESSED_BYTES, tooBig, async () => {
      for await (const ws of wb) {
        const date1904 = Boolean((wb as unknown as { properties?: { date1904?: boolean } }).properties?.date1904);
        await sink.sheet((ws as unknown as { name: string }).name, date1904);
        for await (const row of ws) {
          const pending = sink.row(row.number, row.values as unknown[]);
          if (pending) await pending;
        }
        await sink.sheetEnd();
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
}
