/** procedure: the inspection was entered in the 互联网+监管 system (a registration number, or the export's yes/no). */
import type { Rule, RuleMeta, RuleOutcome } from '../types.js';
import type { CaseFile } from '../../model/types.js';
import { notChecked, present, unreadable } from '../guards.js';

export const meta: RuleMeta = {
  id: 'supervision-entry-missing',
  category: 'procedure',
  basis: '赣应急字〔2020〕168号 第三部分第（七）项（「推进应急部“互联网+执法”和省“互联网+监管”系统的应用」「重点纠正执法信息不登录“互联网+监管”系统的行为」）',
  description: { zh: '执法检查信息录入“互联网+监管”系统', en: 'inspection entered in the 互联网+监管 system' },
  messages: {
    missing: { zh: '执法检查信息未录入“互联网+监管”系统', en: 'the inspection was not entered in the 互联网+监管 system' },
  },
};

export function check(c: CaseFile): RuleOutcome {
  const blocked = unreadable(c, ['supervisionNo', 'supervisionEntered']);
  if (blocked) return blocked;
  // a number the system gave is proof of entry, whatever a yes/no column says
  if (present(c.supervisionNo) || c.supervisionEntered === true) return [];
  if (c.supervisionEntered === false) return [{ messageId: 'missing', evidence: { supervisionEntered: false, supervisionNo: null } }];
  return UNSTATED;
}

const UNSTATED = notChecked('来源未载明是否录入“互联网+监管”系统（无监管行为编码或录入标志）', 'the source does not say whether the inspection was entered in 互联网+监管 (no registration number or flag)');

export default { meta, check } satisfies Rule;
