// 安全生产法 第六十五条第一款: （二）对检查中发现的安全生产违法行为，当场予以纠正或者要求限期改正 …；（三）对检查中发现的
// 事故隐患，应当责令立即排除 …; 赣应急字〔2020〕168号 §二(一) 问题隐患认定、责令整改、整改复查“三部曲”.
import rule from '../../../src/checklist/rules/rectification-order-missing.js';
import { testRule } from '../rule-tester.js';
import type { CaseFile } from '../../../src/model/types.js';

/** An inspection file (no decision) with these facts and documents. */
const inspection = (facts: string | undefined, documents: string[] = ['现场检查记录', '结案审批表'], dates: CaseFile['dates'] = { filed: '2025-03-10', closed: '2025-03-12' }) => (c: CaseFile) => {
  c.type = 'inspection';
  c.facts = facts;
  c.documents = documents.map((title) => ({ title }));
  c.dates = dates;
  delete c.fine;
  delete c.penaltyArticles;
};

testRule(rule, {
  valid: [
    { name: 'nothing found (未发现违法行为), although 隐患排查治理 was checked', patch: inspection('检查了安全生产责任制、教育培训、隐患排查治理和应急管理等情况，未发现安全生产违法行为。') },
    { name: '无安全隐患', patch: inspection('现场检查未见异常，无安全隐患。') },
    { name: 'hazards with a rectification deadline', patch: inspection('发现以下问题：1.消防通道堵塞；2.未设置安全警示标志。', ['现场检查记录', '责令限期整改指令书'], { filed: '2025-03-10', rectificationDeadline: '2025-03-25' }) },
    { name: 'corrected on the spot (当场予以纠正)', patch: inspection('发现配电箱未上锁，已当场予以纠正。') },
    { name: 'a rectification order in the documents without its date', patch: inspection('发现特种作业人员未持证上岗。', ['现场检查记录', '责令限期整改指令书']) },
  ],
  invalid: [
    { name: 'hazards listed, no order', patch: inspection('发现以下问题：1.未如实记录事故隐患排查治理情况；2.安全出口锁闭。'), messageIds: ['missing'] },
    { name: '未发现重大事故隐患 but a blocked escape route', patch: inspection('未发现重大事故隐患，但疏散通道被货物占用。'), messageIds: ['missing'] },
    { name: 'a major hazard named', patch: inspection('涉氨制冷车间存在重大事故隐患'), messageIds: ['missing'] },
    { name: 'equipment failed', patch: inspection('可燃气体报警仪失效'), messageIds: ['missing'] },
  ],
  notCheckable: [
    { name: 'no facts', patch: inspection(undefined) },
    { name: 'facts read with low confidence', patch: (c) => { inspection('安全出口锁闭')(c); c.uncertainFields = ['facts']; } },
    { name: 'the export has no rectification-deadline column', patch: (c) => { inspection('安全出口锁闭')(c); c.notStated = ['dates.rectificationDeadline']; } },
  ],
});
