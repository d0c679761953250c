/**
 * More cases per scheme rule, written from 赣应急字〔2020〕168号 §三(六) (a scheme states 检查方式, 检查内容, 检查人员组成,
 * time and target), §六(十五) (annual plan) and §三(七) (三位一体), including exports that lack a column: a field
 * no scheme of the input carries is not checked, never a reason to reject.
 */
import { rule as method } from '../../src/schemes/rules/method-missing.js';
import { rule as content } from '../../src/schemes/rules/content-missing.js';
import { rule as date } from '../../src/schemes/rules/date-missing.js';
import { rule as plan } from '../../src/schemes/rules/not-in-annual-plan.js';
import { rule as officers } from '../../src/schemes/rules/officers-insufficient.js';
import { rule as kickoff } from '../../src/schemes/rules/kickoff-missing.js';
import { rule as summary } from '../../src/schemes/rules/summary-missing.js';
import { rule as experts } from '../../src/schemes/rules/experts-missing.js';
import { rule as keyItems } from '../../src/schemes/rules/key-items-missing.js';
import { cleanScheme, context, testRule } from './rule-tester.js';

const all = ['experts', 'methods', 'items', 'date', 'officers', 'officers.certNo'];
const without = (field: string) => context(all.filter((f) => f !== field));

testRule(method, {
  hit: [
    { name: 'empty list', scheme: cleanScheme({ methods: [] }), messageIds: ['missing'] },
    { name: 'absent while other schemes of the export state theirs', scheme: cleanScheme({ methods: undefined }), messageIds: ['missing'] },
    { name: 'blank strings only', scheme: cleanScheme({ methods: ['', ' '] }), messageIds: ['missing'] },
  ],
  miss: [
    { name: '现场检查', scheme: cleanScheme({ methods: ['现场检查'] }) },
    { name: '查阅资料、询问', scheme: cleanScheme({ methods: ['查阅资料', '询问有关人员'] }) },
    { name: '双随机抽查', scheme: cleanScheme({ methods: ['双随机抽查'] }) },
  ],
  notChecked: [
    { name: 'the export has no 检查方式 column', scheme: cleanScheme({ methods: undefined }), ctx: without('methods') },
    { name: 'no column, single-scheme input', scheme: cleanScheme({ methods: undefined }), ctx: context([]) },
    { name: 'no column, other fields present', scheme: cleanScheme({ methods: undefined }), ctx: without('methods') },
  ],
});

testRule(content, {
  hit: [
    { name: 'empty list', scheme: cleanScheme({ items: [] }), messageIds: ['missing'] },
    { name: 'absent while other schemes list theirs', scheme: cleanScheme({ items: undefined }), messageIds: ['missing'] },
    { name: 'blank strings only', scheme: cleanScheme({ items: ['  '] }), messageIds: ['missing'] },
  ],
  miss: [
    { name: 'one item', scheme: cleanScheme({ items: ['重大危险源'] }) },
    { name: 'several items', scheme: cleanScheme() },
    { name: 'items with spaces', scheme: cleanScheme({ items: [' 动火作业 '] }) },
  ],
  notChecked: [
    { name: 'the export has no 检查内容 column', scheme: cleanScheme({ items: undefined }), ctx: without('items') },
    { name: 'no column, single-scheme input', scheme: cleanScheme({ items: undefined }), ctx: context([]) },
    { name: 'no column, experts present', scheme: cleanScheme({ items: undefined }), ctx: context(['experts']) },
  ],
});

testRule(date, {
  hit: [
    { name: 'absent while other schemes are dated', scheme: cleanScheme({ date: undefined }), messageIds: ['missing'] },
    { name: 'blank', scheme: cleanScheme({ date: ' ' }), messageIds: ['missing'] },
    { name: 'empty string', scheme: cleanScheme({ date: '' }), messageIds: ['missing'] },
  ],
  miss: [
    { name: 'a date', scheme: cleanScheme({ date: '2025-03-10' }) },
    { name: 'another date', scheme: cleanScheme({ date: '2025-12-31' }) },
    { name: 'start of year', scheme: cleanScheme({ date: '2025-01-02' }) },
  ],
  notChecked: [
    { name: 'the export has no 检查日期 column', scheme: cleanScheme({ date: undefined }), ctx: without('date') },
    { name: 'no column, single-scheme input', scheme: cleanScheme({ date: undefined }), ctx: context([]) },
    { name: 'no column, experts present', scheme: cleanScheme({ date: undefined }), ctx: context(['experts']) },
  ],
});

testRule(plan, {
  hit: [
    { name: 'not in the plan', scheme: cleanScheme({ inAnnualPlan: false }), messageIds: ['notInPlan'] },
    { name: 'not in the plan, county unit', scheme: cleanScheme({ inAnnualPlan: false, unitLevel: 'county' }), messageIds: ['notInPlan'] },
    { name: 'not in the plan, no industry', scheme: cleanScheme({ inAnnualPlan: false, industry: undefined }), messageIds: ['notInPlan'] },
  ],
  miss: [
    { name: 'in the plan', scheme: cleanScheme() },
    { name: 'in the plan, county unit', scheme: cleanScheme({ unitLevel: 'county' }) },
    { name: 'in the plan, no experts', scheme: cleanScheme({ experts: [] }) },
  ],
  notChecked: [
    { name: 'unknown', scheme: cleanScheme({ inAnnualPlan: undefined }) },
    { name: 'unknown, county unit', scheme: cleanScheme({ inAnnualPlan: undefined, unitLevel: 'county' }) },
    { name: 'unknown, no date', scheme: cleanScheme({ inAnnualPlan: undefined, date: undefined }) },
  ],
});

