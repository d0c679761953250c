/**
 * The one rule shape of checklist rules (case files) and scheme rules (inspection schemes), after ESLint: a rule is
 * `meta` (data: id, basis, description, messages keyed by id) plus a pure `check(subject, context)` whose outcome is
 * pass (no findings), fail (findings naming a message) or not checked (with the reason, never a silent pass).
 */
import { local, type Lang, type LocalText } from '../i18n.js';

/** The rule could not be checked: the honest answer when its input is absent or unreadable. */
export interface NotChecked {
  notChecked: LocalText;
}

/** One problem a rule found: which message, its {placeholder} values, and a more precise basis when there is one. */
export interface RuleHitBase {
  messageId: string;
  /** values for the message's {placeholders}; a LocalText is rendered in the chosen language */
  params?: Record<string, string | number | LocalText>;
  /** the article or standard this finding rests on, when more precise than meta.basis */
  basis?: string;
}

/** What a check returns: [] = pass, findings = fail, or not checked with its reason. */
export type RuleOutcomeOf<H extends RuleHitBase> = H[] | NotChecked;

/** The three verdicts of a rule on one subject. */
export type RuleVerdict = 'pass' | 'fail' | 'not-checked';

/** What every rule's meta carries. */
export interface RuleMetaBase {
  id: string;
  /** the article or guideline the rule enforces, cited in findings */
  basis: string;
  /** what the rule checks, one line */
  description: LocalText;
  /** message templates keyed by messageId, with {placeholders} */
  messages: Record<string, LocalText>;
}

/** A rule: meta as data plus a pure check of one subject (a case file, a scheme) in a context. */
export interface RuleOf<S, C, M extends RuleMetaBase = RuleMetaBase, H extends RuleHitBase = RuleHitBase> {
  meta: M;
  check(subject: S, context: C): RuleOutcomeOf<H>;
}

/** A "not checked" outcome with a bilingual reason. */
export function notChecked(zh: string, en: string): NotChecked {
  return { notChecked: { zh, en } };
}

/** True when an outcome says the rule could not be checked. */
export function isNotChecked<H extends RuleHitBase>(o: RuleOutcomeOf<H>): o is NotChecked {
  return !Array.isArray(o);
}

/** pass / fail / not checked, from an outcome. */
export function verdictOf<H extends RuleHitBase>(o: RuleOutcomeOf<H>): RuleVerdict {
  return isNotChecked(o) ? 'not-checked' : o.length ? 'fail' : 'pass';
}

/** The text of a finding: its message template with the {placeholders} filled (a LocalText value in the same language). */
export function hitMessage(meta: RuleMetaBase, hit: RuleHitBase, lang?: Lang): string {
  const template = meta.messages[hit.messageId];
  // the RuleTester checks every reported message exists; an unknown one is a bug in the rule
  if (!template) throw new Error(`rule ${meta.id} reported an unknown messageId ${hit.messageId}`);
  const params = Object.fromEntries(Object.entries(hit.params ?? {}).map(([k, v]) => [k, typeof v === 'object' && v ? local(v, {}, lang) : v]));
  return local(template, params, lang);
}
