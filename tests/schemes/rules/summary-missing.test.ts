/** summary-missing: 赣应急字〔2020〕168号 §三(七): 三位一体, a summary meeting. */
import rule from '../../../src/schemes/rules/summary-missing.js';
import { testRule } from '../rule-tester.js';

testRule(rule, {
  valid: [
    { name: 'summary planned', patch: {} },
    { name: 'true', patch: { summaryMeeting: true } },
    { name: 'true, county unit', patch: { summaryMeeting: true, unitLevel: 'county' } },
    { name: 'true, no date', patch: { summaryMeeting: true, date: undefined } },
  ],
  invalid: [
    { name: 'no summary meeting', patch: { summaryMeeting: false }, messageIds: ['missing'] },
    { name: 'false', patch: { summaryMeeting: false }, messageIds: ['missing'] },
    { name: 'false, county unit', patch: { summaryMeeting: false, unitLevel: 'county' }, messageIds: ['missing'] },
    { name: 'false, no experts', patch: { summaryMeeting: false, experts: [] }, messageIds: ['missing'] },
  ],
  notCheckable: [
    { name: 'unknown', patch: { summaryMeeting: undefined } },
    { name: 'unknown, county unit', patch: { summaryMeeting: undefined, unitLevel: 'county' } },
    { name: 'unknown, no experts', patch: { summaryMeeting: undefined, experts: [] } },
  ],
});
