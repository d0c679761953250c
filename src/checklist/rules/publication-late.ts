/** procedure: publication within 7 working days of the decision (安全生产法 第七十八条第二款). */
import type { Rule, RuleContext, RuleMeta, RuleOutcome } from '../types.js';
import type { CaseFile } from '../../model/types.js';
import { checkWorkingDaysAfterDecision } from './working-days-after-decision.js';

export const meta: RuleMeta = {
  id: 'publication-late',
  category: 'procedure',
  basis: '《中华人民共和国安全生产法》第七十八条',
  description: { zh: '按期公示', en: 'published in time' },
  messages: { late: { zh: '决定 {decided} 后于 {published} 公示，超过 {n} 个工作日（期限 {deadline}）', en: 'decision of {decided} published {published}, later than {n} working days (deadline {deadline})' } },
};

export function check(c: CaseFile, ctx: RuleContext): RuleOutcome {
  return checkWorkingDaysAfterDecision(c, ctx, { key: 'published', limit: ctx.config.publicationWorkingDays, missing: { zh: '决定日期或公示日期缺失', en: 'decision or publication date missing' } });
}

export default { meta, check } satisfies Rule;
