/**
 * Worker thread: streams one workbook's rows (readWorkbookRows) to the main thread in batches, with flow control.
 * Each row is turned into JSON text at once (cells as plain values: dates and unreadable cells tagged), so a
 * batch waiting to be sent is one string, not thousands of objects for the garbage collector to copy, and the
 * main thread reads it with JSON.parse.
 */
import { parentPort } from 'node:worker_threads';
import { CaseAuditError } from '../../errors.js';
import { withLang, type Lang } from '../../i18n.js';
import { encodeCells } from './row-codec.js';
import { readWorkbookRows } from './rows.js';

export interface RowsRequest {
  file: string;
  lang: Lang;
  /** worksheet parts in the zip, and whether it has shared strings (see RowReadOptions) */
  worksheets?: number;
  sharedStrings?: boolean;
}

/** From the main thread: a batch was applied, or the sheet `index` is not wanted (no header row). */
export type RowsControl = { type: 'ack' } | { type: 'skip'; index: number };

/** A batch is the JSON texts of row events (row-codec.ts), one string each: cheaper to pass than objects or one joined string. */
export type RowsMessage =
  | { type: 'batch'; events: string[] }
  | { type: 'done'; rows: number }
  | { type: 'error'; error: { message: string; code: string; hint?: string; location?: CaseAuditError['location']; details?: string[]; input: boolean; errno?: { code: string; path?: string; syscall?: string } } };

/** Rows per message, and messages the main thread may have unread before the worker waits. */
const BATCH_ROWS = 200;
const MAX_IN_FLIGHT = 8;

parentPort?.once('message', (req: RowsRequest) =>
  withLang(req.lang, async () => {
    const port = parentPort!;
    let inFlight = 0;
    let wake: (() => void) | undefined;
    const skips = new Set<number>();
    port.on('message', (m: RowsControl) => {
      if (m.type === 'skip') return void skips.add(m.index);
      if (m.type !== 'ack') return;
      inFlight--;
      wake?.();
      wake = undefined;
    });
    let events: string[] = [];
    let rows = 0;
    const send = async (): Promise<void> => {
      if (!events.length) return;
      port.postMessage({ type: 'batch', events } satisfies RowsMessage);
      events = [];
      rows = 0;
      if (++inFlight >= MAX_IN_FLIGHT) await new Promise<void>((resolve) => (wake = resolve));
    };
    try {
      const read = await readWorkbookRows(req.file, {
        sheet: (name, date1904) => void events.push(JSON.stringify({ s: name, d: date1904 })),
        row: (n, v) => {
          events.push(JSON.stringify([n, encodeCells(v)]));
          if (++rows >= BATCH_ROWS) return send();
        },
        sheetEnd: () => void events.push('0'),
      }, { ...(req.worksheets !== undefined ? { worksheets: req.worksheets } : {}), ...(req.sharedStrings !== undefined ? { sharedStrings: req.sharedStrings } : {}), skipRequested: (i) => skips.has(i) });
      await send();
      port.postMessage({ type: 'done', rows: read.rows } satisfies RowsMessage);
    } catch (err) {
      const e = err as Error;
      const ca = err instanceof CaseAuditError ? err : undefined;
      const sys = err as NodeJS.ErrnoException;
      // a file-system error (e.g. ENOSPC in TMPDIR) keeps its code and path, so the CLI names it plainly (fs-errors.ts)
      const errno = !ca && typeof sys?.code === 'string' ? { code: sys.code, path: sys.path, syscall: sys.syscall } : undefined;
      port.postMessage({ type: 'error', error: { message: e.message, code: ca?.code ?? 'E_INTERNAL', hint: ca?.hint, location: ca?.location, details: ca?.details, input: Boolean(ca), ...(errno ? { errno } : {}) } } satisfies RowsMessage);
    }
    port.close();
  }),
);
