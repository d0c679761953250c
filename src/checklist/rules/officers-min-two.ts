/** subject: at least two officers take part (行政处罚法 第四十二条). */
import type { Rule, RuleMeta, RuleOutcome } from '../types.js';
import type { CaseFile } from '../../model/types.js';
import { distinctOfficers, notChecked, unreadable } from '../guards.js';

export const meta: RuleMeta = {
  id: 'officers-min-two',
  category: 'subject',
  basis: '《中华人民共和国行政处罚法》第四十二条',
  description: { zh: '执法人员不少于两人', en: 'at least two enforcement officers' },
  messages: { tooFew: { zh: '执法人员仅 {count} 人，少于两人', en: 'only {count} officer(s), fewer than two' } },
};

export function check(c: CaseFile): RuleOutcome {
  const blocked = unreadable(c, ['officers.name']);
  if (blocked) return blocked;
  if (!c.officers) return notChecked('未记录执法人员', 'no officers recorded');
  const names = distinctOfficers(c);
  return names.length < 2 ? [{ messageId: 'tooFew', params: { count: names.length }, evidence: { officers: names } }] : [];
}

export default { meta, check } satisfies Rule;
