/** procedure: the dates of a file follow the procedure's order (filed → notice → hearing → review → decision → service → closure). */
import type { Rule, RuleMeta, RuleOutcome } from '../types.js';
import type { CaseFile, DateKey } from '../../model/types.js';
import { notChecked, unreadable } from '../guards.js';

export const meta: RuleMeta = {
  id: 'dates-out-of-order',
  category: 'procedure',
  basis: '《中华人民共和国行政处罚法》第五章',
  description: { zh: '程序日期顺序合理', en: 'procedure dates in order' },
  messages: { order: { zh: '{later}（{b}）早于{earlier}（{a}）', en: '{laterEn} ({b}) is before {earlierEn} ({a})' } },
};

const LABEL: Record<DateKey, [string, string]> = {
  filed: ['立案', 'filing'], notified: ['告知', 'notice'], hearingNotified: ['听证告知', 'hearing notice'], hearingHeld: ['听证', 'hearing'],
  legalReview: ['法制审核', 'legal review'], collectiveDiscussion: ['集体讨论', 'collective discussion'], decided: ['决定', 'decision'],
  served: ['送达', 'service'], published: ['公示', 'publication'], paid: ['缴款', 'payment'], closed: ['结案', 'closure'],
  rectificationDeadline: ['整改期限', 'rectification deadline'], reinspected: ['复查', 're-inspection'],
  violation: ['违法行为', 'violation'], evidencePreserved: ['先行登记保存', 'evidence preservation'], preservationHandled: ['保存证据处理决定', 'preservation decision'],
  hearingRequested: ['听证申请', 'hearing request'], hearingScheduled: ['听证会通知', 'hearing notice'],
};

/** [earlier, later] pairs; notice vs decision is left to notice-after-decision, so a file is not charged twice. */
const ORDER: [DateKey, DateKey][] = [
  ['filed', 'notified'], ['filed', 'hearingNotified'], ['filed', 'legalReview'], ['filed', 'collectiveDiscussion'], ['filed', 'decided'],
  ['hearingNotified', 'hearingHeld'], ['hearingHeld', 'decided'], ['legalReview', 'decided'], ['collectiveDiscussion', 'decided'],
  ['decided', 'served'], ['decided', 'published'], ['decided', 'paid'], ['decided', 'closed'],
  ['served', 'closed'], ['paid', 'closed'], ['filed', 'closed'],
  ['evidencePreserved', 'preservationHandled'], ['hearingNotified', 'hearingRequested'], ['hearingScheduled', 'hearingHeld'],
];

export function check(c: CaseFile): RuleOutcome {
  const blocked = unreadable(c, ['dates']);
  if (blocked) return blocked;
  const d = c.dates ?? {};
  if (Object.values(d).filter(Boolean).length < 2) return notChecked('日期不足两个，无法比较', 'fewer than two dates to compare');
  return ORDER.filter(([a, b]) => d[a] && d[b] && d[b]! < d[a]!).map(([a, b]) => ({
    messageId: 'order',
    params: { earlier: LABEL[a][0], later: LABEL[b][0], earlierEn: LABEL[a][1], laterEn: LABEL[b][1], a: d[a]!, b: d[b]! },
    evidence: { [a]: d[a], [b]: d[b] },
  }));
}

export default { meta, check } satisfies Rule;
