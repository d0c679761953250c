/** subject: officers show their enforcement certificates when inspecting or investigating (出示执法证件). */
import type { Rule, RuleMeta, RuleOutcome } from '../types.js';
import type { CaseFile } from '../../model/types.js';
import { notChecked, unreadable } from '../guards.js';

export const meta: RuleMeta = {
  id: 'certificate-not-shown',
  category: 'subject',
  basis: '《中华人民共和国行政处罚法》第五十五条第一款；《中华人民共和国安全生产法》第六十七条第二款；《中华人民共和国行政强制法》第十八条',
  description: { zh: '调查检查时出示执法证件', en: 'certificates shown when inspecting' },
  messages: { missing: { zh: '检查（调查）笔录未载明执法人员出示执法证件', en: 'the records do not show that the officers showed their certificates' } },
};

export function check(c: CaseFile): RuleOutcome {
  const blocked = unreadable(c, ['certificateShown']);
  if (blocked) return blocked;
  if (c.certificateShown === true) return [];
  if (c.certificateShown === false) return [{ messageId: 'missing', evidence: { certificateShown: false } }];
  return UNSTATED;
}

const UNSTATED = notChecked('来源未载明是否出示执法证件', 'the source does not say whether certificates were shown');

export default { meta, check } satisfies Rule;
