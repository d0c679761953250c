/** not-in-annual-plan: 赣应急字〔2020〕168号 §六(十五): inspections follow the annual enforcement plan; unknown is not "no". */
import rule from '../../../src/schemes/rules/not-in-annual-plan.js';
import { testRule } from '../rule-tester.js';

testRule(rule, {
  valid: [
    { name: 'in the annual plan', patch: {} },
    { name: 'in the plan', patch: {} },
    { name: 'in the plan, county unit', patch: { unitLevel: 'county' } },
    { name: 'in the plan, no experts', patch: { experts: [] } },
  ],
  invalid: [
    { name: 'outside the annual plan', patch: { inAnnualPlan: false }, messageIds: ['notInPlan'] },
    { name: 'not in the plan', patch: { inAnnualPlan: false }, messageIds: ['notInPlan'] },
    { name: 'not in the plan, county unit', patch: { inAnnualPlan: false, unitLevel: 'county' }, messageIds: ['notInPlan'] },
    { name: 'not in the plan, no industry', patch: { inAnnualPlan: false, industry: undefined }, messageIds: ['notInPlan'] },
  ],
  notCheckable: [
    { name: 'plan status unknown', patch: { inAnnualPlan: undefined } },
    { name: 'unknown', patch: { inAnnualPlan: undefined } },
    { name: 'unknown, county unit', patch: { inAnnualPlan: undefined, unitLevel: 'county' } },
    { name: 'unknown, no date', patch: { inAnnualPlan: undefined, date: undefined } },
  ],
});
