/** evidence: the file lists its evidence (行政处罚法 第四十条: no penalty on insufficient evidence). */
import type { Rule, RuleMeta, RuleOutcome } from '../types.js';
import type { CaseFile } from '../../model/types.js';
import { present, unreadable } from '../guards.js';

export const meta: RuleMeta = {
  id: 'evidence-missing',
  category: 'evidence',
  basis: '《中华人民共和国行政处罚法》第四十条',
  description: { zh: '有证据材料', en: 'evidence listed' },
  messages: { missing: { zh: '案卷未列明任何证据', en: 'no evidence listed' } },
};

export function check(c: CaseFile): RuleOutcome {
  const blocked = unreadable(c, ['evidence']);
  if (blocked) return blocked;
  return (c.evidence ?? []).some((e) => present(e)) ? [] : [{ messageId: 'missing', evidence: { evidence: c.evidence ?? null } }];
}

export default { meta, check } satisfies Rule;
