/**
 * More cases for the rules that had fewer than three valid and three invalid ones, written from the articles they
 * enforce (行政处罚法 第三十八、四十、四十二、四十四、五十四、五十八、五十九、六十、六十二、六十三条; 安全生产法 第七十八条;
 * GB 32100-2015), with the layouts exports really use (full-width spaces, placeholders, masked codes).
 */
import basisMissing from '../../src/checklist/rules/basis-missing.js';
import creditCodeInvalid from '../../src/checklist/rules/credit-code-invalid.js';
import datesOutOfOrder from '../../src/checklist/rules/dates-out-of-order.js';
import decisionOverdue from '../../src/checklist/rules/decision-overdue.js';
import evidenceMissing from '../../src/checklist/rules/evidence-missing.js';
import evidenceRequiredTypes from '../../src/checklist/rules/evidence-required-types.js';
import factsMissing from '../../src/checklist/rules/facts-missing.js';
import hearingRightMissing from '../../src/checklist/rules/hearing-right-missing.js';
import legalReviewMissing from '../../src/checklist/rules/legal-review-missing.js';
import noticeAfterDecision from '../../src/checklist/rules/notice-after-decision.js';
import noticeMissing from '../../src/checklist/rules/notice-missing.js';
import officerCertDuplicate from '../../src/checklist/rules/officer-cert-duplicate.js';
import officerCertExpired from '../../src/checklist/rules/officer-cert-expired.js';
import officerCertMissing from '../../src/checklist/rules/officer-cert-missing.js';
import officersMinTwo from '../../src/checklist/rules/officers-min-two.js';
import partyMissing from '../../src/checklist/rules/party-missing.js';
import publicationMissing from '../../src/checklist/rules/publication-missing.js';
import publicationLate from '../../src/checklist/rules/publication-late.js';
import serviceLate from '../../src/checklist/rules/service-late.js';
import { VALID_CODE, testRule } from './rule-tester.js';

const two = (a: string, b: string) => [{ name: '张三', certNo: a, certValidUntil: '2027-12-31' }, { name: '李四', certNo: b, certValidUntil: '2027-12-31' }];

testRule(basisMissing, {
  valid: [{ name: 'one article', patch: { penaltyArticles: ['《中华人民共和国安全生产法》第一百零一条'] } }, { name: 'two articles', patch: { penaltyArticles: ['《安全生产法》第九十七条', '《安全生产法》第九十九条'] } }, { name: 'an article after a blank entry', patch: { penaltyArticles: ['', '《安全生产法》第九十七条'] } }],
  invalid: [{ name: 'no field', patch: { penaltyArticles: undefined }, messageIds: ['missing'] }, { name: 'empty list', patch: { penaltyArticles: [] }, messageIds: ['missing'] }, { name: 'placeholder only', patch: { penaltyArticles: ['无'] }, messageIds: ['missing'] }],
  notCheckable: [{ name: 'the export has no 处罚依据 column', patch: { notStated: ['penaltyArticles'] } }],
});

testRule(creditCodeInvalid, {
  valid: [{ name: 'a valid code', patch: { party: { creditCode: VALID_CODE } } }, { name: 'lower case is the same code', patch: { party: { creditCode: VALID_CODE.toLowerCase() } } }, { name: 'an individual has none to check', patch: { party: { name: '张某', kind: 'individual', creditCode: undefined } } }],
  invalid: [
    { name: 'wrong check character', patch: { party: { creditCode: VALID_CODE.slice(0, 17) + (VALID_CODE.endsWith('0') ? '1' : '0') } }, messageIds: ['invalid'] },
    { name: 'too short', patch: { party: { creditCode: '91360100MA35ABC' } }, messageIds: ['invalid'] },
    { name: 'letters I/O/Z/S/V are not in the code set', patch: { party: { creditCode: '91360100MA35ABCDIO' } }, messageIds: ['invalid'] },
  ],
  notCheckable: [{ name: 'masked', patch: { party: { creditCode: '913601********1234' } } }, { name: 'absent for a unit', patch: { party: { creditCode: undefined } } }],
});

