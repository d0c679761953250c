/**
 * Language of messages and reports: zh (default) or en. No module state: the language is the one of the scope
 * the code runs in (util/scope.ts) — an API call's Context, a CLI command's --lang, a worker request's lang.
 */
import { currentScope, runInScope } from './util/scope.js';

export type Lang = 'zh' | 'en';

/** The language of the current scope; zh outside any. */
export function getLang(): Lang {
  return currentScope()?.lang ?? 'zh';
}

/** Run `fn` in a scope of its own with this language (other scope settings kept). */
export function withLang<T>(lang: Lang | undefined, fn: () => T): T {
  return runInScope({ ...currentScope(), lang: lang === 'en' ? 'en' : 'zh' }, fn);
}

/**
 * Change the language of the current scope only — for the CLI, which learns a command's --lang (or a run
 * config's language) after its scope was entered. Outside any scope it is an error: there is no global to set.
 */
export function switchLang(lang: Lang | undefined): void {
  const scope = currentScope();
  if (!scope) throw new Error('switchLang outside a scope (use withLang)');
  scope.lang = lang === 'en' ? 'en' : 'zh';
}

/** Pick the message for the current language: tr('文件不存在', 'file not found'). */
export function tr(zh: string, en: string, lang: Lang = getLang()): string {
  return lang === 'en' ? en : zh;
}

/** A bilingual text kept as data (rule messages, checklist titles). */
export interface LocalText {
  zh: string;
  en: string;
}

/** Pick from a LocalText, filling {placeholders} from params. */
export function local(text: LocalText, params: Record<string, string | number | undefined> = {}, lang: Lang = getLang()): string {
  const s = lang === 'en' ? text.en : text.zh;
  return s.replace(/\{(\w+)\}/g, (_, k: string) => (params[k] === undefined ? `{${k}}` : String(params[k])));
}
