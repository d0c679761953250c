// 赣应急字〔2020〕168号 §三(五): 按照法律授权对执法权力清单内事项执法，按照应急部公布的行政处罚、行政强制等事项行使层级开展执法.
import rule from '../../../src/checklist/rules/power-level.js';
import { testRule } from '../rule-tester.js';

const powerList = {
  '《安全生产法》第九十七条': ['province', 'city', 'county'],
  '安全生产法第94条': ['province', 'city'],
  '《中华人民共和国安全生产法》第一百零一条': ['province'],
};
testRule(rule, {
  cleanSettings: { powerList },
  valid: [
    { name: 'a county unit under 第九十七条', patch: { unitLevel: 'county' }, settings: { powerList } },
    { name: 'a city unit under 第九十四条 (Arabic key)', patch: { unitLevel: 'city', penaltyArticles: ['《中华人民共和国安全生产法》第九十四条第一款'] }, settings: { powerList } },
    { name: 'the province under 第一百零一条', patch: { unitLevel: 'province', penaltyArticles: ['《安全生产法》第一百零一条第（二）项'] }, settings: { powerList } },
  ],
  invalid: [
    { name: 'a county unit under 第九十四条', patch: { unitLevel: 'county', penaltyArticles: ['《中华人民共和国安全生产法》第九十四条'] }, settings: { powerList }, messageIds: ['wrongLevel'] },
    { name: 'a city unit under 第一百零一条', patch: { unitLevel: 'city', penaltyArticles: ['《安全生产法》第一百零一条'] }, settings: { powerList }, messageIds: ['wrongLevel'] },
    { name: 'an article outside the list', patch: { unitLevel: 'city', penaltyArticles: ['《中华人民共和国安全生产法》第九十九条'] }, settings: { powerList }, messageIds: ['notListed'] },
  ],
  notCheckable: [
    { name: 'no power list configured', patch: { unitLevel: 'county' } },
    { name: 'unit level unknown', patch: { unitLevel: undefined }, settings: { powerList } },
    { name: 'no penalty article', patch: { unitLevel: 'city', penaltyArticles: [] }, settings: { powerList } },
  ],
});
