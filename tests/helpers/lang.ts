/**
 * English messages for a test: the language is the scope's (src/util/scope.ts), never a global to set in a
 * hook, so the test body runs inside withLang('en', …).
 */
import { it } from 'vitest';
import { withLang } from '../../src/i18n.js';

type Body = () => unknown;

/** `it` whose body runs in an English scope. */
export function itEn(name: string, fn: Body, timeout?: number): void {
  it(name, () => withLang('en', fn) as Promise<void> | void, timeout);
}

/** Run `fn` in an English scope (for values computed while a describe block is collected). */
export function inEnglish<T>(fn: () => T): T {
  return withLang('en', fn);
}
