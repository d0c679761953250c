import rule from '../../../src/checklist/rules/notice-after-decision.js';
import { testRule } from '../rule-tester.js';

testRule(rule, {
  valid: [{ name: 'same day allowed by setting', patch: { dates: { notified: '2025-04-01' } }, settings: { noticeSameDayAllowed: true } }],
  invalid: [
    { name: 'notice after the decision', patch: { dates: { notified: '2025-04-02' } }, messageIds: ['after'] },
    { name: 'same day', patch: { dates: { notified: '2025-04-01' } }, messageIds: ['sameDay'] },
  ],
  notCheckable: [{ name: 'notice date missing', patch: (c) => delete c.dates!.notified }],
});
