/**
 * Two fixes to unzipper.Parse as exceljs's streaming reader uses it.
 *
 * 1. Make a corrupt zip entry fail the read instead of hanging it.
 *
 * Why: unzipper (used by exceljs's streaming reader) reports an inflate error (a damaged deflate stream) on
 * the Parse stream, but exceljs is then waiting on the *entry* stream, which never ends: the read hangs
 * forever in-process, and the CLI process exits with code 13 and no message. Found by the xlsx fuzz test
 * (one byte flipped inside docProps). The fix ends the entry being read when Parse fails, so the error surfaces.
 *
 * 2. Do not lose the entries still queued when the zip has been read to its end.
 *
 * Why: unzipper's Parse emits 'end' itself as soon as its *writable* side finishes (the whole file has been
 * fed in and parsed), while entries it has pushed may still wait in its *readable* buffer because exceljs
 * paused the stream to work on an earlier entry (e.g. copying a worksheet to a temp file when the shared
 * strings come later, as in every workbook exceljs itself writes). exceljs's iterator takes that 'end' as
 * "no more entries" and stops: the shared strings and workbook parts are never read, every string cell
 * reads empty and the sheets lose their names — a timing race seen about once in 300 reads on a busy
 * machine (CI failed on it). The fix drops that early 'end'; the stream's own 'end', emitted by Node after
 * the last queued entry has been delivered, goes through. Tested by tests/ingest/excel/zip-end-race.test.ts.
 */
import path from 'node:path';
import { createRequire } from 'node:module';
import { budgetStore, type ZipBudget } from './zip-budget.js';

const require = createRequire(import.meta.url);

interface ParseStream extends NodeJS.EventEmitter {
  push(chunk: unknown): boolean;
  _readableState: { endEmitted: boolean };
}
interface Entry extends NodeJS.EventEmitter {
  path?: string;
  writableEnded?: boolean;
  end(): void;
}

interface CountedEntry extends Entry {
  _transform(chunk: Buffer, enc: string, cb: (err?: Error | null, data?: Buffer) => void): void;
}

/**
 * 3. Count the bytes an entry really inflates to (zip-budget.ts). Past the per-part or total limit the
 * inflater is stopped, further bytes are dropped, and the error goes to the Parse stream like any corrupt
 * entry (fix 1), so the read ends at once — whatever the zip headers claimed.
 */
function countInflated(zip: ParseStream, entry: CountedEntry, budget: ZipBudget): void {
  let part = 0;
  let drop = false;
  // 4. a sheet whose rest is not wanted (no header row, rows.ts): its bytes are still counted, then dropped.
  // Found by its path among the entries still inflating (unzipper may already have pushed the next entry).
  const active = { path: entry.path ?? '', drop: () => void (drop = true) };
  budget.inflating.push(active);
  entry.on('finish', () => budget.inflating.splice(budget.inflating.indexOf(active) >>> 0, 1));
  let source: NodeJS.ReadableStream & { destroy?: () => void } | undefined;
  entry.on('pipe', (src: typeof source) => (source = src));
  entry.on('error', () => undefined); // a write after the stop must not become an uncaught exception
  const transform = entry._transform.bind(entry);
  entry._transform = (chunk, enc, cb) => {
    if (budget.exceeded) return cb();
    part += chunk.length;
    budget.inflated += chunk.length;
    const whole = budget.inflated > budget.totalLimit;
    if (part > budget.partLimit || whole) {
      budget.exceeded = budget.partError(entry.path ?? '?', whole ? budget.totalLimit : budget.partLimit, whole);
      source?.destroy?.();
      zip.emit('error', budget.exceeded);
      return cb();
    }
    if (drop) return cb();
    transform(chunk, enc, cb);
  };
}

let installed = false;

/** Wrap unzipper.Parse as exceljs requires it: errors reach the current entry; no early 'end'. Idempotent. */
export function installUnzipErrorForwarding(): void {
  if (installed) return;
  installed = true;
  const exceljsRequire = createRequire(path.join(path.dirname(require.resolve('exceljs/package.json')), 'lib', 'stream', 'xlsx', 'workbook-reader.js'));
  const unzipper = exceljsRequire('unzipper') as { Parse: (opts?: unknown) => ParseStream };
  const original = unzipper.Parse;
  unzipper.Parse = function patchedParse(opts?: unknown): ParseStream {
    const zip = original(opts);
    let current: Entry | undefined;
    const budget = budgetStore.getStore(); // the read this zip belongs to (zip-budget.ts)
    const push = zip.push.bind(zip);
    zip.push = (chunk: unknown) => {
      if (chunk && typeof chunk === 'object' && 'path' in chunk) {
        current = chunk as Entry;
        if (budget) countInflated(zip, current as CountedEntry, budget);
      }
      return push(chunk);
    };
    zip.on('error', () => {
      // End the entry being read: its consumer finishes, and exceljs's zip iterator, which recorded this
      // error, throws it at its next step. (Emitting the error on the entry instead reaches pipes with no
      // error listener and becomes an uncaught exception.)
      if (current && !current.writableEnded) current.end();
    });
    const emit = zip.emit.bind(zip);
    zip.emit = (event: string | symbol, ...args: unknown[]): boolean => {
      // Node sets endEmitted just before it emits the readable side's real 'end'; any other 'end' is unzipper's early one.
      if (event === 'end' && !zip._readableState.endEmitted) return false;
      return emit(event, ...args);
    };
    return zip;
  };
}
