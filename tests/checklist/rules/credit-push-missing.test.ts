import rule from '../../../src/checklist/rules/credit-push-missing.js';
import { testRule } from '../rule-tester.js';

testRule(rule, {
  valid: [{ name: 'pushed', patch: { creditPushed: true } }],
  invalid: [{ name: 'not pushed', patch: { creditPushed: false }, messageIds: ['missing'] }],
  notCheckable: [
    { name: 'push not recorded', patch: (c) => delete c.creditPushed },
    { name: 'not decided', patch: (c) => delete c.dates!.decided },
  ],
});
