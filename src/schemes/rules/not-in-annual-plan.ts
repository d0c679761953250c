/** not-in-annual-plan: the inspection is not part of the annual enforcement plan (年度执法计划). */
import type { Scheme } from '../../model/types.js';
import type { RuleOutcome, SchemeContext, SchemeRule, SchemeRuleMeta } from '../types.js';
import { notChecked } from './util.js';

export const meta: SchemeRuleMeta = {
  id: 'not-in-annual-plan',
  severity: 'reject',
  basis: '赣应急字〔2020〕168号 §六(十五)',
  description: { zh: '检查纳入年度执法计划', en: 'the inspection is in the annual enforcement plan' },
  messages: { notInPlan: { zh: '检查未纳入年度执法计划', en: 'the inspection is not in the annual enforcement plan' } },
  fix: { zh: '将检查纳入年度监督检查计划，或附计划外检查的审批依据', en: 'put the inspection into the annual plan, or attach the approval for an unplanned inspection' },
};

export function check(scheme: Scheme): RuleOutcome {
  // unknown is not "no": only an explicit false fails
  if (scheme.inAnnualPlan === undefined) return notChecked('输入未注明是否纳入年度执法计划', 'the input does not say whether the inspection is in the annual plan');
  return scheme.inAnnualPlan ? [] : [{ messageId: 'notInPlan' }];
}

export default { meta, check } satisfies SchemeRule;
