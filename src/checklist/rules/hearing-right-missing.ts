/** procedure: the hearing right is notified for larger fines and serious penalties (行政处罚法 第六十三条). */
import type { Rule, RuleContext, RuleMeta, RuleOutcome } from '../types.js';
import type { CaseFile } from '../../model/types.js';
import { hasDocument, unreadable } from '../guards.js';
import { hearingNeed } from '../hearing.js';

export const meta: RuleMeta = {
  id: 'hearing-right-missing',
  category: 'procedure',
  basis: '《中华人民共和国行政处罚法》第六十三条',
  description: { zh: '依法告知听证权利', en: 'hearing right notified where required' },
  messages: { missing: { zh: '应告知听证权利（{trigger}）而未告知', en: 'hearing right required ({trigger}) but not notified' } },
};

export function check(c: CaseFile, ctx: RuleContext): RuleOutcome {
  const blocked = unreadable(c, ['fine', 'penaltyKinds', 'party.kind', 'dates.hearingNotified']);
  if (blocked) return blocked;
  const need = hearingNeed(c, ctx.config);
  if (need.required === undefined) return { notChecked: need.reason };
  if (!need.required || c.dates?.hearingNotified || c.dates?.hearingHeld || hasDocument(c, /听证告知/)) return [];
  return [{ messageId: 'missing', params: { trigger: need.trigger }, evidence: { fine: c.fine ?? null, partyKind: c.party?.kind ?? null, penaltyKinds: c.penaltyKinds ?? [], trigger: need.trigger } }];
}

export default { meta, check } satisfies Rule;
