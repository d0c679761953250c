/**
 * The Context of an API call: its language, its clock (the report date, SOURCE_DATE_EPOCH parsed once), where
 * progress goes, where output `-` goes, and the cache folders. Every src/api function takes one (or makes a
 * default) and runs its work inside a scope holding it (util/scope.ts), so tr() deep in a stage speaks the
 * call's language and two calls at once never see each other's.
 */
import { tr, type Lang } from '../i18n.js';
import { runInScope } from '../util/scope.js';
import { sourceDateEpoch } from '../util/time.js';
import { UsageError } from '../errors.js';

export interface Context {
  readonly lang: Lang;
  /** the date outputs carry (report 日期, notices, generatedAt) */
  readonly date: Date;
  /** the date is fixed (SOURCE_DATE_EPOCH or given by the caller), not read from the clock: outputs are reproducible */
  readonly dateFixed: boolean;
  /** progress lines and warnings of long work (the CLI prints them on stderr); default: dropped */
  readonly progress: (message: string) => void;
  /** the sink for output `-` (the CLI gives process.stdout); without one, `-` is a usage error */
  readonly stdout?: NodeJS.WritableStream;
  /** cache folders: OCR results (--ocr-cache) */
  readonly cache: { ocr?: string };
}

export interface ContextOptions {
  lang?: Lang;
  /** a fixed date; default SOURCE_DATE_EPOCH from `env`, else now */
  date?: Date;
  /** where SOURCE_DATE_EPOCH is read (default process.env) */
  env?: NodeJS.ProcessEnv;
  progress?: (message: string) => void;
  stdout?: NodeJS.WritableStream;
  cache?: { ocr?: string };
}

/** Make a Context; SOURCE_DATE_EPOCH is parsed here, once (a malformed value is a UsageError). */
export function createContext(o: ContextOptions = {}): Context {
  const fixed = o.date ?? sourceDateEpoch(o.env ?? process.env);
  return {
    lang: o.lang === 'en' ? 'en' : 'zh',
    date: fixed ?? new Date(Math.floor(Date.now() / 1000) * 1000),
    dateFixed: Boolean(fixed),
    progress: o.progress ?? (() => {}),
    ...(o.stdout ? { stdout: o.stdout } : {}),
    cache: { ...o.cache },
  };
}

/** What every API options object may carry. */
export interface WithContext {
  /** language, clock, progress sink, stdout sink, caches; default createContext() */
  context?: Context;
}

/**
 * Run one API call inside its Context's scope. `outputs` are the output paths the call was given: `-` among
 * them without a stdout sink is refused before any work.
 */
export function inContext<T>(o: WithContext, fn: (ctx: Context) => Promise<T>, outputs: (string | undefined)[] = []): Promise<T> {
  const ctx = o.context ?? createContext();
  return runInScope({ lang: ctx.lang, ...(ctx.stdout ? { stdout: ctx.stdout } : {}), ...(ctx.dateFixed ? { fixedDate: ctx.date } : {}) }, async () => {
    if (!ctx.stdout && outputs.includes('-')) {
      throw new UsageError(tr('输出“-”（标准输出）需要调用方给出输出流（Context.stdout）', 'output "-" (stdout) needs a sink from the caller (Context.stdout)'));
    }
    return fn(ctx);
  });
}
