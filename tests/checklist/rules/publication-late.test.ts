import rule from '../../../src/checklist/rules/publication-late.js';
import { testRule } from '../rule-tester.js';

testRule(rule, {
  valid: [{ name: 'make-up workday counts (2025-04-27 Sunday worked)', patch: { dates: { decided: '2025-04-22', served: '2025-04-23', published: '2025-04-30', paid: '2025-05-06', closed: '2025-05-10' } } }],
  invalid: [{ name: 'after 7 working days', patch: { dates: { published: '2025-04-14' } }, messageIds: ['late'] }],
  notCheckable: [
    { name: 'no publication date', patch: (c) => delete c.dates!.published },
    { name: 'calendar lacks the year', patch: { dates: { decided: '2018-06-01', published: '2018-06-05' } } },
  ],
});
