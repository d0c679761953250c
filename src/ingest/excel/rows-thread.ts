/**
 * Read a workbook's rows on a worker thread: unzip + XML + exceljs there, records and output here, so a large
 * import uses two cores and the shared-strings table lives in the worker's heap. Same rows, same errors.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { InputError } from '../../errors.js';
import { getLang } from '../../i18n.js';
import { SKIP_SHEET, type RowAnswer, type RowReadOptions, type RowSink } from './row-sink.js';
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

/**
 * Stream the rows of `file` from a worker thread into `sink` (in order, with flow control). A sheet the sink
 * answers SKIP_SHEET for is skipped in the worker too (it is at most a few batches ahead).
 */
export async function readRowsInWorker(file: string, sink: RowSink, script: string, opts: Pick<RowReadOptions, 'worksheets' | 'sharedStrings'> = {}): Promise<{ rows: number }> {
  const worker = new Worker(script);
  try {
    return await new Promise<{ rows: number }>((resolve, reject) => {
      let chain = Promise.resolve();
      let settled = false;
      let sheet = -1;
      let skipped = -1;
      const answered = (answer: RowAnswer) => {
        if (answer === SKIP_SHEET && skipped !== sheet) {
          skipped = sheet;
          worker.postMessage({ type: 'skip', index: sheet });
        }
      };
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
                if (Array.isArray(e)) {
                  if (skipped === sheet) continue; // rows sent before the worker heard of the skip
                  let answer = sink.row(e[0], decodeCells(e[1]));
                  if (answer) answer = await answer;
                  answered(answer);
                  continue;
                }
                if (e !== 0) sheet++;
                const pending = e === 0 ? sink.sheetEnd() : sink.sheet(e.s, e.d);
                if (pending) await pending;
              }
              worker.postMessage({ type: 'ack' });
            } else if (m.type === 'done') {
              settled = true;
              resolve({ rows: m.rows });
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
      worker.postMessage({ file, lang: getLang(), ...(opts.worksheets !== undefined ? { worksheets: opts.worksheets } : {}), ...(opts.sharedStrings !== undefined ? { sharedStrings: opts.sharedStrings } : {}) } satisfies RowsRequest);
    });
  } finally {
    await worker.terminate();
  }
}
