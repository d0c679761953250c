import rule from '../../../src/checklist/rules/fine-out-of-range.js';
import { testRule } from '../rule-tester.js';

testRule(rule, {
  valid: [
    { name: 'overdue tier reaches 20万', patch: { fine: 200000 } },
    { name: 'responsible person within 2–5万', patch: { fine: 30000, party: { name: '张某', kind: 'individual' } } },
  ],
  invalid: [
    { name: 'above 97 for a unit', patch: { fine: 250000 }, messageIds: ['above'] },
    { name: 'below 94 minimum for the principal', patch: { fine: 10000, party: { name: '张某', kind: 'individual' }, penaltyArticles: ['《安全生产法》第九十四条第一款'] }, messageIds: ['below'] },
  ],
  notCheckable: [
    { name: 'no fine recorded', patch: (c) => delete c.fine },
    { name: 'article without a fixed range (95 income-based)', patch: { penaltyArticles: ['《中华人民共和国安全生产法》第一百一十二条'] } },
    { name: 'relative fine above the fixed range (103 gains)', patch: { fine: 900000, penaltyArticles: ['《中华人民共和国安全生产法》第一百零三条第一款'] } },
  ],
});
