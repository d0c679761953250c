// 行政处罚法 第五十七条第二款: 对情节复杂或者重大违法行为给予行政处罚，行政机关负责人应当集体讨论决定。
// What counts as 重大 is set per province; our defaults (rules-config): fine ≥ 50,000 [choice], a hearing held [practice].
import rule from '../../../src/checklist/rules/collective-discussion-missing.js';
import { testRule } from '../rule-tester.js';

const big = { fine: 80000 };
testRule(rule, {
  valid: [
    { name: 'a small fine needs no collective discussion', patch: { fine: 5000 } },
    { name: 'a serious fine discussed before the decision', patch: { ...big, dates: { collectiveDiscussion: '2025-03-28' } } },
    { name: 'the discussion shown only by its record in the documents', patch: { ...big, documents: [{ title: '重大案件集体讨论记录' }] } },
    { name: 'a hearing held and discussed', patch: { fine: 20000, dates: { hearingHeld: '2025-03-25', collectiveDiscussion: '2025-03-28' } } },
    { name: 'threshold raised by the province', patch: big, settings: { collectiveDiscussionFineUnit: 100000 } },
  ],
  invalid: [
    { name: 'a unit fined 80,000 without collective discussion', patch: big, messageIds: ['missing'] },
    { name: 'exactly at the threshold (达到)', patch: { fine: 50000 }, messageIds: ['missing'] },
    { name: 'a hearing held, no discussion', patch: { fine: 20000, dates: { hearingHeld: '2025-03-25' } }, messageIds: ['missing'] },
    { name: 'an individual above the individual threshold', patch: { fine: 60000, party: { name: '张某', kind: 'individual', creditCode: undefined } }, messageIds: ['missing'] },
  ],
  notCheckable: [
    { name: 'no decision date', patch: (c) => delete c.dates!.decided },
    { name: 'the export has no collective-discussion column', patch: { ...big, notStated: ['dates.collectiveDiscussion'] } },
    { name: 'party kind unknown and the fine between the two thresholds', patch: { fine: 40000, party: { name: '某某', kind: undefined } }, settings: { collectiveDiscussionFineIndividual: 30000 } },
    { name: 'fine read with low confidence', patch: { ...big, uncertainFields: ['fine'] } },
  ],
});
