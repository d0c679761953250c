/**
 * Make a corrupt zip entry fail the read instead of hanging it.
 *
 * Why: unzipper (used by exceljs's streaming reader) reports an inflate error (a damaged deflate stream) on
 * the Parse stream, but exceljs is then waiting on the *entry* stream, which never ends: the read hangs
 * forever in-process, and the CLI process exits with code 13 and no message. Found by the xlsx fuzz test
 * (one byte flipped inside docProps). The fix ends the entry being read when Parse fails, so the error surfaces.
 */
import path from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

interface ParseStream extends NodeJS.EventEmitter {
  push(chunk: unknown): boolean;
}
interface Entry extends NodeJS.EventEmitter {
  path?: string;
  writableEnded?: boolean;
  end(): void;
}

let installed = false;

/** Wrap unzipper.Parse as exceljs requires it, so errors reach the current entry. Idempotent. */
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
    return zip;
  };
}
