/** procedure: the notice precedes the decision (行政处罚法 第四十四条). */
import type { Rule, RuleContext, RuleMeta, RuleOutcome } from '../types.js';
import type { CaseFile } from '../../model/types.js';
import { notChecked, unreadable } from '../guards.js';

export const meta: RuleMeta = {
  id: 'notice-after-decision',
  category: 'procedure',
  basis: '《中华人民共和国行政处罚法》第四十四条',
  description: { zh: '告知在决定之前', en: 'notice before the decision' },
  messages: {
    after: { zh: '告知日期 {notified} 晚于决定日期 {decided}', en: 'notice dated {notified}, after the decision of {decided}' },
    sameDay: { zh: '告知与决定同日（{decided}），当事人无陈述申辩期间', en: 'notice and decision on the same day ({decided}); no time to state a defence' },
  },
};

export function check(c: CaseFile, ctx: RuleContext): RuleOutcome {
  const blocked = unreadable(c, ['dates.notified', 'dates.decided']);
  if (blocked) return blocked;
  const { notified, decided } = c.dates ?? {};
  if (!notified || !decided) return notChecked('告知日期或决定日期缺失', 'notice or decision date missing');
  const evidence = { notified, decided };
  if (notified > decided) return [{ messageId: 'after', params: { notified, decided }, evidence }];
  if (notified === decided && !ctx.config.noticeSameDayAllowed) return [{ messageId: 'sameDay', params: { decided }, evidence }];
  return [];
}

export default { meta, check } satisfies Rule;
