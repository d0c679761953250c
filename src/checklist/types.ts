/** Types of the checklist stage: rule meta, rule outcome, the context a rule sees. */
import type { CaseFile, Scheme } from '../model/types.js';
import type { PlanEntry } from '../plan/types.js';
import type { WorkCalendar } from './calendar.js';
import type { LawCatalog } from './law-catalog.js';
import type { RulesConfig } from './rules-config.js';
import type { NotChecked, RuleHitBase, RuleMetaBase, RuleOf, RuleOutcomeOf } from '../model/rule.js';

import type { Category } from '../model/finding.js';

export { CATEGORIES, type Category } from '../model/finding.js';

/** What a rule is: id, category, the article it enforces (e.g. 《中华人民共和国行政处罚法》第六十一条), its messages. */
export interface RuleMeta extends RuleMetaBase {
  category: Category;
}

/** One defect found by a rule: which message, its parameters, and the values that triggered it. */
export interface RuleHit extends RuleHitBase {
  params?: Record<string, string | number>;
  evidence: Record<string, unknown>;
}

/** Findings (empty = the file passes this rule), or why the data cannot support the rule. */
export type RuleOutcome = RuleOutcomeOf<RuleHit>;
export type { NotChecked };

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

/** A checklist rule: meta plus a pure check of a case file (the shape scheme rules share, model/rule.ts). */
export type Rule = RuleOf<CaseFile, RuleContext, RuleMeta, RuleHit>;
