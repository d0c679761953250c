/** Language of messages and reports: zh (default) or en. Set once by the CLI (or a run* call). */
export type Lang = 'zh' | 'en';

let current: Lang = 'zh';

export function setLang(lang: Lang | undefined): void {
  current = lang === 'en' ? 'en' : 'zh';
}

export function getLang(): Lang {
  return current;
}

/** Pick the message for the current language: tr('文件不存在', 'file not found'). */
export function tr(zh: string, en: string, lang: Lang = current): string {
  return lang === 'en' ? en : zh;
}

/** A bilingual text kept as data (rule messages, checklist titles). */
export interface LocalText {
  zh: string;
  en: string;
}

/** Pick from a LocalText, filling {placeholders} from params. */
export function local(text: LocalText, params: Record<string, string | number | undefined> = {}, lang: Lang = current): string {
  const s = lang === 'en' ? text.en : text.zh;
  return s.replace(/\{(\w+)\}/g, (_, k: string) => (params[k] === undefined ? `{${k}}` : String(params[k])));
}
