/** subject: one certificate number belongs to one officer (行政处罚法 第四十二条). */
import type { Rule, RuleMeta, RuleOutcome } from '../types.js';
import type { CaseFile } from '../../model/types.js';
import { toHalfWidth } from '../../ingest/normalize/text.js';
import { notChecked, present, unreadable } from '../guards.js';

export const meta: RuleMeta = {
  id: 'officer-cert-duplicate',
  category: 'subject',
  basis: '《中华人民共和国行政处罚法》第四十二条',
  description: { zh: '执法证号不重复', en: 'no certificate number shared by two officers' },
  messages: { duplicate: { zh: '执法证号 {certNo} 同时登记在 {names} 名下', en: 'certificate {certNo} is recorded for {names}' } },
};

export function check(c: CaseFile): RuleOutcome {
  const blocked = unreadable(c, ['officers']);
  if (blocked) return blocked;
  if (!c.officers || c.officers.length === 0) return notChecked('未记录执法人员', 'no officers recorded');
  const byCert = new Map<string, Set<string>>();
  for (const o of c.officers) {
    if (!present(o.certNo)) continue;
    const key = toHalfWidth(o.certNo).replace(/\s+/g, '').toUpperCase();
    byCert.set(key, (byCert.get(key) ?? new Set()).add(o.name.replace(/\s+/g, '')));
  }
  return [...byCert]
    .filter(([, names]) => names.size > 1)
    .map(([certNo, names]) => ({ messageId: 'duplicate', params: { certNo, names: [...names].join('、') }, evidence: { certNo, officers: [...names] } }));
}

export default { meta, check } satisfies Rule;