testRule(datesOutOfOrder, {
  valid: [{ name: 'all in order', patch: {} }, { name: 'hearing between notice and decision', patch: { dates: { hearingNotified: '2025-03-20', hearingHeld: '2025-03-28' } } }, { name: 'same-day service', patch: { dates: { served: '2025-04-01' } } }],
  invalid: [
    { name: 'decided (and notified) before filed', patch: { dates: { filed: '2025-04-05' } }, messageIds: ['order', 'order'] },
    { name: 'closed before paid', patch: { dates: { closed: '2025-04-08' } }, messageIds: ['order'] },
    { name: 'preservation handled before preserved', patch: { dates: { evidencePreserved: '2025-03-10', preservationHandled: '2025-03-07' } }, messageIds: ['order'] },
  ],
  notCheckable: [{ name: 'one date only', patch: (c) => (c.dates = { decided: '2025-04-01' }) }],
});

testRule(decisionOverdue, {
  valid: [{ name: 'on the 90th day', patch: { dates: { filed: '2025-01-01', decided: '2025-04-01' } } }, { name: 'extended with approval', patch: { dates: { filed: '2025-01-01', decided: '2025-05-20' }, extensionApproved: true } }, { name: 'a province allowing 120 days', patch: { dates: { filed: '2025-01-01', decided: '2025-04-20' } }, settings: { decisionLimitDays: 120 } }],
  invalid: [
    { name: 'on the 91st day', patch: { dates: { filed: '2025-01-01', decided: '2025-04-02', notified: '2025-03-20' } }, messageIds: ['overdue'] },
    { name: 'five months, no extension', patch: { dates: { filed: '2025-01-01', decided: '2025-06-01', notified: '2025-05-20', served: '2025-06-03', published: '2025-06-05', paid: '2025-06-10', closed: '2025-06-20' }, extensionApproved: false }, messageIds: ['overdue'] },
    { name: 'extension field absent', patch: { dates: { filed: '2024-10-01', decided: '2025-04-01' } }, messageIds: ['overdue'] },
  ],
  notCheckable: [{ name: 'no filing date', patch: (c) => delete c.dates!.filed }, { name: 'the export has no 延期 column', patch: { dates: { filed: '2024-10-01' }, notStated: ['extensionApproved'] } }],
});

testRule(evidenceMissing, {
  valid: [{ name: 'a list', patch: {} }, { name: 'one item', patch: { evidence: ['询问笔录'] } }, { name: 'photos only', patch: { evidence: ['现场照片'] } }],
  invalid: [{ name: 'no field', patch: { evidence: undefined }, messageIds: ['missing'] }, { name: 'empty list', patch: { evidence: [] }, messageIds: ['missing'] }, { name: 'placeholders', patch: { evidence: ['/', '暂无'] }, messageIds: ['missing'] }],
  notCheckable: [{ name: 'a 双公示 export has no evidence', patch: { evidence: undefined, notStated: ['evidence'] } }],
});

testRule(evidenceRequiredTypes, {
  valid: [{ name: 'both types', patch: {} }, { name: 'a record among the documents', patch: { evidence: ['询问笔录'], documents: [{ title: '现场检查记录' }] } }, { name: 'inspection needs only the record', patch: { type: 'inspection', evidence: ['现场检查记录'] } }],
  invalid: [
    { name: 'no 询问笔录', patch: { evidence: ['现场检查记录', '照片'] }, messageIds: ['missing'] },
    { name: 'no 现场检查记录', patch: { evidence: ['询问笔录'] }, messageIds: ['missing'] },
    { name: 'neither', patch: { evidence: ['照片'] }, messageIds: ['missing', 'missing'] },
  ],
  notCheckable: [{ name: 'case type unknown', patch: { type: undefined } }, { name: 'no evidence at all (evidence-missing)', patch: { evidence: [] } }],
});

