/** procedure: a fine is paid within 15 days of receiving the decision, or the file shows the follow-up (行政处罚法 第六十七条第三款, 第七十二条). */
import type { Rule, RuleContext, RuleMeta, RuleOutcome } from '../types.js';
import type { CaseFile } from '../../model/types.js';
import { addDays, daysBetween } from '../calendar.js';
import { hasDocument, notChecked, unreadable } from '../guards.js';

export const meta: RuleMeta = {
  id: 'payment-late',
  category: 'procedure',
  basis: '《中华人民共和国行政处罚法》第六十七条第三款、第七十二条',
  description: { zh: '罚款按期缴纳或依法催缴', en: 'fine paid in time or enforced' },
  messages: {
    late: {
      zh: '决定书 {served} 送达，罚款 {paid} 才缴纳（{days} 日，超过 {limit} 日），卷内无延期/分期批准、催告或加处罚款记录',
      en: 'decision served {served}, fine paid {paid} ({days} days, more than {limit}); no deferral, reminder or late-payment surcharge on file',
    },
  },
};

/** What the file may show for a late payment: deferral/instalments (第六十六条第二款), a reminder, surcharge or court enforcement (第七十二条). */
const FOLLOW_UP = /延期缴纳|分期缴纳|暂缓缴纳|催告|加处罚款|强制执行/;

export function check(c: CaseFile, ctx: RuleContext): RuleOutcome {
  const blocked = unreadable(c, ['fine', 'dates.served', 'dates.paid']);
  if (blocked) return blocked;
  if (!c.fine) return [];
  const served = c.dates?.served;
  const paid = c.dates?.paid;
  if (!served) return notChecked('未载明决定书送达日期，缴款期限无从起算', 'no service date: the payment term has no start');
  if (!paid) return notChecked('未载明缴款日期（未缴纳时应有催告或强制执行记录，需人工核查）', 'no payment date (if unpaid, the file should show enforcement: a manual check)');
  if (c.paymentDeferred) return [];
  const limit = ctx.config.paymentDays;
  if (paid <= addDays(served, limit) || hasDocument(c, FOLLOW_UP)) return [];
  // late: only now does it matter whether a deferral was approved, and the source may not say
  const deferral = unreadable(c, ['paymentDeferred']);
  if (deferral) return deferral;
  const days = daysBetween(served, paid);
  return [{ messageId: 'late', params: { served, paid, days, limit }, evidence: { served, paid, days, limitDays: limit } }];
}

export default { meta, check } satisfies Rule;
