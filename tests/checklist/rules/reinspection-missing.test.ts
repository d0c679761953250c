// 赣应急字〔2020〕168号 §二(一): 责令整改 → 整改复查 after the deadline. The window after it has no statutory figure
// (reinspectionWindowDays, null by default); a re-inspection before the deadline is a finding by default [choice].
import rule from '../../../src/checklist/rules/reinspection-missing.js';
import { testRule } from '../rule-tester.js';

testRule(rule, {
  valid: [
    { name: 're-inspected after the deadline', patch: { dates: { rectificationDeadline: '2025-03-15', reinspected: '2025-03-18' } } },
    { name: 're-inspected on the deadline', patch: { dates: { rectificationDeadline: '2025-03-15', reinspected: '2025-03-15' } } },
    { name: 'within a configured window', patch: { dates: { rectificationDeadline: '2025-03-15', reinspected: '2025-03-20' } }, settings: { reinspectionWindowDays: 10 } },
    { name: 'early re-inspection allowed by the settings', patch: { dates: { rectificationDeadline: '2025-03-15', reinspected: '2025-03-10' } }, settings: { reinspectionBeforeDeadlineAllowed: true } },
  ],
  invalid: [
    { name: 'no re-inspection', patch: { dates: { rectificationDeadline: '2025-03-15' } }, messageIds: ['missing'] },
    { name: 'beyond the configured window', patch: { dates: { rectificationDeadline: '2025-03-15', reinspected: '2025-04-30' } }, settings: { reinspectionWindowDays: 10 }, messageIds: ['late'] },
    { name: 're-inspected before the deadline', patch: { dates: { rectificationDeadline: '2025-03-15', reinspected: '2025-03-14' } }, messageIds: ['early'] },
  ],
  notCheckable: [
    { name: 're-inspection date read with low confidence', patch: { dates: { rectificationDeadline: '2025-03-15' }, uncertainFields: ['dates.reinspected'] } },
    { name: 'the export has no re-inspection column', patch: { dates: { rectificationDeadline: '2025-03-15' }, notStated: ['dates.reinspected'] } },
    { name: 'the deadline read with low confidence', patch: { dates: { rectificationDeadline: '2025-03-15', reinspected: '2025-03-14' }, uncertainFields: ['dates.rectificationDeadline'] } },
  ],
});
