/**
 * exceljs, loaded with one module replaced: `lib/utils/parse-sax.js`.
 *
 * Why: exceljs 4.4.0's streaming reader decodes every inflated zip chunk on its own
 * (`TextDecoder.decode(chunk)` without `{stream: true}`), so a multi-byte UTF-8 character split across a
 * chunk boundary becomes U+FFFD — silently (exceljs issues #2063, #2084, #2316; fix PR #1665 never merged).
 * The replacement is the same function with a stateful `StringDecoder`, which carries an incomplete
 * character over to the next chunk. It also counts the XML bytes decoded against a per-read budget
 * (zip-bomb guard, see `withXmlBudget`). It is installed into the CommonJS module cache before exceljs is
 * first required (or, if exceljs was already loaded, into a fresh copy of its lib/ modules), so every exceljs
 * module that requires parse-sax gets it; nothing in node_modules is edited.
 * Tested by tests/ingest/excel/utf8-boundary.test.ts.
 */
import path from 'node:path';
import { createRequire } from 'node:module';
import Module from 'node:module';
import { AsyncLocalStorage } from 'node:async_hooks';
import { StringDecoder } from 'node:string_decoder';
import type ExcelJSNs from 'exceljs';
import { installUnzipErrorForwarding } from './unzip-errors.js';
import { deferWorksheetsUntilWorkbook } from './workbook-order.js';

const require = createRequire(import.meta.url);

/** The remaining XML budget of the current read, in bytes. */
interface Budget {
  remaining: number;
  onExceeded: () => Error;
}
const budgetStore = new AsyncLocalStorage<Budget>();

/** Run `fn` with at most `bytes` of inflated XML parsed inside it; past that, parsing throws `onExceeded()`. */
export function withXmlBudget<T>(bytes: number, onExceeded: () => Error, fn: () => Promise<T>): Promise<T> {
  return budgetStore.run({ remaining: bytes, onExceeded }, fn);
}

type Events = { eventType: string; value: unknown }[];

const LIB_DIR = path.join(path.dirname(require.resolve('exceljs/package.json')), 'lib') + path.sep;

function installPatchedParseSax(): string {
  const saxPath = path.join(LIB_DIR, 'utils', 'parse-sax.js');
  const exceljsRequire = createRequire(saxPath);
  const { SaxesParser } = exceljsRequire('saxes') as { SaxesParser: new () => SaxParser };
  const { PassThrough } = exceljsRequire('readable-stream') as { PassThrough: new () => NodeJS.ReadWriteStream };

  async function* parseSax(iterable: AsyncIterable<Buffer | string> & { pipe?: unknown }): AsyncGenerator<Events> {
    let source = iterable;
    if (typeof iterable.pipe === 'function' && !(Symbol.asyncIterator in iterable)) {
      source = (iterable as unknown as NodeJS.ReadableStream).pipe(new PassThrough()) as unknown as typeof iterable;
    }
    const parser = new SaxesParser();
    let error: Error | undefined;
    parser.on('error', (err: Error) => {
      error = err;
    });
    let events: Events = [];
    parser.on('opentag', (value: unknown) => events.push({ eventType: 'opentag', value }));
    parser.on('text', (value: unknown) => events.push({ eventType: 'text', value }));
    parser.on('closetag', (value: unknown) => events.push({ eventType: 'closetag', value }));
    const decoder = new StringDecoder('utf8');
    const budget = budgetStore.getStore();
    for await (const chunk of source) {
      if (budget) {
        budget.remaining -= chunk.length;
        if (budget.remaining < 0) throw budget.onExceeded();
      }
      parser.write(typeof chunk === 'string' ? chunk : decoder.write(chunk));
      if (error) throw error;
      yield events;
      events = [];
    }
    const tail = decoder.end();
    if (tail) {
      parser.write(tail);
      if (error) throw error;
      yield events;
    }
  }

  // exceljs executed earlier (e.g. by a report writer) captured the original parser: drop its finished lib/
  // modules so the require below builds a fresh instance that uses ours (the earlier instance keeps working).
  // Entries still being loaded (an ESM import in progress) are left alone.
  const cached = require.cache[saxPath];
  if (cached && cached.exports !== parseSax) {
    for (const key of Object.keys(require.cache)) if (key.startsWith(LIB_DIR) && require.cache[key]?.loaded) delete require.cache[key];
  }
  const mod = new Module(saxPath);
  mod.filename = saxPath;
  mod.loaded = true;
  mod.exports = parseSax;
  require.cache[saxPath] = mod;
  return saxPath;
}

interface SaxParser {
  on(event: string, fn: (value: never) => void): void;
  write(text: string): void;
}

/** Path of the replaced module (for tests). */
export const PATCHED_MODULE = installPatchedParseSax();

installUnzipErrorForwarding();

/** The exceljs namespace with the patched parser. */
export const ExcelJS = require(path.join(LIB_DIR, 'exceljs.nodejs.js')) as typeof ExcelJSNs;
deferWorksheetsUntilWorkbook(ExcelJS.stream.xlsx.WorkbookReader as unknown as { prototype: object });
