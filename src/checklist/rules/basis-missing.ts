/** legal: the penalty cites its legal basis (行政处罚法 第三十八条: a penalty without basis is void). */
import type { Rule, RuleMeta, RuleOutcome } from '../types.js';
import type { CaseFile } from '../../model/types.js';
import { present, unreadable } from '../guards.js';

export const meta: RuleMeta = {
  id: 'basis-missing',
  category: 'legal',
  basis: '《中华人民共和国行政处罚法》第三十八条',
  description: { zh: '引用处罚依据', en: 'penalty basis cited' },
  messages: { missing: { zh: '未引用处罚依据', en: 'no penalty basis cited' } },
};

export function check(c: CaseFile): RuleOutcome {
  const blocked = unreadable(c, ['penaltyArticles']);
  if (blocked) return blocked;
  return (c.penaltyArticles ?? []).some((a) => present(a)) ? [] : [{ messageId: 'missing', evidence: { penaltyArticles: c.penaltyArticles ?? null } }];
}

export default { meta, check } satisfies Rule;
