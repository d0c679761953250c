// 行政处罚法 第五十六条: 先行登记保存 … 应当在七日内及时作出处理决定; 第八十五条: 七日 are working days.
import rule from '../../../src/checklist/rules/preservation-decision-late.js';
import { testRule } from '../rule-tester.js';

testRule(rule, {
  valid: [
    { name: 'no evidence preserved', patch: {} },
    { name: 'handled on the 7th working day (Mon 10 → Wed 19 March)', patch: { dates: { evidencePreserved: '2025-03-10', preservationHandled: '2025-03-19' } } },
    { name: 'handled the next day', patch: { dates: { evidencePreserved: '2025-03-10', preservationHandled: '2025-03-11' } } },
    { name: 'across 劳动节 (1–5 May off): 30 April → 14 May is exactly 7 working days', patch: { dates: { evidencePreserved: '2025-04-30', preservationHandled: '2025-05-14' } } },
  ],
  invalid: [
    { name: 'handled on the 8th working day', patch: { dates: { evidencePreserved: '2025-03-10', preservationHandled: '2025-03-20' } }, messageIds: ['late'] },
    { name: 'across 劳动节: 15 May is the 8th working day after 30 April', patch: { dates: { evidencePreserved: '2025-04-30', preservationHandled: '2025-05-15' } }, messageIds: ['late'] },
    { name: 'handled a month later', patch: { dates: { evidencePreserved: '2025-03-10', preservationHandled: '2025-04-10' } }, messageIds: ['late'] },
    { name: 'dates from the document list, 8 working days apart', patch: { documents: [{ title: '先行登记保存证据通知书', date: '2025-03-10' }, { title: '先行登记保存证据处理决定书', date: '2025-03-20' }] }, messageIds: ['late'] },
    { name: 'preserved, never handled', patch: { dates: { evidencePreserved: '2025-03-10' } }, messageIds: ['missing'] },
  ],
  notCheckable: [
    { name: 'preservation papers without a date', patch: { documents: [{ title: '先行登记保存证据通知书' }] } },
    { name: 'a handling decision on file without its date', patch: { dates: { evidencePreserved: '2025-03-10' }, documents: [{ title: '先行登记保存证据处理决定书' }] } },
    { name: 'a year the calendar does not cover', patch: { dates: { evidencePreserved: '2031-03-10', preservationHandled: '2031-03-25' } } },
    { name: 'the export has no preservation columns', patch: { notStated: ['dates.evidencePreserved', 'dates.preservationHandled'] } },
  ],
});
