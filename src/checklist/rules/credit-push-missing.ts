/** procedure: penalty information pushed to the credit platform (安全生产法 第七十八条; guideline §二(四)). */
import type { Rule, RuleMeta, RuleOutcome } from '../types.js';
import type { CaseFile } from '../../model/types.js';
import { notChecked, unreadable } from '../guards.js';

export const meta: RuleMeta = {
  id: 'credit-push-missing',
  category: 'procedure',
  basis: '《中华人民共和国安全生产法》第七十八条',
  description: { zh: '处罚信息推送信用平台', en: 'penalty pushed to the credit platform' },
  messages: { missing: { zh: '处罚决定未推送信用平台', en: 'penalty not pushed to the credit platform' } },
};

export function check(c: CaseFile): RuleOutcome {
  const blocked = unreadable(c, ['creditPushed', 'dates.decided']);
  if (blocked) return blocked;
  if (!c.dates?.decided) return notChecked('尚无决定日期', 'no decision date yet');
  if (c.creditPushed === undefined) return notChecked('未记录是否推送信用平台', 'credit push not recorded');
  return c.creditPushed ? [] : [{ messageId: 'missing', evidence: { creditPushed: false, decided: c.dates.decided } }];
}

export default { meta, check } satisfies Rule;
