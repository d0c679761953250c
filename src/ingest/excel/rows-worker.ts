/** Worker thread: streams one workbook's rows (readWorkbookRows) to the main thread in batches, with flow control. */
import { parentPort } from 'node:worker_threads';
import { CaseAuditError } from '../../errors.js';
import { setLang, type Lang } from '../../i18n.js';
import { readWorkbookRows } from './rows.js';

export interface RowsRequest {
  file: string;
  lang: Lang;
}

/** One event of the row stream. */
export type RowEvent = { t: 'sheet'; name: string; date1904: boolean } | { t: 'row'; n: number; v: unknown[] } | { t: 'end' };

export type RowsMessage =
  | { type: 'batch'; events: RowEvent[] }
  | { type: 'done' }
  | { type: 'error'; error: { message: string; code: string; hint?: string; location?: CaseAuditError['location']; details?: string[]; input: boolean } };

/** Rows per message, and messages the main thread may have unread before the worker waits. */
const BATCH_ROWS = 200;
const MAX_IN_FLIGHT = 8;

parentPort?.once('message', async (req: RowsRequest) => {
  setLang(req.lang);
  const port = parentPort!;
  let inFlight = 0;
  let wake: (() => void) | undefined;
  port.on('message', (m: { type: 'ack' }) => {
    if (m.type !== 'ack') return;
    inFlight--;
    wake?.();
    wake = undefined;
  });
  let events: RowEvent[] = [];
  const send = async (): Promise<void> => {
    if (!events.length) return;
    port.postMessage({ type: 'batch', events } satisfies RowsMessage);
    events = [];
    if (++inFlight >= MAX_IN_FLIGHT) await new Promise<void>((resolve) => (wake = resolve));
  };
  try {
    await readWorkbookRows(req.file, {
      sheet: (name, date1904) => void events.push({ t: 'sheet', name, date1904 }),
      row: (n, v) => {
        events.push({ t: 'row', n, v });
        if (events.length >= BATCH_ROWS) return send();
      },
      sheetEnd: () => void events.push({ t: 'end' }),
    });
    await send();
    port.postMessage({ type: 'done' } satisfies RowsMessage);
  } catch (err) {
    const e = err as Error;
    const ca = err instanceof CaseAuditError ? err : undefined;
    port.postMessage({ type: 'error', error: { message: e.message, code: ca?.code ?? 'E_INTERNAL', hint: ca?.hint, location: ca?.location, details: ca?.details, input: Boolean(ca) } } satisfies RowsMessage);
  }
  port.close();
});
