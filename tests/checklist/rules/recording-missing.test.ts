// 行政处罚法 第四十七条: 行政机关应当依法以文字、音像等形式，对行政处罚的启动、调查取证、审核、决定、送达、执行等进行
// 全过程记录，归档保存; 赣应急字〔2020〕168号 §四(八) 执法全过程记录制度.
import rule from '../../../src/checklist/rules/recording-missing.js';
import { testRule } from '../rule-tester.js';

testRule(rule, {
  valid: [
    { name: 'the export says recorded', patch: { recorded: true } },
    { name: 'an audio/video register in the documents', patch: { recorded: undefined, documents: [{ title: '执法记录仪音像资料登记表' }] } },
    { name: 'video listed as evidence', patch: { recorded: undefined, evidence: ['现场检查记录', '询问笔录', '执法全过程记录光盘'] } },
  ],
  invalid: [
    { name: 'the export says not recorded', patch: { recorded: false }, messageIds: ['missing'] },
    { name: 'not recorded on an inspection', patch: { recorded: false, type: 'inspection' }, messageIds: ['missing'] },
    { name: 'not recorded, other documents only', patch: { recorded: false, documents: [{ title: '现场检查记录' }] }, messageIds: ['missing'] },
  ],
  notCheckable: [
    { name: 'the source does not say', patch: { recorded: undefined } },
    { name: 'a PDF file without a record register', patch: { recorded: undefined, notStated: ['recorded'] } },
    { name: 'read with low confidence', patch: { recorded: false, uncertainFields: ['recorded'] } },
  ],
});