testRule(factsMissing, {
  valid: [{ name: 'facts', patch: {} }, { name: 'short facts', patch: { facts: '未设置安全警示标志' } }, { name: 'inspection with nothing found', patch: { facts: '未发现安全生产违法行为' } }],
  invalid: [{ name: 'no field', patch: { facts: undefined }, messageIds: ['missing'] }, { name: 'blank', patch: { facts: '　' }, messageIds: ['missing'] }, { name: 'placeholder', patch: { facts: '— —' }, messageIds: ['missing'] }],
  notCheckable: [{ name: 'read with low confidence', patch: { uncertainFields: ['facts'] } }],
});

testRule(hearingRightMissing, {
  valid: [{ name: 'unit below 30,000', patch: { fine: 29999 } }, { name: 'unit at 50,000 with the notice', patch: { fine: 50000, dates: { hearingNotified: '2025-03-20' } } }, { name: 'a 听证告知书 in the documents', patch: { fine: 50000, documents: [{ title: '听证告知书' }] } }],
  invalid: [
    { name: 'unit at exactly 30,000', patch: { fine: 30000 }, messageIds: ['missing'] },
    { name: 'individual at 10,000', patch: { fine: 10000, party: { name: '张某', kind: 'individual' } }, messageIds: ['missing'] },
    { name: 'suspension of business (责令停产停业)', patch: { fine: 5000, penaltyKinds: ['罚款', '责令停产停业整顿'] }, messageIds: ['missing'] },
  ],
  notCheckable: [{ name: 'party kind unknown at 20,000', patch: { fine: 20000, party: { name: '某某', kind: undefined } } }],
});

testRule(legalReviewMissing, {
  valid: [{ name: 'no hearing needed', patch: {} }, { name: 'hearing held, reviewed', patch: { fine: 50000, dates: { hearingNotified: '2025-03-20', hearingHeld: '2025-03-26', legalReview: '2025-03-28' } } }, { name: 'review shown by its document', patch: { fine: 50000, documents: [{ title: '重大行政执法决定法制审核意见书' }] } }],
  invalid: [
    { name: 'hearing held, no review', patch: { fine: 50000, dates: { hearingHeld: '2025-03-26' } }, messageIds: ['held'] },
    { name: 'hearing-level fine, no review', patch: { fine: 60000 }, messageIds: ['required'] },
    { name: 'licence revoked, no review', patch: { fine: 0, penaltyKinds: ['吊销安全生产许可证'] }, messageIds: ['required'] },
  ],
  notCheckable: [{ name: 'party kind unknown at 20,000', patch: { fine: 20000, party: { name: '某某', kind: undefined } } }],
});

testRule(noticeAfterDecision, {
  valid: [{ name: 'notice 12 days before', patch: {} }, { name: 'the day before', patch: { dates: { notified: '2025-03-31' } } }, { name: 'same day allowed by the settings', patch: { dates: { notified: '2025-04-01' } }, settings: { noticeSameDayAllowed: true } }],
  invalid: [
    { name: 'same day', patch: { dates: { notified: '2025-04-01' } }, messageIds: ['sameDay'] },
    { name: 'the day after', patch: { dates: { notified: '2025-04-02' } }, messageIds: ['after'] },
    { name: 'a month after', patch: { dates: { notified: '2025-05-02' } }, messageIds: ['after'] },
  ],
  notCheckable: [{ name: 'no notice date', patch: (c) => delete c.dates!.notified }],
});

testRule(noticeMissing, {
  valid: [{ name: 'notice date', patch: {} }, { name: 'a 行政处罚告知书 without date', patch: (c) => { delete c.dates!.notified; c.documents = [{ title: '行政处罚告知书' }]; } }, { name: 'a 事先告知书', patch: (c) => { delete c.dates!.notified; c.documents = [{ title: '行政处罚事先告知书' }]; } }],
  invalid: [
    { name: 'no notice at all', patch: (c) => delete c.dates!.notified, messageIds: ['missing'] },
    { name: 'only a hearing notice', patch: (c) => { delete c.dates!.notified; c.documents = [{ title: '听证告知书' }]; }, messageIds: ['missing'] },
    { name: 'other documents only', patch: (c) => { delete c.dates!.notified; c.documents = [{ title: '询问笔录' }, { title: '现场检查记录' }]; }, messageIds: ['missing'] },
  ],
  notCheckable: [{ name: 'not decided yet', patch: (c) => delete c.dates!.decided }],
});

