/** procedure: legal review (法制审核) before decisions after a hearing or on major penalties (行政处罚法 第五十八条). */
import type { Rule, RuleContext, RuleMeta, RuleOutcome } from '../types.js';
import type { CaseFile } from '../../model/types.js';
import { hasDocument, unreadable } from '../guards.js';
import { hearingNeed } from '../hearing.js';

export const meta: RuleMeta = {
  id: 'legal-review-missing',
  category: 'procedure',
  basis: '《中华人民共和国行政处罚法》第五十八条',
  description: { zh: '依法进行法制审核', en: 'mandatory legal review done' },
  messages: {
    held: { zh: '经过听证程序，但无法制审核记录', en: 'a hearing was held, but no legal review recorded' },
    required: { zh: '属应当告知听证的重大处罚，但无法制审核记录', en: 'a major penalty (hearing right required), but no legal review recorded' },
  },
};

export function check(c: CaseFile, ctx: RuleContext): RuleOutcome {
  const blocked = unreadable(c, ['dates.legalReview', 'dates.hearingHeld', 'fine', 'penaltyKinds']);
  if (blocked) return blocked;
  let why: 'held' | 'required' | undefined;
  if (ctx.config.legalReviewWhenHearingHeld && c.dates?.hearingHeld) why = 'held';
  else if (ctx.config.legalReviewWhenHearingRequired) {
    const need = hearingNeed(c, ctx.config);
    if (need.required === undefined) return { notChecked: need.reason };
    if (need.required) why = 'required';
  }
  if (!why || c.dates?.legalReview || hasDocument(c, /法制审核/)) return [];
  return [{ messageId: why, evidence: { reason: why, hearingHeld: c.dates?.hearingHeld ?? null, fine: c.fine ?? null } }];
}

export default { meta, check } satisfies Rule;
