/** Types of the checklist stage: rule meta, rule outcome, the context a rule sees. */
import type { CaseFile, Scheme } from '../model/types.js';
import type { PlanEntry } from '../plan/types.js';
import type { LocalText } from '../i18n.js';
import type { WorkCalendar } from './calendar.js';
import type { LawCatalog } from './law-catalog.js';
import type { RulesConfig } from './rules-config.js';

export const CATEGORIES = ['subject', 'facts', 'evidence', 'legal', 'procedure', 'discretion', 'documents', 'archive'] as const;
export type Category = (typeof CATEGORIES)[number];

/** What a rule is: id, category, the article it enforces, its messages (zh/en, {placeholders}). */
export interface RuleMeta {
  id: string;
  category: Category;
  /** the article cited, e.g. 《中华人民共和国行政处罚法》第六十一条 */
  basis: string;
  description: LocalText;
  messages: Record<string, LocalText>;
}

/** One defect found by a rule: which message, its parameters, and the values that triggered it. */
export interface RuleHit {
  messageId: string;
  params?: Record<string, string | number>;
  evidence: Record<string, unknown>;
  /** the article this finding rests on, when more precise than meta.basis (e.g. the cited penalty article) */
  basis?: string;
}

/** Findings (empty = the file passes this rule), or why the data cannot support the rule. */
export type RuleOutcome = RuleHit[] | { notChecked: LocalText };

/** What a rule may consult besides the case file. */
export interface RuleContext {
  config: RulesConfig;
  calendar: WorkCalendar;
  catalog: LawCatalog;
  /** the annual inspection plan, when one was given (score --plan, run config `plan`) */
  plan?: readonly PlanEntry[];
  /** the inspection schemes among the inputs, by normalised scheme number (an inspection's schemeId finds its scheme) */
  schemes?: ReadonlyMap<string, Scheme>;
}

/** A rule: meta plus a pure check. */
export interface Rule {
  meta: RuleMeta;
  check(caseFile: CaseFile, context: RuleContext): RuleOutcome;
}