testRule(officers, {
  hit: [
    { name: 'two names, one certificate, numbers exported', scheme: cleanScheme({ officers: [{ name: '张三', certNo: 'JX-01' }, { name: '李四' }] }), messageIds: ['certMissing'] },
    { name: 'a single officer', scheme: cleanScheme({ officers: [{ name: '王五', certNo: '360100' }] }), messageIds: ['tooFew'] },
    { name: 'one officer while the export has no numbers', scheme: cleanScheme({ officers: [{ name: '王五' }] }), messageIds: ['tooFew'], ctx: without('officers.certNo') },
  ],
  miss: [
    { name: 'letters in certificate numbers', scheme: cleanScheme({ officers: [{ name: '刘一', certNo: 'JX-0301' }, { name: '陈二', certNo: '赣A2024017' }] }) },
    { name: 'three officers', scheme: cleanScheme({ officers: [{ name: '甲乙', certNo: '1' }, { name: '丙丁', certNo: '2' }, { name: '戊己', certNo: '3' }] }) },
    { name: 'validity after the inspection date', scheme: cleanScheme({ date: '2025-03-10', officers: [{ name: '张三', certNo: '1', certValidUntil: '2026-01-01' }, { name: '李四', certNo: '2' }] }) },
  ],
  notChecked: [
    { name: 'the export has no officer column', scheme: cleanScheme({ officers: undefined }), ctx: without('officers') },
    { name: 'two officers, the export has no 执法证号 column', scheme: cleanScheme({ officers: [{ name: '张三' }, { name: '李四' }] }), ctx: without('officers.certNo') },
    { name: 'no officer column, single-scheme input', scheme: cleanScheme({ officers: undefined }), ctx: context([]) },
  ],
});

for (const [rule, field] of [[kickoff, 'kickoffMeeting'], [summary, 'summaryMeeting']] as const) {
  testRule(rule, {
    hit: [
      { name: 'false', scheme: cleanScheme({ [field]: false }), messageIds: ['missing'] },
      { name: 'false, county unit', scheme: cleanScheme({ [field]: false, unitLevel: 'county' }), messageIds: ['missing'] },
      { name: 'false, no experts', scheme: cleanScheme({ [field]: false, experts: [] }), messageIds: ['missing'] },
    ],
    miss: [
      { name: 'true', scheme: cleanScheme({ [field]: true }) },
      { name: 'true, county unit', scheme: cleanScheme({ [field]: true, unitLevel: 'county' }) },
      { name: 'true, no date', scheme: cleanScheme({ [field]: true, date: undefined }) },
    ],
    notChecked: [
      { name: 'unknown', scheme: cleanScheme({ [field]: undefined }) },
      { name: 'unknown, county unit', scheme: cleanScheme({ [field]: undefined, unitLevel: 'county' }) },
      { name: 'unknown, no experts', scheme: cleanScheme({ [field]: undefined, experts: [] }) },
    ],
  });
}

testRule(experts, {
  hit: [
    { name: 'empty list', scheme: cleanScheme({ experts: [] }), messageIds: ['missing'] },
    { name: 'blank names', scheme: cleanScheme({ experts: [' '] }), messageIds: ['missing'] },
    { name: 'absent while the export has the column', scheme: cleanScheme({ experts: undefined }), messageIds: ['missing'], ctx: context(['experts']) },
  ],
  miss: [
    { name: 'one expert', scheme: cleanScheme({ experts: ['王工'] }) },
    { name: 'two experts', scheme: cleanScheme({ experts: ['王工', '李工'] }) },
    { name: 'an expert, no column elsewhere', scheme: cleanScheme({ experts: ['赵工'] }), ctx: context([]) },
  ],
  notChecked: [
    { name: 'no experts column', scheme: cleanScheme({ experts: undefined }), ctx: context([]) },
    { name: 'no experts column, other fields', scheme: cleanScheme({ experts: undefined }), ctx: without('experts') },
    { name: 'no experts column, county unit', scheme: cleanScheme({ experts: undefined, unitLevel: 'county' }), ctx: context(['methods']) },
  ],
});

testRule(keyItems, {
  hit: [
    { name: '烟花爆竹 covering nothing of its own', scheme: cleanScheme({ industry: '烟花爆竹', items: ['消防器材', '安全培训'] }), messageIds: ['tooFew'] },
    { name: '尾矿库 covering nothing of its own', scheme: cleanScheme({ industry: '尾矿库', items: ['劳动防护用品'] }), messageIds: ['tooFew'] },
    { name: '危险化学品 without 特殊作业', scheme: cleanScheme({ items: ['重大危险源', 'SIS'] }), messageIds: ['coreMissing'] },
  ],
  miss: [
    { name: '尾矿库 dam checked', scheme: cleanScheme({ industry: '尾矿库', items: ['坝体安全超高', '浸润线'] }) },
    { name: '工贸（有限空间） by its own items only', scheme: cleanScheme({ industry: '工贸（有限空间）', items: ['有限空间作业审批、先通风再检测'] }) },
    { name: '工贸企业（冶金） by the metallurgy items', scheme: cleanScheme({ industry: '工贸企业（冶金）', items: ['煤气区域报警'] }) },
  ],
  notChecked: [
    { name: '工贸（家具制造） names no sub-sector of the catalog', scheme: cleanScheme({ industry: '工贸（家具制造）', items: ['消防'] }) },
    { name: 'the export has no 检查内容 column', scheme: cleanScheme({ items: undefined }), ctx: without('items') },
    { name: 'industry blank', scheme: cleanScheme({ industry: '  ' }) },
  ],
});
