/** procedure: the decision is served within 7 working days (行政处罚法 第六十一条, 第八十五条). */
import type { Rule, RuleContext, RuleMeta, RuleOutcome } from '../types.js';
import type { CaseFile } from '../../model/types.js';
import { checkWorkingDaysAfterDecision } from './working-days-after-decision.js';

export const meta: RuleMeta = {
  id: 'service-late',
  category: 'procedure',
  basis: '《中华人民共和国行政处罚法》第六十一条',
  description: { zh: '决定书按期送达', en: 'decision served in time' },
  messages: { late: { zh: '决定 {decided} 后于 {served} 送达，超过 {n} 个工作日（期限 {deadline}）', en: 'decision of {decided} served {served}, later than {n} working days (deadline {deadline})' } },
};

export function check(c: CaseFile, ctx: RuleContext): RuleOutcome {
  return checkWorkingDaysAfterDecision(c, ctx, { key: 'served', limit: ctx.config.serviceWorkingDays, missing: { zh: '决定日期或送达日期缺失', en: 'decision or service date missing' } });
}

export default { meta, check } satisfies Rule;
