/** procedure: the enterprise's principal, a safety manager and an operator were present throughout the inspection (三位一体). */
import type { Rule, RuleMeta, RuleOutcome } from '../types.js';
import type { CaseFile } from '../../model/types.js';
import { notChecked, unreadable } from '../guards.js';
import { presenceOf, ROLES, ROLE_LABEL } from '../presence.js';

export const meta: RuleMeta = {
  id: 'three-in-one-presence',
  category: 'procedure',
  basis: '赣应急字〔2020〕168号 第三部分第（七）项（「“企业主要负责人+安全管理人员+岗位操作人员全过程在场”」）',
  description: { zh: '企业主要负责人、安全管理人员、岗位操作人员全过程在场', en: 'principal, safety manager and operator present throughout' },
  messages: Object.fromEntries(ROLES.map((r) => [r, { zh: `检查记录未显示${ROLE_LABEL[r].zh}全过程在场`, en: `the record does not show ${ROLE_LABEL[r].en} present throughout` }])),
};

export function check(c: CaseFile): RuleOutcome {
  const blocked = unreadable(c, ['attendees', 'present']);
  if (blocked) return blocked;
  const { present, stated, named } = presenceOf(c);
  if (!stated) return notChecked('来源未载明企业在场人员', 'the source does not say who of the enterprise was present');
  if (!named) return notChecked('企业在场人员只列姓名、未载明职务，无法判断角色', 'the enterprise attendees are listed by name only: their roles cannot be told');
  // an attendee list names everyone present; per-role yes/no columns say nothing of a role without a column
  const listed = (c.attendees ?? []).length > 0;
  const absent = ROLES.filter((r) => (listed ? present[r] !== true : present[r] === false));
  const unknown = listed ? [] : ROLES.filter((r) => present[r] === undefined);
  if (!absent.length && unknown.length) {
    return notChecked(`来源未载明${unknown.map((r) => ROLE_LABEL[r].zh).join('、')}是否在场`, `the source does not say whether ${unknown.map((r) => ROLE_LABEL[r].en).join(', ')} was present`);
  }
  return absent.map((r) => ({
    messageId: r,
    evidence: { role: r, attendees: c.attendees ?? null, present: c.present ?? null },
  }));
}

export default { meta, check } satisfies Rule;
