/** kickoff-missing: no kick-off meeting planned (三位一体: 启动会 + 现场检查 + 总结会). */
import type { Scheme } from '../../model/types.js';
import type { RuleOutcome, SchemeContext, SchemeRule, SchemeRuleMeta } from '../types.js';
import { notChecked } from './util.js';

export const meta: SchemeRuleMeta = {
  id: 'kickoff-missing',
  severity: 'warn',
  basis: '赣应急字〔2020〕168号 §三(七)',
  description: { zh: '检查方案安排启动会', en: 'a kick-off meeting is planned' },
  messages: { missing: { zh: '检查方案未安排启动会（“三位一体”执法模式）', en: 'no kick-off meeting planned (the "three-in-one" inspection model)' } },
  fix: { zh: '安排启动会，企业主要负责人、安全管理人员、岗位操作人员到场', en: 'plan a kick-off meeting with the principal head, safety managers and operators present' },
};

export function check(scheme: Scheme): RuleOutcome {
  if (scheme.kickoffMeeting === undefined) return notChecked('输入未注明是否安排启动会', 'the input does not say whether a kick-off meeting is planned');
  return scheme.kickoffMeeting ? [] : [{ messageId: 'missing' }];
}

export default { meta, check } satisfies SchemeRule;
