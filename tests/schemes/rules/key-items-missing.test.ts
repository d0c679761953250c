/** key-items-missing: 赣应急字〔2020〕168号 §三(六) (避重就轻): the items cover the key items of the industry's major-hazard standard. */
import rule from '../../../src/schemes/rules/key-items-missing.js';
import { testRule, without } from '../rule-tester.js';

testRule(rule, {
  valid: [
    { name: '尾矿库 dam checked', patch: { industry: '尾矿库', items: ['坝体安全超高', '浸润线'] } },
    { name: '工贸（有限空间） by its own items only', patch: { industry: '工贸（有限空间）', items: ['有限空间作业审批、先通风再检测'] } },
    { name: '工贸企业（冶金） by the metallurgy items', patch: { industry: '工贸企业（冶金）', items: ['煤气区域报警'] } },
    { name: 'hazardous chemicals fully covered', patch: {} },
    { name: 'full-width and spaces ignored', patch: { items: ['重大 危险源', '动火作业', 'ＳＩＳ安全仪表'] } },
    { name: 'dust explosion covered', patch: { industry: '粉尘涉爆', items: ['除尘系统泄爆', '防爆电气', '粉尘清理制度'] } },
    { name: 'light industry: one sub-sector item is enough', patch: { industry: '轻工（白酒）', items: ['酒库乙醇蒸气报警'] } },
    { name: 'non-coal mine: one key item covered is not 避重就轻', patch: { industry: '非煤矿山', items: ['防治水措施', '消防器材'] } },
    // 应急管理部令第10号: 第十一条 (dust) is the sub-sector's own list; naming it replaces the 第三条 generic items
    { name: '工贸（粉尘涉爆） covering every dust item is judged by the dust list only', patch: { industry: '工贸（粉尘涉爆）', items: ['除尘系统泄爆', '防爆电气', '粉尘清理制度'] } },
    { name: '工贸（涉氨制冷） covering the ammonia items', patch: { industry: '工贸（涉氨制冷）', items: ['液氨储罐安全附件', '速冻装置'] } },
    { name: '工贸（有限空间） covering the confined-space items', patch: { industry: '工贸（有限空间）', items: ['有限空间辨识台账', '有限空间作业审批和先通风、再检测、后作业'] } },
    { name: '工贸企业-冶金 covering molten metal', patch: { industry: '工贸企业-冶金', items: ['高温熔融金属吊运', '煤气区域监测报警'] } },
    { name: '非煤矿山（露天） judged by open-pit items only', patch: { industry: '非煤矿山（露天）', items: ['边坡监测', '台阶参数'] } },
  ],
  invalid: [
    { name: '烟花爆竹 covering nothing of its own', patch: { industry: '烟花爆竹', items: ['消防器材', '安全培训'] }, messageIds: ['tooFew'] },
    { name: '尾矿库 covering nothing of its own', patch: { industry: '尾矿库', items: ['劳动防护用品'] }, messageIds: ['tooFew'] },
    { name: '危险化学品 without 特殊作业', patch: { items: ['重大危险源', 'SIS'] }, messageIds: ['coreMissing'] },
    { name: 'hazardous chemicals without major hazard sources or special operations (core items)', patch: { items: ['消防器材', '安全培训台账', '可燃气体报警'] }, messageIds: ['coreMissing'] },
    { name: 'no items at all skips the core items too', patch: { items: undefined }, messageIds: ['coreMissing'] },
    { name: 'hazardous chemicals missing one core item', patch: { items: ['重大危险源', '可燃气体报警'] }, messageIds: ['coreMissing'] },
    { name: 'alias 化工 resolves to hazardous chemicals', patch: { industry: '化工', items: ['劳动防护用品'] }, messageIds: ['coreMissing'] },
    { name: 'two industries: the second one skipped', patch: { industry: '危化、有限空间', items: ['重大危险源', '动火作业', '紧急停车'] }, messageIds: ['tooFew'] },
    { name: 'non-coal mine covering none of its key items (避重就轻)', patch: { industry: '非煤矿山', items: ['消防器材配置', '劳动防护用品发放台账', '安全警示标志设置情况'] }, messageIds: ['tooFew'] },
    { name: '工贸（粉尘涉爆） covering no dust item is 避重就轻 of the dust list', patch: { industry: '工贸（粉尘涉爆）', items: ['相关方管理', '特种作业人员持证'] }, messageIds: ['tooFew'] },
    { name: '工贸（有限空间、粉尘涉爆）: the dust list skipped', patch: { industry: '工贸（有限空间、粉尘涉爆）', items: ['有限空间作业审批'] }, messageIds: ['tooFew'] },
    { name: 'confined spaces: generic 台账 and 警示标志 are not key items', patch: { industry: '有限空间', items: ['安全警示标志设置情况', '安全生产费用台账'] }, messageIds: ['tooFew'] },
  ],
  notCheckable: [
    { name: '工贸（家具制造） names no sub-sector of the catalog', patch: { industry: '工贸（家具制造）', items: ['消防'] } },
    { name: 'the export has no 检查内容 column', patch: { items: undefined }, fields: without('items') },
    { name: 'industry blank', patch: { industry: '  ' } },
    { name: 'industry not stated', patch: { industry: undefined } },
    { name: 'industry not in the catalog', patch: { industry: '房地产' } },
    { name: 'broad sector with a qualifier that is no sub-sector: 工贸（家具）', patch: { industry: '工贸（家具）', items: ['消防器材'] } },
    { name: 'broad sector with an unknown qualifier: 非煤矿山（石灰石）', patch: { industry: '非煤矿山（石灰石）', items: ['消防器材'] } },
    { name: 'broad sector followed by an unknown word: 工贸木材加工', patch: { industry: '工贸木材加工', items: ['消防器材'] } },
  ],
});
