// 赣应急字〔2020〕168号 第六部分第（十五）项: 原则上所有执法检查应全部纳入年度执法计划 … 对企业的日常执法检查严格按计划实施.
// With a plan, the enterprise is found in its unit's entries by credit code, then by normalised name (as caseaudit plan
// matches); without one, the export's 计划内/计划外 column decides. Re-inspecting one's own order is follow-up.
import rule from '../../../src/checklist/rules/inspection-unplanned.js';
import type { PlanEntry } from '../../../src/plan/types.js';
import { creditCodeCheckChar } from '../../../src/ingest/normalize/credit-code.js';
import { VALID_CODE, testRule } from '../rule-tester.js';

const OTHER17 = '91360400MA35WXYT2';
const OTHER = OTHER17 + creditCodeCheckChar(OTHER17)!;
const entry = (name: string, unit: string, creditCode?: string): PlanEntry => ({ name, unit, planned: 2, ...(creditCode ? { creditCode } : {}), source: { file: 'plan-2025.xlsx', row: 4 } });
const plan: PlanEntry[] = [
  entry('南昌某化工有限公司', '南昌市应急管理局', VALID_CODE),
  entry('江西赣州（通昌）石化有限责任公司', '南昌市应急管理局'),
  entry('九江某矿业有限公司', '九江市应急管理局', OTHER),
];

testRule(rule, {
  valid: [
    { name: 'in the plan by credit code', patch: { inAnnualPlan: undefined }, context: { plan } },
    { name: 'in the plan by name only, full-width brackets and 有限公司 against 有限责任公司', patch: { party: { name: '江西赣州(通昌)石化有限公司', creditCode: undefined } }, context: { plan } },
    { name: 'no plan given, the export says 计划内', patch: { inAnnualPlan: true } },
    { name: 'a re-inspection of its own order (整改复查) is not a new inspection', patch: { type: 'inspection', title: '南昌某化工有限公司整改复查', inAnnualPlan: false } },
  ],
  invalid: [
    { name: 'the unit planned other enterprises only', patch: { party: { name: '南昌某机械有限公司', creditCode: OTHER } }, context: { plan }, messageIds: ['notInPlan'] },
    { name: 'in another unit\'s plan, not in its own', patch: { unit: '九江市应急管理局', party: { name: '南昌某化工有限公司' } }, context: { plan }, messageIds: ['notInPlan'] },
    { name: 'the same name but another credit code', patch: { party: { name: '九江某矿业有限公司', creditCode: VALID_CODE }, unit: '九江市应急管理局' }, context: { plan }, messageIds: ['notInPlan'] },
    { name: 'no plan given, the export says 计划外', patch: { inAnnualPlan: false }, messageIds: ['statedUnplanned'] },
  ],
  notCheckable: [
    { name: 'no plan and no 计划内/计划外 column', patch: { inAnnualPlan: undefined } },
    { name: 'the plan holds no entries of this unit', patch: { unit: '赣州市应急管理局' }, context: { plan } },
    { name: 'the 计划内 column read with low confidence', patch: { inAnnualPlan: false, uncertainFields: ['inAnnualPlan'] } },
  ],
});
