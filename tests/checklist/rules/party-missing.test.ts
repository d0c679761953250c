import rule from '../../../src/checklist/rules/party-missing.js';
import { testRule } from '../rule-tester.js';

testRule(rule, {
  valid: [{ name: 'individual party', patch: { party: { name: '张某', kind: 'individual' } } }],
  invalid: [
    { name: 'no party', patch: (c) => delete c.party, messageIds: ['missing'] },
    { name: 'party without a name', patch: (c) => delete c.party!.name, messageIds: ['missing'] },
  ],
  notCheckable: [{ name: 'party read with low confidence', patch: { uncertainFields: ['party.name'] } }],
});
