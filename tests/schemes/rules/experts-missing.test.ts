/** experts-missing: 赣应急字〔2020〕168号 §三(七): 执法 + 专家; an export without an experts column is not checked. */
import rule from '../../../src/schemes/rules/experts-missing.js';
import { testRule, without } from '../rule-tester.js';

testRule(rule, {
  valid: [
    { name: 'an expert named', patch: {} },
    { name: 'one expert', patch: { experts: ['王工'] } },
    { name: 'two experts', patch: { experts: ['王工', '李工'] } },
    { name: 'an expert, no column elsewhere', patch: { experts: ['赵工'] }, fields: [] },
  ],
  invalid: [
    { name: 'empty experts list', patch: { experts: [] }, messageIds: ['missing'] },
    { name: 'no experts while the export has the column', patch: { experts: undefined }, messageIds: ['missing'], fields: ['experts'] },
    { name: 'empty list', patch: { experts: [] }, messageIds: ['missing'] },
    { name: 'blank names', patch: { experts: [' '] }, messageIds: ['missing'] },
    { name: 'absent while the export has the column', patch: { experts: undefined }, messageIds: ['missing'], fields: ['experts'] },
    { name: 'a blank expert row while the export has the column', patch: { experts: [''] }, messageIds: ['missing'], fields: ['experts'] },
  ],
  notCheckable: [
    { name: 'the export has no experts column', patch: { experts: undefined }, fields: [] },
    { name: 'no experts column', patch: { experts: undefined }, fields: [] },
    { name: 'no experts column, other fields', patch: { experts: undefined }, fields: without('experts') },
    { name: 'no experts column, county unit', patch: { experts: undefined, unitLevel: 'county' }, fields: ['methods'] },
  ],
});
