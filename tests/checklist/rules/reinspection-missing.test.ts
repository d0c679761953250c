import rule from '../../../src/checklist/rules/reinspection-missing.js';
import { testRule } from '../rule-tester.js';

testRule(rule, {
  valid: [
    { name: 're-inspected after the deadline', patch: { dates: { rectificationDeadline: '2025-03-15', reinspected: '2025-03-18' } } },
    { name: 'within a configured window', patch: { dates: { rectificationDeadline: '2025-03-15', reinspected: '2025-03-20' } }, settings: { reinspectionWindowDays: 10 } },
  ],
  invalid: [
    { name: 'no re-inspection', patch: { dates: { rectificationDeadline: '2025-03-15' } }, messageIds: ['missing'] },
    { name: 'beyond the configured window', patch: { dates: { rectificationDeadline: '2025-03-15', reinspected: '2025-04-30' } }, settings: { reinspectionWindowDays: 10 }, messageIds: ['late'] },
  ],
  notCheckable: [{ name: 're-inspection date read with low confidence', patch: { dates: { rectificationDeadline: '2025-03-15' }, uncertainFields: ['dates.reinspected'] } }],
});
