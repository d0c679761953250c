// 行政处罚法 第五条第二款 (与违法行为的事实、性质、情节以及社会危害程度相当); 赣应急字〔2020〕168号 §五(十四) 说理式执法.
import rule from '../../../src/checklist/rules/reasoning-missing.js';
import { testRule } from '../rule-tester.js';
import { extractCase } from '../../../src/ingest/pdf/extract-case.js';
import { describe, it, expect } from 'vitest';

testRule(rule, {
  valid: [
    { name: 'the export says the decision gives reasons', patch: { reasoningStated: true } },
    { name: 'reasons stated, small fine', patch: { reasoningStated: true, fine: 1000 } },
    { name: 'reasons stated, individual', patch: { reasoningStated: true, party: { name: '张某', kind: 'individual' } } },
  ],
  invalid: [
    { name: 'no reasons', patch: { reasoningStated: false }, messageIds: ['missing'] },
    { name: 'no reasons on a large fine', patch: { reasoningStated: false, fine: 90000 }, messageIds: ['missing'] },
    { name: 'no reasons, individual', patch: { reasoningStated: false, party: { name: '张某', kind: 'individual' } }, messageIds: ['missing'] },
  ],
  notCheckable: [
    { name: 'the source does not say', patch: { reasoningStated: undefined } },
    { name: 'the export has no column for it', patch: { reasoningStated: undefined, notStated: ['reasoningStated'] } },
    { name: 'read with low confidence', patch: { reasoningStated: false, uncertainFields: ['reasoningStated'] } },
  ],
});

describe('说理 read from a PDF decision', () => {
  const page = (text: string) => [{ page: 1, text, hasTextLayer: true }];
  const decision = (body: string) => extractCase('/x/d.pdf', page(['行政处罚决定书', '南昌应急罚〔2025〕3号', '当事人：某公司', body, '2025年3月8日'].join('\n'))).caseFile.reasoningStated;
  it('a decision that weighs the circumstances states reasons', () => {
    expect(decision('鉴于你单位积极配合调查并已整改，依据《中华人民共和国安全生产法》第九十七条的规定，决定从轻给予罚款人民币贰万元的行政处罚。')).toBe(true);
    expect(decision('综合考虑违法行为的事实、性质、情节和社会危害程度，决定给予罚款。')).toBe(true);
  });
  it('a bare operative sentence does not', () => {
    expect(decision('依据《中华人民共和国安全生产法》第九十七条的规定，决定给予罚款人民币贰万元的行政处罚。')).toBe(false);
  });
});

describe('说理 from OCR text', () => {
  it('an OCR-read decision without the words is unknown (OCR may have garbled them), with them it is stated', () => {
    const ocrPage = (body: string) => [{ page: 1, text: ['行政处罚决定书', '南昌应急罚〔2025〕3号', '当事人：某公司', body, '2025年3月8日'].join('\n'), hasTextLayer: false, via: 'ocr' }];
    expect(extractCase('/x/s.pdf', ocrPage('依据有关规定，决定给予罚款的行政处罚。')).caseFile.reasoningStated).toBeUndefined();
    expect(extractCase('/x/s.pdf', ocrPage('综合考虑违法情节，决定给予罚款的行政处罚。')).caseFile.reasoningStated).toBe(true);
  });
});
