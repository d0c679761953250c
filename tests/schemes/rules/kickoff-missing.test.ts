/** kickoff-missing: 赣应急字〔2020〕168号 §三(七): 三位一体, a kick-off meeting. */
import rule from '../../../src/schemes/rules/kickoff-missing.js';
import { testRule } from '../rule-tester.js';

testRule(rule, {
  valid: [
    { name: 'kick-off planned', patch: {} },
    { name: 'true', patch: { kickoffMeeting: true } },
    { name: 'true, county unit', patch: { kickoffMeeting: true, unitLevel: 'county' } },
    { name: 'true, no date', patch: { kickoffMeeting: true, date: undefined } },
  ],
  invalid: [
    { name: 'no kick-off meeting', patch: { kickoffMeeting: false }, messageIds: ['missing'] },
    { name: 'false', patch: { kickoffMeeting: false }, messageIds: ['missing'] },
    { name: 'false, county unit', patch: { kickoffMeeting: false, unitLevel: 'county' }, messageIds: ['missing'] },
    { name: 'false, no experts', patch: { kickoffMeeting: false, experts: [] }, messageIds: ['missing'] },
  ],
  notCheckable: [
    { name: 'unknown', patch: { kickoffMeeting: undefined } },
    { name: 'unknown, county unit', patch: { kickoffMeeting: undefined, unitLevel: 'county' } },
    { name: 'unknown, no experts', patch: { kickoffMeeting: undefined, experts: [] } },
  ],
});
