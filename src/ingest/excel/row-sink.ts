/** The interface between a table reader (xlsx, xls, csv) and the sheet reader that finds headers and builds records. */
/** What `RowSink.row` may answer: SKIP_SHEET when the rest of the sheet is not wanted (no header in its first rows). */
export const SKIP_SHEET = 'skip-sheet';
export type RowAnswer = void | typeof SKIP_SHEET;

/** Receives a workbook's sheets and rows in order; a returned promise is awaited before the next row. */
export interface RowSink {
  sheet(name: string, date1904: boolean): void | Promise<void>;
  /** SKIP_SHEET: the reader stops parsing this sheet (and stops reading the file when no sheet follows) */
  row(number: number, values: unknown[]): RowAnswer | Promise<RowAnswer>;
  sheetEnd(): void | Promise<void>;
}

/** Options of a streamed read. */
export interface RowReadOptions {
  /** worksheet parts in the zip (sniffXlsx): when the last one is skipped, the read stops at once */
  worksheets?: number;
  /**
   * false when the zip has no shared-strings part (sniffXlsx): worksheets are then parsed straight from the zip
   * instead of being copied to TMPDIR first to wait for shared strings that never come
   */
  sharedStrings?: boolean;
  /** the worker thread's skip requests (see rows-thread.ts): true when the sheet `index` (0-based) is not wanted */
  skipRequested?: (index: number) => boolean;
}
