// 赣应急字〔2020〕168号 第三部分第（七）项: 推进…省“互联网+监管”系统的应用 … 重点纠正执法信息不登录“互联网+监管”系统的行为.
// Proof of entry: the number the system gives the inspection (监管行为编码), or the export's yes/no column.
import rule from '../../../src/checklist/rules/supervision-entry-missing.js';
import { testRule } from '../rule-tester.js';

testRule(rule, {
  valid: [
    { name: 'a registration number', patch: { supervisionNo: '360100-JC-2025-000123', supervisionEntered: undefined } },
    { name: 'the flag says 已录入', patch: { supervisionNo: undefined, supervisionEntered: true } },
    { name: 'a number although the flag says no (the number is proof)', patch: { supervisionNo: 'JG3601002025000456', supervisionEntered: false } },
  ],
  invalid: [
    { name: 'the flag says 未录入', patch: { supervisionNo: undefined, supervisionEntered: false }, messageIds: ['missing'] },
    { name: 'not entered, a placeholder in the number column', patch: { supervisionNo: '—', supervisionEntered: false }, messageIds: ['missing'] },
    { name: 'not entered, on an inspection record', patch: { type: 'inspection', supervisionNo: undefined, supervisionEntered: false }, messageIds: ['missing'] },
  ],
  notCheckable: [
    { name: 'the export has neither column', patch: { supervisionNo: undefined, notStated: ['supervisionNo', 'supervisionEntered'] } },
    { name: 'nothing stated', patch: { supervisionNo: undefined, supervisionEntered: undefined } },
    { name: 'the flag read with low confidence', patch: { supervisionNo: undefined, supervisionEntered: false, uncertainFields: ['supervisionEntered'] } },
  ],
});
