import rule from '../../../src/checklist/rules/service-late.js';
import { testRule } from '../rule-tester.js';

testRule(rule, {
  valid: [{ name: 'the 7th working day across 清明 (2025-04-04 off)', patch: { dates: { served: '2025-04-11' } } }],
  invalid: [{ name: 'the 8th working day', patch: { dates: { served: '2025-04-14' } }, messageIds: ['late'] }],
  notCheckable: [
    { name: 'service date missing', patch: (c) => delete c.dates!.served },
    { name: 'year not in the calendar', patch: { dates: { filed: '2027-12-01', notified: '2027-12-10', decided: '2027-12-28', served: '2028-01-20' } } },
  ],
});
