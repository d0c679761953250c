/** Small helpers shared by the scheme rules. */
import type { LocalText } from '../../i18n.js';
import type { Officer } from '../../model/types.js';
import type { NotChecked, RuleOutcome } from '../types.js';

/** True when a list field holds no non-blank entry. */
export function blankList(list: string[] | undefined): boolean {
  return !list || list.every((s) => s.trim() === '');
}

/** A "not checked" outcome with its reason. */
export function notChecked(zh: string, en: string): NotChecked {
  return { notChecked: { zh, en } };
}

/** True when an outcome says the rule could not be checked. */
export function isNotChecked(o: RuleOutcome): o is NotChecked {
  return !Array.isArray(o);
}

/** Join names into one bilingual list: 甲；乙 / A; B (names may hold 、 themselves). */
export function joinLocal(parts: LocalText[]): LocalText {
  return { zh: parts.map((p) => p.zh).join('；'), en: parts.map((p) => p.en).join('; ') };
}

/** Officer names for messages (name, or #n when unnamed). */
export function officerNames(officers: Officer[]): string {
  return officers.map((o, i) => o.name?.trim() || `#${i + 1}`).join('、');
}
