/** date-missing: 赣应急字〔2020〕168号 §三(六), §六(十五): a planned inspection has a date. */
import rule from '../../../src/schemes/rules/date-missing.js';
import { testRule, without } from '../rule-tester.js';

testRule(rule, {
  valid: [
    { name: 'date given', patch: {} },
    { name: 'a date', patch: { date: '2025-03-10' } },
    { name: 'another date', patch: { date: '2025-12-31' } },
    { name: 'start of year', patch: { date: '2025-01-02' } },
  ],
  invalid: [
    { name: 'no date', patch: { date: undefined }, messageIds: ['missing'] },
    { name: 'absent while other schemes are dated', patch: { date: undefined }, messageIds: ['missing'] },
    { name: 'blank', patch: { date: ' ' }, messageIds: ['missing'] },
    { name: 'empty string', patch: { date: '' }, messageIds: ['missing'] },
  ],
  notCheckable: [
    { name: 'the export has no 检查日期 column', patch: { date: undefined }, fields: without('date') },
    { name: 'no column, single-scheme input', patch: { date: undefined }, fields: [] },
    { name: 'no column, experts present', patch: { date: undefined }, fields: ['experts'] },
  ],
});
