/** subject: each certificate is valid on the date the officers acted (行政处罚法 第四十二条). */
import type { Rule, RuleMeta, RuleOutcome } from '../types.js';
import type { CaseFile } from '../../model/types.js';
import { actionDate, notChecked, present, unreadable } from '../guards.js';

export const meta: RuleMeta = {
  id: 'officer-cert-expired',
  category: 'subject',
  basis: '《中华人民共和国行政处罚法》第四十二条',
  description: { zh: '执法证件在执法行为日期有效', en: 'certificates valid on the action date' },
  messages: { expired: { zh: '执法人员 {name} 的执法证 {validUntil} 到期，晚于此日期（{actionDate}）仍在执法', en: "officer {name}'s certificate expired {validUntil}, before the action date {actionDate}" } },
};

export function check(c: CaseFile): RuleOutcome {
  const blocked = unreadable(c, ['officers', 'dates']);
  if (blocked) return blocked;
  if (!c.officers || c.officers.length === 0) return notChecked('未记录执法人员', 'no officers recorded');
  const on = actionDate(c);
  if (!on) return notChecked('无立案或决定日期，无法判断证件有效期', 'no filing or decision date to check certificates against');
  const withCert = c.officers.filter((o) => present(o.certNo));
  const hits = withCert
    .filter((o) => o.certValidUntil !== undefined && o.certValidUntil < on)
    .map((o) => ({ messageId: 'expired', params: { name: o.name, validUntil: o.certValidUntil!, actionDate: on }, evidence: { officer: o.name, certNo: o.certNo, certValidUntil: o.certValidUntil, actionDate: on } }));
  if (hits.length === 0 && withCert.some((o) => o.certValidUntil === undefined)) {
    return notChecked('部分执法证未记录有效期', 'some certificates have no expiry date recorded');
  }
  return hits;
}

export default { meta, check } satisfies Rule;