testRule(officerCertDuplicate, {
  valid: [{ name: 'distinct numbers', patch: { officers: two('36010001', '36010002') } }, { name: 'letters and digits', patch: { officers: two('JX-01', 'JX-02') } }, { name: 'one officer listed twice', patch: { officers: [{ name: '张三', certNo: '1' }, { name: '张三', certNo: '1' }, { name: '李四', certNo: '2' }] } }],
  invalid: [
    { name: 'same number', patch: { officers: two('36010001', '36010001') }, messageIds: ['duplicate'] },
    { name: 'full-width vs half-width', patch: { officers: two('３６０１０００１', '36010001') }, messageIds: ['duplicate'] },
    { name: 'case and spaces differ', patch: { officers: two('jx 01', 'JX01') }, messageIds: ['duplicate'] },
  ],
  notCheckable: [{ name: 'no officers', patch: { officers: [] } }],
});

testRule(officerCertExpired, {
  valid: [{ name: 'valid on the decision day', patch: { officers: [{ name: '张三', certNo: '1', certValidUntil: '2025-04-01' }, { name: '李四', certNo: '2', certValidUntil: '2026-01-01' }] } }, { name: 'long valid', patch: {} }, { name: 'expired after the decision', patch: { officers: [{ name: '张三', certNo: '1', certValidUntil: '2025-04-02' }, { name: '李四', certNo: '2', certValidUntil: '2027-01-01' }] } }],
  invalid: [
    { name: 'expired the day before', patch: { officers: [{ name: '张三', certNo: '1', certValidUntil: '2025-03-31' }, { name: '李四', certNo: '2', certValidUntil: '2027-01-01' }] }, messageIds: ['expired'] },
    { name: 'both expired', patch: { officers: [{ name: '张三', certNo: '1', certValidUntil: '2024-12-31' }, { name: '李四', certNo: '2', certValidUntil: '2024-06-30' }] }, messageIds: ['expired', 'expired'] },
    { name: 'judged on the filing date without a decision', patch: (c) => { delete c.dates!.decided; delete c.dates!.notified; c.officers = [{ name: '张三', certNo: '1', certValidUntil: '2025-03-01' }, { name: '李四', certNo: '2', certValidUntil: '2027-01-01' }]; }, messageIds: ['expired'] },
  ],
  notCheckable: [{ name: 'a validity date missing', patch: { officers: [{ name: '张三', certNo: '1' }, { name: '李四', certNo: '2', certValidUntil: '2027-01-01' }] } }],
});

testRule(officerCertMissing, {
  valid: [{ name: 'both numbered', patch: {} }, { name: 'three numbered', patch: { officers: [...two('1', '2'), { name: '王五', certNo: '3' }] } }, { name: 'letters', patch: { officers: two('JX-A1', 'JX-A2') } }],
  invalid: [
    { name: 'the second without', patch: { officers: [{ name: '张三', certNo: '1' }, { name: '李四' }] }, messageIds: ['missing'] },
    { name: 'placeholder number', patch: { officers: [{ name: '张三', certNo: '1' }, { name: '李四', certNo: '无' }] }, messageIds: ['missing'] },
    { name: 'none numbered', patch: { officers: [{ name: '张三' }, { name: '李四' }] }, messageIds: ['missing', 'missing'] },
  ],
  notCheckable: [{ name: 'a PDF whose numbers could not be paired', patch: { officers: [{ name: '张三' }, { name: '李四' }], uncertainFields: ['officers.certNo'] } }],
});

testRule(officersMinTwo, {
  valid: [{ name: 'two', patch: {} }, { name: 'three', patch: { officers: [...two('1', '2'), { name: '王五', certNo: '3' }] } }, { name: 'numbers uncertain do not hide the count', patch: { uncertainFields: ['officers.certNo'] } }],
  invalid: [
    { name: 'one', patch: { officers: [{ name: '张三', certNo: '1' }] }, messageIds: ['tooFew'] },
    { name: 'one listed twice', patch: { officers: [{ name: '张三', certNo: '1' }, { name: '张 三', certNo: '1' }] }, messageIds: ['tooFew'] },
    { name: 'none', patch: { officers: [] }, messageIds: ['tooFew'] },
  ],
  notCheckable: [{ name: 'no officers field', patch: { officers: undefined } }, { name: 'the export has no officers column', patch: { notStated: ['officers'] } }],
});

