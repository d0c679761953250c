/**
 * Read workbooks whose xl/workbook.xml comes after the worksheets in the zip.
 *
 * Why: exceljs 4.4.0's streaming reader parses a worksheet at once when it has already seen the shared strings
 * and the workbook relationships, then looks the sheet up in `this.model.sheets` — undefined until
 * xl/workbook.xml is read, so a valid file whose workbook part comes late fails with "Cannot read properties
 * of undefined (reading 'sheets')". Zip entry order is free, and exceljs's own streaming writer varies it.
 * The fix hides the relationships until the workbook model exists, so such worksheets take exceljs's
 * deferred path (parsed after every entry). Tested by tests/ingest/excel/workbook-order.test.ts.
 */
interface ReaderState {
  model?: unknown;
  __caseauditRels?: unknown;
}

/** Install the accessor on WorkbookReader.prototype (idempotent). */
export function deferWorksheetsUntilWorkbook(WorkbookReader: { prototype: object }): void {
  const proto = WorkbookReader.prototype;
  if (Object.getOwnPropertyDescriptor(proto, 'workbookRels')) return;
  Object.defineProperty(proto, 'workbookRels', {
    configurable: true,
    get(this: ReaderState) {
      return this.model ? this.__caseauditRels : undefined;
    },
    set(this: ReaderState, value: unknown) {
      this.__caseauditRels = value;
    },
  });
}
