import rule from '../../../src/checklist/rules/legal-review-missing.js';
import { testRule } from '../rule-tester.js';

testRule(rule, {
  valid: [
    { name: 'hearing held with legal review', patch: { dates: { hearingHeld: '2025-03-25', legalReview: '2025-03-28' } } },
    { name: 'legal review document for a large fine', patch: { fine: 50000, documents: [{ title: '法制审核意见书' }] } },
  ],
  invalid: [
    { name: 'hearing held, no review', patch: { dates: { hearingHeld: '2025-03-25' } }, messageIds: ['held'] },
    { name: 'large fine, no review', patch: { fine: 50000 }, messageIds: ['required'] },
  ],
  notCheckable: [{ name: 'hearing need unknown', patch: (c) => { delete c.fine; delete c.penaltyKinds; } }],
});
