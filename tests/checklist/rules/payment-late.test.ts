// 行政处罚法 第六十七条第三款: 当事人应当自收到行政处罚决定书之日起十五日内 … 缴纳罚款 (calendar days: 第八十五条
// names only 二、三、五、七日); 第六十六条第二款 deferral; 第七十二条 加处罚款 / enforcement when paid late.
import rule from '../../../src/checklist/rules/payment-late.js';
import { testRule } from '../rule-tester.js';

testRule(rule, {
  valid: [
    { name: 'paid on the 15th day after service', patch: { dates: { served: '2025-04-03', paid: '2025-04-18', closed: '2025-04-25' } } },
    { name: 'no fine (a warning)', patch: { fine: undefined, penaltyKinds: ['警告'], dates: { paid: undefined } } },
    { name: 'paid late with an approved deferral', patch: { dates: { paid: '2025-06-30', closed: '2025-07-05' }, paymentDeferred: true } },
    { name: 'paid in time: a missing 延期缴纳 column does not matter', patch: { notStated: ['paymentDeferred'] } },
    { name: 'paid late after a surcharge decision', patch: { dates: { paid: '2025-06-30', closed: '2025-07-05' }, documents: [{ title: '加处罚款决定书' }] } },
  ],
  invalid: [
    { name: 'paid on the 16th day', patch: { dates: { served: '2025-04-03', paid: '2025-04-19', closed: '2025-04-25' } }, messageIds: ['late'] },
    { name: 'paid two months late, nothing on file', patch: { dates: { paid: '2025-06-10', closed: '2025-06-20' } }, messageIds: ['late'] },
    { name: 'a deferral explicitly not granted', patch: { dates: { paid: '2025-05-30', closed: '2025-06-02' }, paymentDeferred: false }, messageIds: ['late'] },
  ],
  notCheckable: [
    { name: 'no service date', patch: (c) => delete c.dates!.served },
    { name: 'no payment date', patch: (c) => delete c.dates!.paid },
    { name: 'the export has no payment column', patch: { notStated: ['dates.paid'] } },
    { name: 'paid late and the export has no 延期缴纳 column', patch: { dates: { paid: '2025-06-10', closed: '2025-06-20' }, notStated: ['paymentDeferred'] } },
  ],
});
