/** The rule registry: every automatic checklist rule, by id. Adding a rule = one file + one line here + one test. */
import type { Rule } from '../types.js';
import articleUnknown from './article-unknown.js';
import basisMissing from './basis-missing.js';
import certificateNotShown from './certificate-not-shown.js';
import creditCodeInvalid from './credit-code-invalid.js';
import creditPushMissing from './credit-push-missing.js';
import datesOutOfOrder from './dates-out-of-order.js';
import decisionOverdue from './decision-overdue.js';
import evidenceMissing from './evidence-missing.js';
import evidenceRequiredTypes from './evidence-required-types.js';
import factsMissing from './facts-missing.js';
import fineOutOfRange from './fine-out-of-range.js';
import hearingRightMissing from './hearing-right-missing.js';
import legalReviewMissing from './legal-review-missing.js';
import noticeAfterDecision from './notice-after-decision.js';
import noticeMissing from './notice-missing.js';
import officerCertDuplicate from './officer-cert-duplicate.js';
import officerCertExpired from './officer-cert-expired.js';
import officerCertMissing from './officer-cert-missing.js';
import officersMinTwo from './officers-min-two.js';
import partyMissing from './party-missing.js';
import publicationLate from './publication-late.js';
import publicationMissing from './publication-missing.js';
import reinspectionMissing from './reinspection-missing.js';
import serviceLate from './service-late.js';
import collectiveDiscussionMissing from './collective-discussion-missing.js';
import hearingProcedure from './hearing-procedure.js';
import limitationExpired from './limitation-expired.js';
import paymentLate from './payment-late.js';
import powerLevel from './power-level.js';
import preservationDecisionLate from './preservation-decision-late.js';
import reasoningMissing from './reasoning-missing.js';
import recordingMissing from './recording-missing.js';
import rectificationOrderMissing from './rectification-order-missing.js';
import referralMissing from './referral-missing.js';
import threeInOneMeetings from './three-in-one-meetings.js';
import threeInOnePresence from './three-in-one-presence.js';
import threeInOneExperts from './three-in-one-experts.js';
import supervisionEntryMissing from './supervision-entry-missing.js';
import inspectionUnplanned from './inspection-unplanned.js';

/** Every rule, in checklist order (subject, facts, evidence, legal, discretion, procedure). */
export const RULES: Rule[] = [
  officersMinTwo,
  officerCertMissing,
  officerCertDuplicate,
  officerCertExpired,
  certificateNotShown,
  powerLevel,
  factsMissing,
  partyMissing,
  creditCodeInvalid,
  evidenceMissing,
  evidenceRequiredTypes,
  preservationDecisionLate,
  basisMissing,
  articleUnknown,
  fineOutOfRange,
  limitationExpired,
  reasoningMissing,
  noticeMissing,
  noticeAfterDecision,
  hearingRightMissing,
  legalReviewMissing,
  collectiveDiscussionMissing,
  hearingProcedure,
  decisionOverdue,
  serviceLate,
  publicationMissing,
  publicationLate,
  paymentLate,
  rectificationOrderMissing,
  reinspectionMissing,
  threeInOneMeetings,
  threeInOnePresence,
  threeInOneExperts,
  supervisionEntryMissing,
  inspectionUnplanned,
  recordingMissing,
  referralMissing,
  datesOutOfOrder,
  creditPushMissing,
];

export const RULES_BY_ID: ReadonlyMap<string, Rule> = new Map(RULES.map((r) => [r.meta.id, r]));

/** The rule with this id, or undefined. */
export function getRule(id: string): Rule | undefined {
  return RULES_BY_ID.get(id);
}
