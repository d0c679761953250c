/** procedure: decision within 90 days of filing unless an extension was approved (行政处罚法 第六十条). */
import type { Rule, RuleContext, RuleMeta, RuleOutcome } from '../types.js';
import type { CaseFile } from '../../model/types.js';
import { daysBetween } from '../calendar.js';
import { notChecked, unreadable } from '../guards.js';

export const meta: RuleMeta = {
  id: 'decision-overdue',
  category: 'procedure',
  basis: '《中华人民共和国行政处罚法》第六十条',
  description: { zh: '在立案后法定期限内作出决定', en: 'decision within the time limit after filing' },
  messages: { overdue: { zh: '立案 {filed} 至决定 {decided} 共 {days} 日，超过 {limit} 日且无延期批准', en: '{days} days from filing ({filed}) to decision ({decided}), over {limit} days without an approved extension' } },
};

export function check(c: CaseFile, ctx: RuleContext): RuleOutcome {
  const blocked = unreadable(c, ['dates.filed', 'dates.decided', 'extensionApproved']);
  if (blocked) return blocked;
  const { filed, decided } = c.dates ?? {};
  if (!filed || !decided) return notChecked('立案日期或决定日期缺失', 'filing or decision date missing');
  const days = daysBetween(filed, decided);
  const limit = ctx.config.decisionLimitDays;
  if (days <= limit || c.extensionApproved === true) return [];
  return [{ messageId: 'overdue', params: { filed, decided, days, limit }, evidence: { filed, decided, days, limit, extensionApproved: c.extensionApproved ?? null } }];
}

export default { meta, check } satisfies Rule;
