/** date-missing: the scheme gives no inspection date (检查时间). */
import type { Scheme } from '../../model/types.js';
import type { RuleOutcome, SchemeContext, SchemeRule, SchemeRuleMeta } from '../types.js';
import { notExported } from './util.js';

export const meta: SchemeRuleMeta = {
  id: 'date-missing',
  severity: 'reject',
  // the guideline asks for planned, scheduled inspections; the time element of a scheme is [practice]
  basis: '赣应急字〔2020〕168号 §三(六)、§六(十五)',
  description: { zh: '检查方案写明检查时间', en: 'the scheme states the inspection date' },
  messages: { missing: { zh: '检查方案未明确检查时间', en: 'the scheme gives no inspection date' } },
  fix: { zh: '写明计划检查时间', en: 'state the planned inspection date' },
};

export function check(scheme: Scheme, context: SchemeContext): RuleOutcome {
  return notExported(scheme, context, 'date', { zh: '检查日期', en: 'inspection dates' }) ?? (scheme.date?.trim() ? [] : [{ messageId: 'missing' }]);
}

export default { meta, check } satisfies SchemeRule;
