/** method-missing: the scheme states no inspection method (检查方式). */
import type { Scheme } from '../../model/types.js';
import type { RuleOutcome, SchemeContext, SchemeRule, SchemeRuleMeta } from '../types.js';
import { blankList, notExported } from './util.js';

export const meta: SchemeRuleMeta = {
  id: 'method-missing',
  severity: 'reject',
  basis: '赣应急字〔2020〕168号 §三(六)',
  description: { zh: '检查方案明确监督检查方式', en: 'the scheme states its inspection method' },
  messages: { missing: { zh: '检查方案未明确监督检查方式', en: 'the scheme states no inspection method' } },
  fix: { zh: '写明监督检查方式（如现场检查、查阅资料、询问、抽查等）', en: 'state the inspection method (on-site inspection, document review, interviews, spot checks, …)' },
};

// absent or empty = the scheme does not state it (the guideline requires every scheme to), unless the input has no such column
export function check(scheme: Scheme, context: SchemeContext): RuleOutcome {
  return notExported(scheme, context, 'methods', { zh: '检查方式', en: 'inspection methods' }) ?? (blankList(scheme.methods) ? [{ messageId: 'missing' }] : []);
}

export default { meta, check } satisfies SchemeRule;
