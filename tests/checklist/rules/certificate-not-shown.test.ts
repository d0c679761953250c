// 行政处罚法 第五十五条第一款: 执法人员在调查或者进行检查时，应当主动向当事人或者有关人员出示执法证件; 安全生产法 第六十七条
// 第二款: 执行监督检查任务时，必须出示有效的行政执法证件; 行政强制法 第十八条第（三）项: 出示执法身份证件.
import { describe, it, expect } from 'vitest';
import rule from '../../../src/checklist/rules/certificate-not-shown.js';
import { testRule } from '../rule-tester.js';
import { extractCase } from '../../../src/ingest/pdf/extract-case.js';

testRule(rule, {
  cleanSettings: {},
  valid: [
    { name: 'shown (export column 是)', patch: { certificateShown: true } },
    { name: 'shown, inspection file', patch: { certificateShown: true, type: 'inspection' } },
    { name: 'shown, coercion file', patch: { certificateShown: true, type: 'coercion' } },
  ],
  invalid: [
    { name: 'not shown', patch: { certificateShown: false }, messageIds: ['missing'] },
    { name: 'not shown, inspection file', patch: { certificateShown: false, type: 'inspection' }, messageIds: ['missing'] },
    { name: 'not shown, coercion file', patch: { certificateShown: false, type: 'coercion' }, messageIds: ['missing'] },
  ],
  notCheckable: [
    { name: 'the source does not say', patch: { certificateShown: undefined } },
    { name: 'the export has no column for it', patch: { certificateShown: undefined, notStated: ['certificateShown'] } },
    { name: 'read with low confidence', patch: { certificateShown: false, uncertainFields: ['certificateShown'] } },
  ],
});

describe('出示执法证件 read from the records of a PDF', () => {
  const file = (record: string, via?: string) =>
    extractCase('/x/c.pdf', [{ page: 1, text: ['现场检查记录', '（赣）应急检〔2025〕9号', '被检查单位：某公司', record, '检查时间：2025年3月1日'].join('\n'), hasTextLayer: !via, ...(via ? { via } : {}) }]).caseFile.certificateShown;
  it('a record that says so', () => {
    expect(file('执法人员出示了执法证件，说明了检查事由。')).toBe(true);
    expect(file('问：我们是应急管理局的执法人员，这是我们的执法证，已向你出示执法证件。')).toBe(true);
  });
  it('a born-digital record that does not is a no; an OCR-read one is unknown', () => {
    expect(file('检查情况：消防通道堵塞')).toBe(false);
    expect(file('检查情况：消防通道堵塞', 'ocr')).toBeUndefined();
  });
});
