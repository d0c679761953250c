/**
 * The columns a person fills in, as every fill-in workbook caseaudit writes builds them (reviewer worksheets,
 * rectification feedback): a dropdown of fixed choices, a number within bounds, a date, each with Excel's
 * error message when something else is typed; and cells left unlocked on a protected sheet.
 */
import type ExcelJS from 'exceljs';

/** A dropdown of fixed choices (Excel's inline list "a,b,c"); blank allowed. */
export function choiceList(values: string[], title: string, error: string): ExcelJS.DataValidation {
  return { type: 'list', allowBlank: true, formulae: [`"${values.join(',')}"`], showErrorMessage: true, errorTitle: title, error };
}

/** A number between `min` and `max` (inclusive); blank allowed. */
export function numberBetween(min: number, max: number, error: string): ExcelJS.DataValidation {
  return { type: 'decimal', operator: 'between', allowBlank: true, formulae: [min, max], showErrorMessage: true, error };
}

/** A date after `after` (any real date of the work); blank allowed. */
export function dateAfter(after: Date, error: string): ExcelJS.DataValidation {
  return { type: 'date', operator: 'greaterThan', allowBlank: true, formulae: [after], showErrorMessage: true, error };
}

/** Leave these cells of a row editable when the sheet is protected. */
export function unlockCells(row: ExcelJS.Row, keys: string[]): void {
  for (const k of keys) row.getCell(k).protection = { locked: false };
}
