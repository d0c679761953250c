/** Types of the inspection-scheme review: rule shape, rule outcomes and the published result contract. */
import type { LocalText } from '../i18n.js';
import type { Scheme } from '../model/types.js';
import type { NotChecked, RuleHitBase, RuleMetaBase, RuleOf, RuleOutcomeOf } from '../model/rule.js';
import type { KeyItemsCatalog } from './key-items.js';

export type Severity = 'reject' | 'warn';
/** A configured severity: 'off' disables the rule. */
export type RuleSetting = Severity | 'off';

/** What a rule knows besides the scheme: the key-items catalog and which optional fields the input carries. */
export interface SchemeContext {
  keyItems: KeyItemsCatalog;
  /** scheme fields present in at least one scheme of the input (a column the export carries); `officers.certNo` when any officer has a number */
  fieldsSeen: ReadonlySet<string>;
}

/** One problem a rule found: which message and its parameters, a more precise basis and fix when there are. */
export interface Hit extends RuleHitBase {
  /** a more precise fix than the rule's */
  fix?: LocalText;
}

export type { NotChecked };
export type RuleOutcome = RuleOutcomeOf<Hit>;

/** A scheme rule's meta: the shared rule meta plus its default severity and what the unit must fix. */
export interface SchemeRuleMeta extends RuleMetaBase {
  /** severity when the config does not say otherwise */
  severity: Severity;
  /** what the unit must add or fix, for the rejection notice */
  fix: LocalText;
}

/** A scheme rule: meta as data plus a pure check (the shape checklist rules share, model/rule.ts). */
export type SchemeRule = RuleOf<Scheme, SchemeContext, SchemeRuleMeta, Hit>;

/** One reason in the result: contract {ruleId, severity, message, basis} plus what to add. */
export interface SchemeReason {
  ruleId: string;
  severity: Severity;
  message: string;
  basis: string;
  /** what to add or fix (used by rejection notices) */
  fix: string;
}

export interface SchemeNotChecked {
  ruleId: string;
  reason: string;
}

export interface SchemeReview {
  id: string;
  unit?: string;
  target?: string;
  industry?: string;
  /** the catalog industries whose key items were applied (the most specific ones the industry names) */
  judgedAs?: string[];
  verdict: 'approved' | 'rejected';
  reasons: SchemeReason[];
  /** rules that could not be checked for this scheme, with why */
  notChecked: SchemeNotChecked[];
}

export interface UnitSummary {
  drawn: number;
  approved: number;
  rejected: number;
}

export interface SchemesSummary extends UnitSummary {
  byUnit: Record<string, UnitSummary>;
}

/** The result of `caseaudit schemes` (templates/schema/schemes-result.schema.json). */
export interface SchemesResult {
  schemes: SchemeReview[];
  summary: SchemesSummary;
  /** set when `--sample` was used with inputs that differ from the manifest's and --allow-changed-input */
  sampleInputs?: import('../sample/input-check.js').SampleInputRecord;
}
