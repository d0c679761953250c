import rule from '../../../src/checklist/rules/credit-code-invalid.js';
import { testRule } from '../rule-tester.js';

testRule(rule, {
  valid: [
    { name: 'lower-case and full-width code', patch: (c) => (c.party!.creditCode = c.party!.creditCode!.toLowerCase()) },
    { name: 'individual without code', patch: { party: { name: '张某', kind: 'individual', creditCode: undefined } } },
  ],
  invalid: [
    { name: 'wrong check character', patch: (c) => (c.party!.creditCode = c.party!.creditCode!.slice(0, 17) + (c.party!.creditCode!.endsWith('0') ? '1' : '0')), messageIds: ['invalid'] },
    { name: 'too short', patch: { party: { creditCode: '91360100MA35' } }, messageIds: ['invalid'] },
  ],
  notCheckable: [
    { name: 'code absent', patch: (c) => delete c.party!.creditCode },
    { name: 'masked code', patch: { party: { creditCode: '91360100MA35****1X' } } },
  ],
});
