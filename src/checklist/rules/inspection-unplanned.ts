/**
 * procedure: the inspection is in the annual inspection plan. With a plan given, the enterprise is looked up in its
 * unit's entries the way `caseaudit plan` does (credit code, then normalised name); without one, the export's
 * 计划内/计划外 column decides. A re-inspection of the unit's own order is follow-up, not a new inspection.
 */
import type { Rule, RuleContext, RuleMeta, RuleOutcome } from '../types.js';
import type { CaseFile } from '../../model/types.js';
import { caseActions } from '../../plan/actions.js';
import { planEntryFor } from '../../plan/match.js';
import { notChecked, unreadable } from '../guards.js';

export const meta: RuleMeta = {
  id: 'inspection-unplanned',
  category: 'procedure',
  basis: '赣应急字〔2020〕168号 第六部分第（十五）项（「原则上所有执法检查应全部纳入年度执法计划」「对企业的日常执法检查严格按计划实施」）',
  description: { zh: '执法检查纳入年度执法计划', en: 'inspection within the annual plan' },
  messages: {
    notInPlan: { zh: '被检查单位 {name} 不在 {unit} 年度执法计划内（计划外检查）', en: '{name} is not in the annual plan of {unit} (unplanned inspection)' },
    statedUnplanned: { zh: '检查记录载明为计划外检查', en: 'the record says the inspection was outside the plan (计划外)' },
  },
};

export function check(c: CaseFile, ctx: RuleContext): RuleOutcome {
  const blocked = unreadable(c, ctx.plan ? ['party', 'unit'] : ['inAnnualPlan']);
  if (blocked) return blocked;
  const [own] = caseActions([c]);
  if (own?.kind === 'reinspection') return [];
  if (ctx.plan) {
    if (!c.unit || (!c.party?.name && !c.party?.creditCode)) return notChecked('检查记录未载明执法单位或被检查单位，无法与年度计划比对', 'the record names no enforcing unit or enterprise: it cannot be compared with the plan');
    // a plan that covers other units only says nothing of this one
    if (!ctx.plan.some((e) => e.unit === c.unit)) return notChecked(`年度执法计划中没有 ${c.unit} 的计划`, `the annual plan holds no entries of ${c.unit}`);
    const hit = planEntryFor(ctx.plan, c.unit, { name: c.party.name, creditCode: c.party.creditCode });
    if (hit) return [];
    return [{ messageId: 'notInPlan', params: { name: c.party.name ?? c.party.creditCode!, unit: c.unit }, evidence: { unit: c.unit, name: c.party.name ?? null, creditCode: c.party.creditCode ?? null } }];
  }
  if (c.inAnnualPlan === true) return [];
  if (c.inAnnualPlan === false) return [{ messageId: 'statedUnplanned', evidence: { inAnnualPlan: false } }];
  return UNSTATED;
}

const UNSTATED = notChecked('未提供年度执法计划（--plan），来源也未载明计划内/计划外', 'no annual plan given (--plan) and the source does not say 计划内/计划外');

export default { meta, check } satisfies Rule;
