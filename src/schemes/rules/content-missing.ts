/** content-missing: the scheme lists no inspection items (检查内容). */
import type { Scheme } from '../../model/types.js';
import type { RuleOutcome, SchemeContext, SchemeRule, SchemeRuleMeta } from '../types.js';
import { blankList, notExported } from './util.js';

export const meta: SchemeRuleMeta = {
  id: 'content-missing',
  severity: 'reject',
  basis: '赣应急字〔2020〕168号 §三(六)',
  description: { zh: '检查方案列明监督检查内容', en: 'the scheme lists its inspection items' },
  messages: { missing: { zh: '检查方案未明确监督检查内容', en: 'the scheme lists no inspection items' } },
  fix: { zh: '逐项列明监督检查内容（检查事项）', en: 'list the inspection items one by one' },
};

export function check(scheme: Scheme, context: SchemeContext): RuleOutcome {
  return notExported(scheme, context, 'items', { zh: '检查内容', en: 'inspection items' }) ?? (blankList(scheme.items) ? [{ messageId: 'missing' }] : []);
}

export default { meta, check } satisfies SchemeRule;
