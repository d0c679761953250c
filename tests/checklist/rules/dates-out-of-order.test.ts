import rule from '../../../src/checklist/rules/dates-out-of-order.js';
import { testRule } from '../rule-tester.js';

testRule(rule, {
  valid: [{ name: 'notice after decision is left to notice-after-decision', patch: { dates: { notified: '2025-04-02' } } }],
  invalid: [
    { name: 'decided before filed', patch: { dates: { filed: '2025-04-05', notified: undefined } }, messageIds: ['order'] },
    { name: 'closed before decided', patch: { dates: { closed: '2025-03-30' } }, messageIds: ['order', 'order', 'order'] },
  ],
  notCheckable: [{ name: 'only one date', patch: (c) => (c.dates = { decided: '2025-04-01' }) }],
});
