import rule from '../../../src/checklist/rules/officers-min-two.js';
import { testRule } from '../rule-tester.js';

testRule(rule, {
  valid: [{ name: 'three officers', patch: (c) => c.officers!.push({ name: '王五', certNo: '36010003' }) }],
  invalid: [
    { name: 'one officer', patch: (c) => c.officers!.splice(1), messageIds: ['tooFew'] },
    { name: 'the same officer listed twice', patch: (c) => (c.officers = [c.officers![0]!, { ...c.officers![0]! }]), messageIds: ['tooFew'] },
  ],
  notCheckable: [
    { name: 'officers not recorded', patch: (c) => delete c.officers },
    { name: 'officers read with low confidence', patch: { uncertainFields: ['officers'] } },
  ],
});
