import rule from '../../../src/checklist/rules/notice-missing.js';
import { testRule } from '../rule-tester.js';

testRule(rule, {
  valid: [{ name: 'notice document without a date', patch: (c) => { delete c.dates!.notified; c.documents = [{ title: '行政处罚告知书' }]; } }],
  invalid: [
    { name: 'no notice at all', patch: (c) => delete c.dates!.notified, messageIds: ['missing'] },
    { name: 'only a hearing notice document', patch: (c) => { delete c.dates!.notified; c.documents = [{ title: '听证告知书' }]; }, messageIds: ['missing'] },
  ],
  notCheckable: [{ name: 'not decided yet', patch: (c) => delete c.dates!.decided }],
});
