/** method-missing: 赣应急字〔2020〕168号 §三(六): a scheme states its inspection method (检查方式). */
import rule from '../../../src/schemes/rules/method-missing.js';
import { testRule, without } from '../rule-tester.js';

testRule(rule, {
  valid: [
    { name: 'a method stated', patch: { methods: ['现场检查'] } },
    { name: '现场检查', patch: { methods: ['现场检查'] } },
    { name: '查阅资料、询问', patch: { methods: ['查阅资料', '询问有关人员'] } },
    { name: '双随机抽查', patch: { methods: ['双随机抽查'] } },
  ],
  invalid: [
    { name: 'no methods field', patch: { methods: undefined }, messageIds: ['missing'] },
    { name: 'only blank methods', patch: { methods: ['  '] }, messageIds: ['missing'] },
    { name: 'empty list', patch: { methods: [] }, messageIds: ['missing'] },
    { name: 'absent while other schemes of the export state theirs', patch: { methods: undefined }, messageIds: ['missing'] },
    { name: 'blank strings only', patch: { methods: ['', ' '] }, messageIds: ['missing'] },
    { name: 'a full-width space only', patch: { methods: ['\u3000'] }, messageIds: ['missing'] },
  ],
  notCheckable: [
    { name: 'the export has no 检查方式 column', patch: { methods: undefined }, fields: without('methods') },
    { name: 'no column, single-scheme input', patch: { methods: undefined }, fields: [] },
    { name: 'no column, other fields present', patch: { methods: undefined }, fields: without('methods') },
  ],
});
