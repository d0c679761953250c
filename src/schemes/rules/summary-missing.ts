/** summary-missing: no summary meeting planned (三位一体: 启动会 + 现场检查 + 总结会). */
import type { Scheme } from '../../model/types.js';
import type { RuleOutcome, SchemeContext, SchemeRule, SchemeRuleMeta } from '../types.js';
import { notChecked } from './util.js';

export const meta: SchemeRuleMeta = {
  id: 'summary-missing',
  severity: 'warn',
  basis: '赣应急字〔2020〕168号 §三(七)',
  description: { zh: '检查方案安排总结会', en: 'a summary meeting is planned' },
  messages: { missing: { zh: '检查方案未安排总结会（“三位一体”执法模式）', en: 'no summary meeting planned (the "three-in-one" inspection model)' } },
  fix: { zh: '安排总结会，向企业反馈检查发现的问题并提出整改要求', en: 'plan a summary meeting that reports the findings to the unit and sets the rectification demands' },
};

export function check(scheme: Scheme): RuleOutcome {
  if (scheme.summaryMeeting === undefined) return notChecked('输入未注明是否安排总结会', 'the input does not say whether a summary meeting is planned');
  return scheme.summaryMeeting ? [] : [{ messageId: 'missing' }];
}

export default { meta, check } satisfies SchemeRule;
