/** officers-insufficient: 赣应急字〔2020〕168号 §三(五)(六); 行政处罚法 第四十二条: at least two certified officers. */
import rule from '../../../src/schemes/rules/officers-insufficient.js';
import { testRule, without } from '../rule-tester.js';

testRule(rule, {
  valid: [
    { name: 'two certified officers', patch: {} },
    { name: 'certificate valid on the very day', patch: { date: '2025-03-10', officers: [{ name: '张三', certNo: '1', certValidUntil: '2025-03-10' }, { name: '李四', certNo: '2' }] } },
    { name: 'letters in certificate numbers', patch: { officers: [{ name: '刘一', certNo: 'JX-0301' }, { name: '陈二', certNo: '赣A2024017' }] } },
    { name: 'three officers', patch: { officers: [{ name: '甲乙', certNo: '1' }, { name: '丙丁', certNo: '2' }, { name: '戊己', certNo: '3' }] } },
    { name: 'validity after the inspection date', patch: { date: '2025-03-10', officers: [{ name: '张三', certNo: '1', certValidUntil: '2026-01-01' }, { name: '李四', certNo: '2' }] } },
    { name: 'a certificate expiring later the same year as the inspection', patch: { date: '2025-03-10', officers: [{ name: '张三', certNo: '1', certValidUntil: '2025-12-31' }, { name: '李四', certNo: '2', certValidUntil: '2025-03-11' }] } },
    { name: 'an expired certificate and no scheme date: validity cannot be judged, two certified officers pass', patch: { date: undefined, officers: [{ name: '张三', certNo: '1', certValidUntil: '2020-01-01' }, { name: '李四', certNo: '2' }] } },
  ],
  invalid: [
    { name: 'one officer', patch: { officers: [{ name: '张三', certNo: '1' }] }, messageIds: ['tooFew'] },
    { name: 'no officers at all', patch: { officers: undefined }, messageIds: ['tooFew'] },
    { name: 'a certificate number missing', patch: { officers: [{ name: '张三', certNo: '1' }, { name: '李四' }] }, messageIds: ['certMissing'] },
    {
      name: 'a certificate expired before the inspection date',
      patch: { date: '2025-03-10', officers: [{ name: '张三', certNo: '1', certValidUntil: '2025-03-09' }, { name: '李四', certNo: '2' }] },
      messageIds: ['certExpired'],
    },
    { name: 'one officer without a certificate', patch: { officers: [{ name: '张三' }] }, messageIds: ['tooFew', 'certMissing'] },
    { name: 'two names, one certificate, numbers exported', patch: { officers: [{ name: '张三', certNo: 'JX-01' }, { name: '李四' }] }, messageIds: ['certMissing'] },
    { name: 'a single officer', patch: { officers: [{ name: '王五', certNo: '360100' }] }, messageIds: ['tooFew'] },
    { name: 'one officer while the export has no numbers', patch: { officers: [{ name: '王五' }] }, messageIds: ['tooFew'], fields: without('officers.certNo') },
    { name: 'blank officer rows do not count (two rows, one person)', patch: { officers: [{ name: '张三', certNo: '1' }, { name: ' ', certNo: ' ' }] }, messageIds: ['tooFew'] },
    { name: 'both certificates expired before the inspection', patch: { date: '2025-06-01', officers: [{ name: '张三', certNo: '1', certValidUntil: '2024-12-31' }, { name: '李四', certNo: '2', certValidUntil: '2025-05-31' }] }, messageIds: ['certExpired'] },
  ],
  notCheckable: [
    { name: 'the export has no officer column', patch: { officers: undefined }, fields: without('officers') },
    { name: 'two officers, the export has no 执法证号 column', patch: { officers: [{ name: '张三' }, { name: '李四' }] }, fields: without('officers.certNo') },
    { name: 'no officer column, single-scheme input', patch: { officers: undefined }, fields: [] },
  ],
});
