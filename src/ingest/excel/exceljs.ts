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
import { StringDecoder } from 'node:string_decoder';
import type ExcelJSNs from 'exceljs';
import { installUnzipErrorForwarding } from './unzip-errors.js';
import { budgetStore, partLimit, textLimit, type ZipBudget } from './zip-budget.js';
import { SheetEventFixer } from './sheet-events.js';
import { deferWorksheetsUntilWorkbook } from './workbook-order.js';

const require = createRequire(import.meta.url);

/**
 * Run `fn` with at most `bytes` of inflated XML parsed inside it, and at most `bytes` inflated in all and
 * `perPart` per zip part (zip-budget.ts); past that, the read throws `onExceeded()` (or the part error).
 */
export function withXmlBudget<T>(
  bytes: number,
  onExceeded: () => Error,
  fn: (budget: ZipBudget) => Promise<T>,
  perPart = partLimit(),
  partError: ZipBudget['partError'] = onExceeded,
  textTooLong: ZipBudget['textTooLong'] = onExceeded,
): Promise<T> {
  const budget: ZipBudget = { remaining: bytes, onExceeded, partLimit: perPart, totalLimit: bytes, inflated: 0, temps: new Set(), inflating: [], partError, textTooLong, textLimit: textLimit() };
  return budgetStore.run(budget, () => fn(budget));
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
    const budget = budgetStore.getStore();
    // in our own reads, missing cell/row references are filled in and bad shared-string references flagged (sheet-events.ts)
    const fixer = budget ? new SheetEventFixer(() => budget.sharedStrings ?? 0, (n) => (budget.sharedStrings = n)) : undefined;
    type TagValue = Parameters<SheetEventFixer['open']>[0];
    parser.on('opentag', (value: unknown) => (fixer ? fixer.open(value as TagValue, events) : events.push({ eventType: 'opentag', value })));
    parser.on('text', (value: unknown) => (fixer ? fixer.text(value as string, events) : events.push({ eventType: 'text', value })));
    parser.on('closetag', (value: unknown) => (fixer ? fixer.close(value as TagValue, events) : events.push({ eventType: 'closetag', value })));
    const decoder = new StringDecoder('utf8');
    let textRun = 0;
    for await (const chunk of source) {
      if (budget) {
        if (budget.exceeded) throw budget.exceeded;
        budget.remaining -= chunk.length;
        if (budget.remaining < 0) throw (budget.exceeded = budget.onExceeded());
      }
      const text = typeof chunk === 'string' ? chunk : decoder.write(chunk);
      if (budget && fixer) {
        // one text node growing past the cap: stop before the XML parser builds a string V8 cannot hold
        const lt = text.lastIndexOf('<');
        textRun = lt < 0 ? textRun + text.length : text.length - lt - 1;
        if (textRun > budget.textLimit) throw (budget.exceeded = budget.textTooLong(fixer.where(), budget.textLimit));
      }
      parser.write(text);
      if (error) throw error;
      const next = fixer ? fixer.carry(events) : [];
      yield events;
      events = next;
    }
    const tail = decoder.end();
    if (tail) parser.write(tail);
    if (error) throw error;
    if (events.length) yield events;
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
recordExceljsTempFiles();

/**
 * exceljs copies worksheets that come before the shared strings into temp files (the `tmp` package) and removes
 * them only when it finishes them, or at process exit — which never comes for a worker thread. Each file made
 * during a budgeted read is recorded, so the read removes it on every path (rows.ts).
 */
function recordExceljsTempFiles(): void {
  const tmpMod = createRequire(path.join(LIB_DIR, 'stream', 'xlsx', 'workbook-reader.js'))('tmp') as { file: (...args: unknown[]) => unknown };
  const original = tmpMod.file;
  tmpMod.file = function recordedFile(this: unknown, ...args: unknown[]) {
    const budget = budgetStore.getStore();
    const cb = args[args.length - 1];
    if (budget && typeof cb === 'function') {
      args[args.length - 1] = (err: unknown, file: string, ...rest: unknown[]) => {
        if (!err && file) budget.temps.add(file);
        return (cb as (...a: unknown[]) => unknown)(err, file, ...rest);
      };
    }
    return original.apply(this, args);
  };
}

/** The exceljs namespace with the patched parser. */
export const ExcelJS = require(path.join(LIB_DIR, 'exceljs.nodejs.js')) as typeof ExcelJSNs;
deferWorksheetsUntilWorkbook(ExcelJS.stream.xlsx.WorkbookReader as unknown as { prototype: object });
