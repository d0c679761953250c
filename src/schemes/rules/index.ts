/** The scheme-rule registry: one file per rule, one line here. Ids are shared with samples and reports. */
import type { SchemeRule } from '../types.js';
import methodMissing from './method-missing.js';
import contentMissing from './content-missing.js';
import officersInsufficient from './officers-insufficient.js';
import notInAnnualPlan from './not-in-annual-plan.js';
import dateMissing from './date-missing.js';
import keyItemsMissing from './key-items-missing.js';
import kickoffMissing from './kickoff-missing.js';
import summaryMissing from './summary-missing.js';
import expertsMissing from './experts-missing.js';

export const SCHEME_RULES: readonly SchemeRule[] = [
  methodMissing,
  contentMissing,
  officersInsufficient,
  notInAnnualPlan,
  dateMissing,
  keyItemsMissing,
  kickoffMissing,
  summaryMissing,
  expertsMissing,
];

/** Rule ids in registry order. */
export const SCHEME_RULE_IDS: readonly string[] = SCHEME_RULES.map((r) => r.meta.id);
