import rule from '../../../src/checklist/rules/hearing-right-missing.js';
import { testRule } from '../rule-tester.js';

testRule(rule, {
  valid: [
    { name: 'large fine with hearing notice', patch: { fine: 50000, dates: { hearingNotified: '2025-03-20' } } },
    { name: 'individual under 1万', patch: { fine: 9000, party: { name: '张某', kind: 'individual' } } },
    { name: 'threshold raised by setting', patch: { fine: 50000 }, settings: { hearingFineUnit: 100000 } },
  ],
  invalid: [
    { name: 'unit fined 3万 without hearing notice', patch: { fine: 30000 }, messageIds: ['missing'] },
    { name: 'suspension without hearing notice', patch: { fine: 5000, penaltyKinds: ['罚款', '责令停产停业整顿'] }, messageIds: ['missing'] },
  ],
  notCheckable: [
    { name: 'party kind unknown between thresholds', patch: (c) => { c.fine = 20000; delete c.party!.kind; } },
    { name: 'neither fine nor kind', patch: (c) => { delete c.fine; delete c.penaltyKinds; } },
  ],
});
