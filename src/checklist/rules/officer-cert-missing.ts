/** subject: every officer holds an enforcement certificate (行政处罚法 第四十二条). */
import type { Rule, RuleMeta, RuleOutcome } from '../types.js';
import type { CaseFile } from '../../model/types.js';
import { notChecked, present, unreadable } from '../guards.js';

export const meta: RuleMeta = {
  id: 'officer-cert-missing',
  category: 'subject',
  basis: '《中华人民共和国行政处罚法》第四十二条',
  description: { zh: '执法人员持有执法证件', en: 'every officer holds an enforcement certificate' },
  messages: { missing: { zh: '执法人员 {name} 未记录执法证号', en: 'officer {name} has no certificate number' } },
};

export function check(c: CaseFile): RuleOutcome {
  const blocked = unreadable(c, ['officers']);
  if (blocked) return blocked;
  if (!c.officers || c.officers.length === 0) return notChecked('未记录执法人员', 'no officers recorded');
  return c.officers.filter((o) => !present(o.certNo)).map((o) => ({ messageId: 'missing', params: { name: o.name }, evidence: { officer: o.name } }));
}

export default { meta, check } satisfies Rule;
