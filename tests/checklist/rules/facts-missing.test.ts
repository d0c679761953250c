import rule from '../../../src/checklist/rules/facts-missing.js';
import { testRule } from '../rule-tester.js';

testRule(rule, {
  valid: [{ name: 'short facts', patch: { facts: '未设置安全警示标志' } }],
  invalid: [
    { name: 'facts absent', patch: (c) => delete c.facts, messageIds: ['missing'] },
    { name: 'placeholder 无', patch: { facts: '无' }, messageIds: ['missing'] },
  ],
  notCheckable: [{ name: 'facts read with low confidence (OCR)', patch: { uncertainFields: ['facts'] } }],
});