testRule(partyMissing, {
  valid: [{ name: 'a unit', patch: {} }, { name: 'an individual', patch: { party: { name: '张某', kind: 'individual' } } }, { name: 'a 个体工商户', patch: { party: { name: '南昌市某某五金店', kind: 'individual' } } }],
  invalid: [{ name: 'no party', patch: (c) => delete c.party, messageIds: ['missing'] }, { name: 'blank name', patch: { party: { name: ' ' } }, messageIds: ['missing'] }, { name: 'placeholder', patch: { party: { name: '暂无' } }, messageIds: ['missing'] }],
  notCheckable: [{ name: 'read with low confidence', patch: { uncertainFields: ['party.name'] } }],
});

testRule(publicationMissing, {
  valid: [{ name: 'published', patch: {} }, { name: 'published the same day', patch: { dates: { published: '2025-04-01' } } }, { name: 'published late (publication-late’s finding)', patch: { dates: { published: '2025-05-30' } } }],
  invalid: [
    { name: 'not published', patch: (c) => delete c.dates!.published, messageIds: ['missing'] },
    { name: 'not published, individual', patch: (c) => { delete c.dates!.published; c.party = { name: '张某', kind: 'individual' }; }, messageIds: ['missing'] },
    { name: 'not published, small fine', patch: (c) => { delete c.dates!.published; c.fine = 500; }, messageIds: ['missing'] },
  ],
  notCheckable: [{ name: 'a PDF has no place for it', patch: (c) => { delete c.dates!.published; c.notStated = ['dates.published']; } }],
});

testRule(publicationLate, {
  valid: [{ name: 'on the 7th working day (清明 4 April off: 1 → 11 April)', patch: { dates: { published: '2025-04-11' } } }, { name: 'the next day', patch: { dates: { published: '2025-04-02' } } }, { name: 'across 清明 (4–6 April off): 14 April is the 7th working day after 2 April', patch: { dates: { decided: '2025-04-02', served: '2025-04-03', published: '2025-04-14' } } }],
  invalid: [
    { name: 'on the 8th working day (14 April)', patch: { dates: { published: '2025-04-14' } }, messageIds: ['late'] },
    { name: 'a month later', patch: { dates: { published: '2025-05-06' } }, messageIds: ['late'] },
    { name: 'across 清明: 15 April is the 8th working day after 2 April', patch: { dates: { decided: '2025-04-02', served: '2025-04-03', published: '2025-04-15' } }, messageIds: ['late'] },
  ],
  notCheckable: [{ name: 'not published', patch: (c) => delete c.dates!.published }],
});

testRule(serviceLate, {
  valid: [{ name: 'on the 7th working day (清明 4 April off: 1 → 11 April)', patch: { dates: { served: '2025-04-11' } } }, { name: 'same day', patch: { dates: { served: '2025-04-01' } } }, { name: 'across 劳动节: 30 April → 14 May', patch: { dates: { decided: '2025-04-30', served: '2025-05-14', published: '2025-05-14', paid: '2025-05-20', closed: '2025-05-30' } } }],
  invalid: [
    { name: 'on the 8th working day (14 April)', patch: { dates: { served: '2025-04-14', published: '2025-04-14' } }, messageIds: ['late'] },
    { name: 'across 劳动节: 15 May is the 8th working day after 30 April', patch: { dates: { decided: '2025-04-30', served: '2025-05-15', published: '2025-05-14', paid: '2025-05-20', closed: '2025-05-30' } }, messageIds: ['late'] },
    { name: 'three weeks', patch: { dates: { served: '2025-04-22' } }, messageIds: ['late'] },
  ],
  notCheckable: [{ name: 'no service date', patch: (c) => delete c.dates!.served }, { name: 'the export has no 送达日期', patch: (c) => { delete c.dates!.served; c.notStated = ['dates.served']; } }],
});
