/** Small helpers shared by the scheme rules. */
import type { LocalText } from '../../i18n.js';
import type { Officer, Scheme } from '../../model/types.js';
import { notChecked, type NotChecked } from '../../model/rule.js';
import type { SchemeContext } from '../types.js';

export { isNotChecked, notChecked } from '../../model/rule.js';

/** True when a list field holds no non-blank entry. */
export function blankList(list: string[] | undefined): boolean {
  return !list || list.every((s) => s.trim() === '');
}

/**
 * Not checked when the scheme lacks `field` and no scheme of the input has it: the export has no column for it, so
 * "not stated" cannot be told from "not exported" — never a rejection on that ground.
 */
export function notExported(scheme: Scheme, context: SchemeContext, field: keyof Scheme, what: LocalText): NotChecked | undefined {
  if (scheme[field] !== undefined || context.fieldsSeen.has(field)) return undefined;
  return notChecked(`输入数据不含${what.zh}（没有该列），无法判断`, `the input carries no ${what.en} at all (no such column)`);
}

/** Join names into one bilingual list: 甲；乙 / A; B (names may hold 、 themselves). */
export function joinLocal(parts: LocalText[]): LocalText {
  return { zh: parts.map((p) => p.zh).join('；'), en: parts.map((p) => p.en).join('; ') };
}

/** Officer names for messages (name, or #n when unnamed). */
export function officerNames(officers: Officer[]): string {
  return officers.map((o, i) => o.name?.trim() || `#${i + 1}`).join('、');
}
