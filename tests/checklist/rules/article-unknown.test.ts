import rule from '../../../src/checklist/rules/article-unknown.js';
import { testRule } from '../rule-tester.js';

testRule(rule, {
  valid: [
    { name: 'nothing cited (basis-missing reports that)', patch: { violatedArticles: [], penaltyArticles: [] } },
    { name: 'a citation without a law title inherits the previous title', patch: { violatedArticles: ['《安全生产法》第二十八条'], penaltyArticles: ['第九十七条第三项'] } },
    { name: 'short title and Arabic numerals', patch: { penaltyArticles: ['《安全生产法》第97条第1款第3项'] } },
    { name: 'several articles of one law', patch: { penaltyArticles: ['《中华人民共和国安全生产法》第九十九条第（一）项、第一百零一条第（二）项'] } },
  ],
  invalid: [
    { name: 'article beyond the law', patch: { penaltyArticles: ['《中华人民共和国安全生产法》第一百二十九条'] }, messageIds: ['unknown'] },
    { name: 'item beyond the article', patch: { penaltyArticles: ['《中华人民共和国安全生产法》第九十七条第（九）项'] }, messageIds: ['unknown'] },
    { name: 'paragraph beyond the article (行政处罚法)', patch: { violatedArticles: ['《中华人民共和国行政处罚法》第六十三条第三款'] }, messageIds: ['unknown'] },
  ],
  notCheckable: [
    { name: 'text without any article', patch: { violatedArticles: [], penaltyArticles: ['安全生产相关规定'] } },
    { name: 'law not in the catalog', patch: { violatedArticles: [], penaltyArticles: ['《危险化学品安全管理条例》第八十条'] } },
  ],
});
