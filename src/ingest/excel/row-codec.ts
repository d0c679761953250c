/**
 * Rows as JSON text between the Excel reader thread and the main thread (see rows-worker.ts).
 * A batch (RowsMessage) holds the JSON texts of events: `[rowNumber, [cell, …]]` for a row, `{"s": sheetName,
 * "d": date1904}` for a sheet's start, `0` for its end. A cell is null (empty), a string, number or boolean,
 * `{"d": ms}` for a date (null ms: an invalid date), `{"e": raw}` for an unreadable cell, `{"n": "NaN"}` for a
 * non-finite number.
 */
import { CellError, plainValue, type Plain } from './cells.js';

/** One row's cells in a JSON-safe form (see above); JSON.stringify it. */
export function encodeCells(values: unknown[]): unknown[] {
  const out = new Array<unknown>(values.length);
  for (let i = 0; i < values.length; i++) {
    const p = plainValue(values[i]);
    if (p === undefined) out[i] = null;
    else if (p instanceof Date) out[i] = { d: Number.isNaN(p.getTime()) ? null : p.getTime() };
    else if (p instanceof CellError) out[i] = { e: p.raw };
    else if (typeof p === 'number' && !Number.isFinite(p)) out[i] = { n: String(p) };
    else out[i] = p;
  }
  return out;
}

/** The cells of encodeCells, back as plain values (in place). */
export function decodeCells(cells: unknown[]): (Plain | CellError)[] {
  for (let i = 0; i < cells.length; i++) {
    const c = cells[i];
    if (c === null) cells[i] = undefined;
    else if (typeof c === 'object') {
      const o = c as { d?: number | null; e?: string; n?: string };
      cells[i] = 'd' in o ? new Date(o.d ?? Number.NaN) : 'e' in o ? new CellError(o.e!) : Number(o.n);
    }
  }
  return cells as (Plain | CellError)[];
}

