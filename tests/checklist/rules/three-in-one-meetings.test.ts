// 赣应急字〔2020〕168号 第三部分第（七）项: 现场执法统一实行“启动会+现场执法检查+总结会”…的“三位一体”执法模式。
// Either meeting not held is a finding of its own; a meeting the source does not mention is unknown, not missing.
import rule from '../../../src/checklist/rules/three-in-one-meetings.js';
import { testRule } from '../rule-tester.js';

testRule(rule, {
  valid: [
    { name: 'both meetings held (inspection record)', patch: { type: 'inspection', kickoffMeeting: true, summaryMeeting: true } },
    { name: 'both held, on a penalty file opened by an inspection', patch: { kickoffMeeting: true, summaryMeeting: true, documents: [{ title: '现场检查记录' }] } },
    { name: 'both held, the record read from a scan with other fields uncertain', patch: { kickoffMeeting: true, summaryMeeting: true, uncertainFields: ['dates.filed'] } },
  ],
  invalid: [
    { name: 'no kick-off meeting (启动会)', patch: { kickoffMeeting: false }, messageIds: ['kickoff'] },
    { name: 'no summary meeting (总结会)', patch: { summaryMeeting: false }, messageIds: ['summary'] },
    { name: 'neither meeting: straight to the site and away', patch: { kickoffMeeting: false, summaryMeeting: false }, messageIds: ['kickoff', 'summary'] },
    { name: 'no kick-off; the summary not stated (the finding stands)', patch: { kickoffMeeting: false, summaryMeeting: undefined }, messageIds: ['kickoff'] },
  ],
  notCheckable: [
    { name: 'an export without meeting columns', patch: { kickoffMeeting: undefined, summaryMeeting: undefined, notStated: ['kickoffMeeting', 'summaryMeeting'] } },
    { name: 'the kick-off held, the summary not stated', patch: { summaryMeeting: undefined } },
    { name: 'the kick-off flag read with low confidence', patch: { kickoffMeeting: false, uncertainFields: ['kickoffMeeting'] } },
  ],
});
