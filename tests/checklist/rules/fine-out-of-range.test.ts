// 安全生产法 第九十七条: 责令限期改正，处十万元以下的罚款；逾期未改正的，… 并处十万元以上二十万元以下的罚款，对其直接负责的
// 主管人员和其他直接责任人员处二万元以上五万元以下的罚款. 第九十四条: 主要负责人 二万–五万；逾期未改正的 五万–十万.
// Each tier has its own condition: the tier applied is the one the facts state, never the union of tiers.
import rule from '../../../src/checklist/rules/fine-out-of-range.js';
import { testRule } from '../rule-tester.js';

const overdue = '经责令限期改正，逾期未改正，仍未按照规定对从业人员进行安全生产教育和培训';
testRule(rule, {
  valid: [
    { name: 'base tier of 97 (≤10万)', patch: { fine: 100000 } },
    { name: 'overdue tier of 97 stated in the facts', patch: { fine: 150000, facts: overdue } },
    { name: 'overdue tier reaches 20万', patch: { fine: 200000, facts: overdue } },
    { name: 'responsible person of 97: only the overdue tier exists (2–5万)', patch: { fine: 30000, party: { name: '张某', kind: 'individual' } } },
    { name: '114 item (一) 一般事故: 30万–100万', patch: { fine: 500000, penaltyArticles: ['《中华人民共和国安全生产法》第一百一十四条第（一）项'], facts: '发生一般生产安全事故，造成1人死亡' } },
    { name: '103 third paragraph, 资质 transfer stated: 10–20万', patch: { fine: 150000, penaltyArticles: ['《中华人民共和国安全生产法》第一百零三条第三款'], facts: '施工单位出借施工资质，没有违法所得' } },
    { name: 'principal under 94, base tier 2–5万', patch: { fine: 30000, party: { name: '张某', kind: 'individual' }, penaltyArticles: ['《安全生产法》第九十四条第一款'] } },
  ],
  invalid: [
    { name: '150,000 under 97 with no 逾期未改正 in the facts (the base tier caps at 10万)', patch: { fine: 150000 }, messageIds: ['above'] },
    { name: '103 third paragraph without a transfer: the base ≤10万', patch: { fine: 150000, penaltyArticles: ['《中华人民共和国安全生产法》第一百零三条第三款'], facts: '施工单位未按照规定对施工项目进行安全管理' }, messageIds: ['above'] },
    { name: 'above the overdue tier of 97', patch: { fine: 250000, facts: overdue }, messageIds: ['above'] },
    { name: 'below the 94 minimum for the principal', patch: { fine: 10000, party: { name: '张某', kind: 'individual' }, penaltyArticles: ['《安全生产法》第九十四条第一款'] }, messageIds: ['below'] },
    { name: 'principal under 94: overdue stated, fine of the base tier (below 5万)', patch: { fine: 23000, facts: '主要负责人未履行安全生产管理职责，经责令限期改正逾期未改正', party: { name: '张某', kind: 'individual' }, penaltyArticles: ['《中华人民共和国安全生产法》第九十四条'] }, messageIds: ['below'] },
  ],
  notCheckable: [
    { name: 'no fine recorded', patch: (c) => delete c.fine },
    { name: 'article without a fixed range (112 daily fines)', patch: { penaltyArticles: ['《中华人民共和国安全生产法》第一百一十二条'] } },
    { name: 'relative fine above the fixed range (103 gains)', patch: { fine: 900000, penaltyArticles: ['《中华人民共和国安全生产法》第一百零三条第一款'] } },
    { name: 'two-tier article but no facts to tell the tier', patch: { fine: 150000, facts: undefined } },
    { name: '114 cited without its item (each accident class has its own range)', patch: { fine: 500000, penaltyArticles: ['《中华人民共和国安全生产法》第一百一十四条'] } },
    { name: 'the export has no facts column', patch: { fine: 150000, notStated: ['facts'] } },
  ],
});
