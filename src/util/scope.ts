/**
 * The scope of one piece of work (an API call, one CLI command, one worker request): its language and where
 * `-o -` output goes. Held in an AsyncLocalStorage, so two API calls running at once each see their own;
 * nothing about a run is kept in a module variable. src/api enters a scope from its Context.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import type { Lang } from '../i18n.js';

export interface RunScope {
  lang: Lang;
  /** the sink for output `-` (the CLI gives process.stdout); none: `-` cannot be written */
  stdout?: NodeJS.WritableStream;
  /** the Context's date when it is fixed (SOURCE_DATE_EPOCH or the caller's): archive timestamps use it */
  fixedDate?: Date;
}

const scopes = new AsyncLocalStorage<RunScope>();

/** The scope the current code runs in, if any. */
export function currentScope(): RunScope | undefined {
  return scopes.getStore();
}

/** Run `fn` (and everything it awaits or starts) inside `scope`. */
export function runInScope<T>(scope: RunScope, fn: () => T): T {
  return scopes.run(scope, fn);
}
