/** content-missing: 赣应急字〔2020〕168号 §三(六): a scheme lists its inspection items (检查内容). */
import rule from '../../../src/schemes/rules/content-missing.js';
import { testRule, without } from '../rule-tester.js';

testRule(rule, {
  valid: [
    { name: 'items listed', patch: {} },
    { name: 'one item', patch: { items: ['重大危险源'] } },
    { name: 'several items', patch: {} },
    { name: 'items with spaces', patch: { items: [' 动火作业 '] } },
    { name: 'one real item among blank ones', patch: { items: ['', '动火作业票审批'] } },
  ],
  invalid: [
    { name: 'no items', patch: { items: undefined }, messageIds: ['missing'] },
    { name: 'empty items', patch: { items: [] }, messageIds: ['missing'] },
    { name: 'empty list', patch: { items: [] }, messageIds: ['missing'] },
    { name: 'absent while other schemes list theirs', patch: { items: undefined }, messageIds: ['missing'] },
    { name: 'blank strings only', patch: { items: ['  '] }, messageIds: ['missing'] },
  ],
  notCheckable: [
    { name: 'the export has no 检查内容 column', patch: { items: undefined }, fields: without('items') },
    { name: 'no column, single-scheme input', patch: { items: undefined }, fields: [] },
    { name: 'no column, experts present', patch: { items: undefined }, fields: ['experts'] },
  ],
});
