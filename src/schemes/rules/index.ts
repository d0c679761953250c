/** The scheme-rule registry: one file per rule, one line here. Ids are shared with samples and reports. */
import type { SchemeRule } from '../types.js';
import { rule as methodMissing } from './method-missing.js';
import { rule as contentMissing } from './content-missing.js';
import { rule as officersInsufficient } from './officers-insufficient.js';
import { rule as notInAnnualPlan } from './not-in-annual-plan.js';
import { rule as dateMissing } from './date-missing.js';
import { rule as keyItemsMissing } from './key-items-missing.js';
import { rule as kickoffMissing } from './kickoff-missing.js';
import { rule as summaryMissing } from './summary-missing.js';
import { rule as expertsMissing } from './experts-missing.js';

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
