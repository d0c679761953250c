// 行政处罚法 第六十四条: （一）当事人要求听证的，应当在行政机关告知后五日内提出；（二）行政机关应当在举行听证的七日前，
// 通知当事人及有关人员听证的时间、地点. 第八十五条: 五日、七日 are working days. 2025 calendar: 清明 4–6 April off.
import rule from '../../../src/checklist/rules/hearing-procedure.js';
import { testRule } from '../rule-tester.js';

testRule(rule, {
  valid: [
    { name: 'no hearing requested or held', patch: {} },
    { name: 'notified 7 working days before the hearing (Mon 10 → Wed 19 March)', patch: { dates: { hearingScheduled: '2025-03-10', hearingHeld: '2025-03-19' } } },
    { name: 'notified well ahead', patch: { dates: { hearingScheduled: '2025-03-03', hearingHeld: '2025-03-24' } } },
    { name: 'the notice dated in the document list, 7 working days before', patch: { dates: { hearingHeld: '2025-03-19' }, documents: [{ title: '听证会通知书', date: '2025-03-10' }] } },
    { name: 'a request after the 5 working days may be refused', patch: { dates: { hearingNotified: '2025-03-10', hearingRequested: '2025-03-20' } } },
    { name: 'a timely request the party withdrew', patch: { dates: { hearingNotified: '2025-03-10', hearingRequested: '2025-03-12' }, documents: [{ title: '撤回听证申请书' }] } },
  ],
  invalid: [
    { name: 'notified 6 working days before', patch: { dates: { hearingScheduled: '2025-03-11', hearingHeld: '2025-03-19' } }, messageIds: ['scheduleShort'] },
    { name: '7 calendar days across the 清明 holiday are only 4 working days', patch: { dates: { hearingScheduled: '2025-04-01', hearingHeld: '2025-04-08' } }, messageIds: ['scheduleShort'] },
    { name: 'the notice dated in the document list, 3 working days before', patch: { dates: { hearingHeld: '2025-03-19' }, documents: [{ title: '听证会通知书', date: '2025-03-14' }] }, messageIds: ['scheduleShort'] },
    { name: 'hearing held with no notice of time and place', patch: { dates: { hearingHeld: '2025-03-19' } }, messageIds: ['scheduleMissing'] },
    { name: 'requested within 5 working days, never heard', patch: { dates: { hearingNotified: '2025-03-10', hearingRequested: '2025-03-14' } }, messageIds: ['requestIgnored'] },
  ],
  notCheckable: [
    { name: 'a hearing notice on file without its date', patch: { dates: { hearingHeld: '2025-03-19' }, documents: [{ title: '听证会通知书' }] } },
    { name: 'a request but no date of the hearing-right notice', patch: { dates: { hearingRequested: '2025-03-14' } } },
    { name: 'the export has no hearing-notice column', patch: { dates: { hearingHeld: '2025-03-19' }, notStated: ['dates.hearingScheduled'] } },
    { name: 'a year the calendar does not cover', patch: { dates: { hearingScheduled: '2031-03-10', hearingHeld: '2031-03-19' } } },
  ],
});
