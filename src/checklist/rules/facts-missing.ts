/** facts: the file states the facts of the violation (行政处罚法 第四十条). */
import type { Rule, RuleMeta, RuleOutcome } from '../types.js';
import type { CaseFile } from '../../model/types.js';
import { present, unreadable } from '../guards.js';

export const meta: RuleMeta = {
  id: 'facts-missing',
  category: 'facts',
  basis: '《中华人民共和国行政处罚法》第四十条',
  description: { zh: '载明违法事实', en: 'facts of the violation stated' },
  messages: { missing: { zh: '案卷未载明违法事实', en: 'no facts of the violation stated' } },
};

export function check(c: CaseFile): RuleOutcome {
  const blocked = unreadable(c, ['facts']);
  if (blocked) return blocked;
  return present(c.facts) ? [] : [{ messageId: 'missing', evidence: { facts: c.facts ?? null } }];
}

export default { meta, check } satisfies Rule;
