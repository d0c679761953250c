import rule from '../../../src/checklist/rules/officer-cert-duplicate.js';
import { testRule } from '../rule-tester.js';

testRule(rule, {
  valid: [{ name: 'numbers differ only from others', patch: (c) => (c.officers![1]!.certNo = '36010003') }],
  invalid: [{ name: 'two officers share a number (full-width and spaces ignored)', patch: (c) => (c.officers![1]!.certNo = '３６０１ 0001'), messageIds: ['duplicate'] }],
  notCheckable: [{ name: 'no officers recorded', patch: (c) => delete c.officers }],
});
