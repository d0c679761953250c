/**
 * Read a workbook's rows on a worker thread: unzip + XML + exceljs there, records and output here, so a large
 * import uses two cores and the shared-strings table lives in the worker's heap. Same rows, same errors.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { InputError } from '../../errors.js';
import { getLang } from '../../i18n.js';
import type { RowSink } from './rows.js';
import { decodeCells } from './row-codec.js';
import type { RowsMessage, RowsRequest } from './rows-worker.js';

/** Workbooks at least this large (bytes) are read on a worker thread; smaller ones are not worth its start-up. */
export const WORKER_MIN_BYTES = 2 * 1024 * 1024;

/** The compiled worker script; under tests running on sources, the built copy in dist/ (undefined when none). */
export function rowsWorkerScript(): string | undefined {
  const here = fileURLToPath(new URL('./rows-worker.js', import.meta.url));
  if (existsSync(here)) return here;
  const built = here.replace(/([\\/])src([\\/])ingest([\\/])excel([\\/])/, '$1dist$2ingest$3excel$4');
  return existsSync(built) ? built : undefined;
}

/** Stream the rows of `file` from a worker thread into `sink` (in order, with flow control). */
export async function readRowsInWorker(file: string, sink: RowSink, script: string): Promise<void> {
  const worker = new Worker(script);
  try {
    await new Promise<void>((resolve, reject) => {
      let chain = Promise.resolve();
      let settled = false;
      const fail = (err: Error) => {
        if (settled) return;
        settled = true;
        reject(err);
      };
      worker.on('message', (m: RowsMessage) => {
        // events are applied strictly in order: each batch waits for the previous one
        chain = chain
          .then(async () => {
            if (settled) return;
            if (m.type === 'batch') {
              for (const text of m.events) {
                const e = JSON.parse(text) as 0 | [number, unknown[]] | { s: string; d: boolean };
                const pending = Array.isArray(e) ? sink.row(e[0], decodeCells(e[1])) : e === 0 ? sink.sheetEnd() : sink.sheet(e.s, e.d);
                if (pending) await pending;
              }
              worker.postMessage({ type: 'ack' });
            } else if (m.type === 'done') {
              settled = true;
              resolve();
            } else {
              const { message, code, hint, location, details, input, errno } = m.error;
              fail(input ? new InputError(message, { code, hint, location, details }) : Object.assign(new Error(`${file}: ${message}`), errno ?? {}));
            }
          })
          .catch((err: unknown) => fail(err instanceof Error ? err : new Error(String(err))));
      });
      worker.on('error', (err) => fail(err));
      // after the messages already received (the worker exits right after 'done'): only a stop before 'done' fails
      worker.on('exit', (code) => {
        chain = chain.then(() => fail(new Error(`${file}: the Excel reader thread stopped before the end (exit code ${code})`)));
      });
      worker.postMessage({ file, lang: getLang() } satisfies RowsRequest);
    });
  } finally {
    await worker.terminate();
  }
}
