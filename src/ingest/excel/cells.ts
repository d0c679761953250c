/** exceljs cell values → plain values (text, number, boolean, Date), and the text shown for header detection. */

export type Plain = string | number | boolean | Date | undefined;

/**
 * Most characters in one cell: Excel's own limit ("Excel specifications and limits": total number of characters
 * that a cell can contain, 32,767; the same in .xls and for a CSV opened in Excel). A longer cell was not made by
 * Excel or WPS and cannot be shown by them: the row it is read into is rejected with the cell's address, the
 * import goes on (src/ingest/excel/record.ts). A text run far past it stops the read (zip-budget.ts, textLimit).
 */
export const MAX_CELL_CHARS = 32_767;

/** A cell with no readable value (#N/A, a formula without a cached result); `raw` is what it showed. */
export class CellError {
  constructor(readonly raw: string) {}
}

/** A cell as a plain value, or a CellError. Allocates nothing for the common cases (millions of cells). */
export function plainValue(v: unknown): Plain | CellError {
  if (v === null || v === undefined) return undefined;
  if (v instanceof CellError) return v;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || v instanceof Date) return v;
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if (Array.isArray(o.richText)) return (o.richText as { text?: string }[]).map((r) => r.text ?? '').join('');
    if ('error' in o) return new CellError(String(o.error));
    if ('formula' in o || 'sharedFormula' in o) {
      if (o.result === undefined || o.result === null) return new CellError(`=${String(o.formula ?? o.sharedFormula)}`);
      return plainValue(o.result);
    }
    if ('text' in o) return plainValue(o.text);
  }
  return new CellError(String(v));
}

/** The text of a cell for header matching and messages. */
export function cellText(v: Plain | CellError): string {
  if (v === undefined) return '';
  if (v instanceof CellError) return v.raw;
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? '' : v.toISOString().slice(0, 10);
  return typeof v === 'string' ? v.trim() : String(v);
}
