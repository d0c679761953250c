import rule from '../../../src/checklist/rules/decision-overdue.js';
import { testRule } from '../rule-tester.js';

testRule(rule, {
  valid: [
    { name: 'exactly 90 days', patch: { dates: { filed: '2025-01-01', decided: '2025-04-01' } } },
    { name: 'late but extension approved', patch: { dates: { filed: '2024-12-01' }, extensionApproved: true } },
  ],
  invalid: [{ name: '91 days', patch: { dates: { filed: '2024-12-31', decided: '2025-04-01' } }, messageIds: ['overdue'] }],
  notCheckable: [{ name: 'filing date missing', patch: (c) => delete c.dates!.filed }],
});
