/** facts: the party (当事人) is identified (行政处罚法 第五十九条第一款第（一）项). */
import type { Rule, RuleMeta, RuleOutcome } from '../types.js';
import type { CaseFile } from '../../model/types.js';
import { present, unreadable } from '../guards.js';

export const meta: RuleMeta = {
  id: 'party-missing',
  category: 'facts',
  basis: '《中华人民共和国行政处罚法》第五十九条',
  description: { zh: '当事人明确', en: 'party identified' },
  messages: { missing: { zh: '未载明当事人名称', en: 'the party is not named' } },
};

export function check(c: CaseFile): RuleOutcome {
  const blocked = unreadable(c, ['party']);
  if (blocked) return blocked;
  return present(c.party?.name) ? [] : [{ messageId: 'missing', evidence: { party: c.party ?? null } }];
}

export default { meta, check } satisfies Rule;
