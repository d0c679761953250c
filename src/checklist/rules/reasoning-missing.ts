/** discretion: the decision explains why this penalty and amount (说理, 赣应急字〔2020〕168号 §五(十四); 行政处罚法 第五条第二款). */
import type { Rule, RuleMeta, RuleOutcome } from '../types.js';
import type { CaseFile } from '../../model/types.js';
import { notChecked, unreadable } from '../guards.js';

export const meta: RuleMeta = {
  id: 'reasoning-missing',
  category: 'discretion',
  basis: '《中华人民共和国行政处罚法》第五条第二款；赣应急字〔2020〕168号 第五部分第（十四）项（说理式执法）',
  description: { zh: '处罚决定说理', en: 'the decision gives its reasons' },
  messages: { missing: { zh: '处罚决定未说明裁量理由（情节、从轻从重、裁量基准）', en: 'the decision does not explain its discretion (circumstances, mitigation, benchmark)' } },
};

export function check(c: CaseFile): RuleOutcome {
  const blocked = unreadable(c, ['reasoningStated']);
  if (blocked) return blocked;
  if (c.reasoningStated === true) return [];
  if (c.reasoningStated === false) return [{ messageId: 'missing', evidence: { reasoningStated: false } }];
  return UNSTATED;
}

const UNSTATED = notChecked('来源未载明决定书是否说理', 'the source does not say whether the decision gives its reasons');

export default { meta, check } satisfies Rule;
