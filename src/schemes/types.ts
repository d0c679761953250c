/** Types of the inspection-scheme review: rule shape, rule outcomes and the published result contract. */
import type { LocalText } from '../i18n.js';
import type { Scheme } from '../model/types.js';
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

/** One problem a rule found: which message and its parameters. */
export interface Hit {
  messageId: string;
  /** values for the message's {placeholders}; a LocalText is rendered in the chosen language */
  params?: Record<string, string | number | LocalText>;
  /** a more precise basis than the rule's (e.g. the industry standard) */
  basis?: string;
  /** a more precise fix than the rule's */
  fix?: LocalText;
}

/** The rule could not be checked: the honest answer when its input is absent. */
export interface NotChecked {
  notChecked: LocalText;
}

export type RuleOutcome = Hit[] | NotChecked;

export interface SchemeRuleMeta {
  id: string;
  /** severity when the config does not say otherwise */
  severity: Severity;
  /** legal or guideline basis, cited in reasons and notices */
  basis: string;
  /** message templates keyed by messageId, with {placeholders} */
  messages: Record<string, LocalText>;
  /** what the unit must add or fix, for the rejection notice */
  fix: LocalText;
}

/** A scheme rule: meta as data plus a pure check. */
export interface SchemeRule {
  meta: SchemeRuleMeta;
  check(scheme: Scheme, context: SchemeContext): RuleOutcome;
}

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
