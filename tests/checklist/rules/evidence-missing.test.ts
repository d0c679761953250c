import rule from '../../../src/checklist/rules/evidence-missing.js';
import { testRule } from '../rule-tester.js';

testRule(rule, {
  valid: [{ name: 'one item', patch: { evidence: ['询问笔录'] } }],
  invalid: [
    { name: 'no evidence field', patch: (c) => delete c.evidence, messageIds: ['missing'] },
    { name: 'only placeholders', patch: { evidence: ['—', ''] }, messageIds: ['missing'] },
  ],
  notCheckable: [{ name: 'evidence read with low confidence', patch: { uncertainFields: ['evidence'] } }],
});
