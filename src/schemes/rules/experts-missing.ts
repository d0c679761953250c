/** experts-missing: no experts take part (三位一体: 执法 + 专家). */
import type { Scheme } from '../../model/types.js';
import type { RuleOutcome, SchemeContext, SchemeRule, SchemeRuleMeta } from '../types.js';
import { blankList, notChecked } from './util.js';

export const meta: SchemeRuleMeta = {
  id: 'experts-missing',
  severity: 'warn',
  basis: '赣应急字〔2020〕168号 §三(七)',
  description: { zh: '专家参与检查（“执法+专家”）', en: 'experts take part (officers + experts)' },
  messages: { missing: { zh: '检查方案未安排专家参与（“执法+专家”）', en: 'no experts take part (the "officers + experts" model)' } },
  fix: { zh: '邀请相关行业专家参与检查，并在方案中列明', en: 'invite experts of the industry and name them in the scheme' },
};

export function check(scheme: Scheme, context: SchemeContext): RuleOutcome {
  // an export without an experts column cannot tell "no experts" from "not recorded"
  if (scheme.experts === undefined && !context.fieldsSeen.has('experts')) {
    return notChecked('输入数据不含专家信息', 'the input carries no information on experts');
  }
  return blankList(scheme.experts) ? [{ messageId: 'missing' }] : [];
}

export default { meta, check } satisfies SchemeRule;
