import rule from '../../../src/checklist/rules/evidence-required-types.js';
import { testRule } from '../rule-tester.js';

testRule(rule, {
  valid: [
    { name: 'record found among documents', patch: { evidence: ['询问笔录'], documents: [{ title: '现场检查记录（2025-03-01）' }] } },
    { name: 'inspection file needs only the inspection record', patch: { type: 'inspection', evidence: ['现场检查记录'] } },
  ],
  invalid: [
    { name: 'interview record missing', patch: { evidence: ['现场检查记录', '照片'] }, messageIds: ['missing'] },
    { name: 'both missing', patch: { evidence: ['照片'] }, messageIds: ['missing', 'missing'] },
  ],
  notCheckable: [
    { name: 'nothing listed', patch: (c) => delete c.evidence },
    { name: 'case type unknown', patch: (c) => delete c.type },
  ],
});
