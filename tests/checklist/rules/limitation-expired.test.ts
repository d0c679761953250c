// 行政处罚法 第三十六条: 违法行为在二年内未被发现的，不再给予行政处罚；涉及公民生命健康安全、金融安全且有危害后果的，
// 上述期限延长至五年 … 从违法行为发生之日起计算；违法行为有连续或者继续状态的，从行为终了之日起计算。
import rule from '../../../src/checklist/rules/limitation-expired.js';
import { testRule } from '../rule-tester.js';

testRule(rule, {
  valid: [
    { name: 'found a fortnight after', patch: { dates: { violation: '2025-02-20', filed: '2025-03-03' } } },
    { name: 'found exactly two years after (the last day)', patch: { dates: { violation: '2023-03-03', filed: '2025-03-03' } } },
    { name: 'a continuing violation counted from its end', patch: { dates: { violation: '2024-12-31', filed: '2025-03-03' }, facts: '2021年起至2024年12月31日持续未按规定进行安全生产教育和培训' } },
  ],
  invalid: [
    { name: 'found two years and a day after', patch: { dates: { violation: '2023-03-02', filed: '2025-03-03' } }, messageIds: ['expired'] },
    { name: 'three years, no harm stated', patch: { dates: { violation: '2022-01-10', filed: '2025-03-03' } }, messageIds: ['expired'] },
    { name: 'six years even with an accident (beyond five)', patch: { dates: { violation: '2019-01-10', filed: '2025-03-03' }, facts: '未落实安全措施导致发生生产安全事故，造成1人受伤' }, messageIds: ['expired'] },
  ],
  notCheckable: [
    { name: 'no violation date', patch: (c) => delete c.dates!.violation },
    { name: 'three years with an accident: five years may apply', patch: { dates: { violation: '2022-01-10', filed: '2025-03-03' }, facts: '违规动火作业导致发生火灾事故，造成2人受伤' } },
    { name: 'no filing date', patch: (c) => delete c.dates!.filed },
    { name: 'a PDF never states the violation date', patch: { notStated: ['dates.violation'] } },
  ],
});
