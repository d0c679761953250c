import rule from '../../../src/checklist/rules/basis-missing.js';
import { testRule } from '../rule-tester.js';

testRule(rule, {
  valid: [{ name: 'a basis without law title', patch: { penaltyArticles: ['第九十七条'] } }],
  invalid: [
    { name: 'no penalty articles', patch: (c) => delete c.penaltyArticles, messageIds: ['missing'] },
    { name: 'empty list', patch: { penaltyArticles: [] }, messageIds: ['missing'] },
  ],
  notCheckable: [{ name: 'basis read with low confidence', patch: { uncertainFields: ['penaltyArticles'] } }],
});
