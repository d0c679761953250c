// 行政处罚法 第二十七条第一款: 违法行为涉嫌犯罪的，行政机关应当及时将案件移送司法机关; 第五十七条第一款第（四）项;
// 《行政执法机关移送涉嫌犯罪案件的规定》第三条: … 涉嫌构成犯罪，依法需要追究刑事责任的，必须依照本规定向公安机关移送。
import rule from '../../../src/checklist/rules/referral-missing.js';
import { testRule } from '../rule-tester.js';

const crime = '未经许可擅自储存危险化学品，发生爆炸造成2人死亡，涉嫌重大责任事故罪';
testRule(rule, {
  valid: [
    { name: 'no crime suspected', patch: {} },
    { name: 'suspected and referred', patch: { facts: crime, referredToJudiciary: true } },
    { name: 'suspected, the 移送书 on file', patch: { facts: crime, documents: [{ title: '涉嫌犯罪案件移送书' }] } },
    { name: '不涉嫌犯罪 is no suspicion', patch: { facts: '经查，该违法行为情节轻微，不涉嫌犯罪', referredToJudiciary: false } },
  ],
  invalid: [
    { name: 'suspected crime, not referred', patch: { facts: crime, referredToJudiciary: false }, messageIds: ['notReferred'] },
    { name: '涉嫌犯罪 stated plainly', patch: { facts: '非法生产烟花爆竹数量巨大，涉嫌犯罪', referredToJudiciary: false }, messageIds: ['notReferred'] },
    { name: '涉嫌非法经营罪', patch: { facts: '无证经营危险化学品，涉嫌非法经营罪', referredToJudiciary: false }, messageIds: ['notReferred'] },
  ],
  notCheckable: [
    { name: 'suspected, the source does not say whether referred', patch: { facts: crime } },
    { name: 'facts read with low confidence', patch: { facts: crime, uncertainFields: ['facts'] } },
    { name: 'the export has no referral column', patch: { facts: crime, notStated: ['referredToJudiciary'] } },
  ],
});
