import rule from '../../../src/checklist/rules/officer-cert-missing.js';
import { testRule } from '../rule-tester.js';

testRule(rule, {
  valid: [{ name: 'every officer has a number', patch: (c) => c.officers!.push({ name: '王五', certNo: 'X1' }) }],
  invalid: [
    { name: 'one number blank', patch: (c) => (c.officers![1]!.certNo = ' '), messageIds: ['missing'] },
    { name: 'two numbers absent', patch: (c) => c.officers!.forEach((o) => delete o.certNo), messageIds: ['missing', 'missing'] },
  ],
  notCheckable: [{ name: 'no officers recorded', patch: { officers: [] } }],
});
