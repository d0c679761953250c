/** exceljs on first use: a command that writes no workbook does not load it (≈0.5 s and tens of MB at start-up). */
import type ExcelJS from 'exceljs';

export async function loadExcelJS(): Promise<typeof ExcelJS> {
  return (await import('exceljs')).default;
}
