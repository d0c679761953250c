/** procedure: the penalty decision is published (安全生产法 第七十八条第二款). */
import type { Rule, RuleMeta, RuleOutcome } from '../types.js';
import type { CaseFile } from '../../model/types.js';
import { notChecked, unreadable } from '../guards.js';

export const meta: RuleMeta = {
  id: 'publication-missing',
  category: 'procedure',
  basis: '《中华人民共和国安全生产法》第七十八条',
  description: { zh: '处罚决定依法公示', en: 'decision published' },
  messages: { missing: { zh: '处罚决定（{decided}）无公示记录', en: 'no publication recorded for the decision of {decided}' } },
};

export function check(c: CaseFile): RuleOutcome {
  const blocked = unreadable(c, ['dates.decided', 'dates.published']);
  if (blocked) return blocked;
  const decided = c.dates?.decided;
  if (!decided) return notChecked('尚无决定日期', 'no decision date yet');
  return c.dates?.published ? [] : [{ messageId: 'missing', params: { decided }, evidence: { decided, published: null } }];
}

export default { meta, check } satisfies Rule;
