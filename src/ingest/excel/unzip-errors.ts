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
    const push = zip.push.bind(zip);
    zip.push = (chunk: unknown) => {
      if (chunk && typeof chunk === 'object' && 'path' in chunk) current = chunk as Entry;
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
