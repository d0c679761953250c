/** procedure: publication within 7 working days of the decision (安全生产法 第七十八条第二款). */
import type { Rule, RuleContext, RuleMeta, RuleOutcome } from '../types.js';
import type { CaseFile } from '../../model/types.js';
import { addWorkingDays } from '../calendar.js';
import { notChecked, unreadable } from '../guards.js';

export const meta: RuleMeta = {
  id: 'publication-late',
  category: 'procedure',
  basis: '《中华人民共和国安全生产法》第七十八条',
  description: { zh: '按期公示', en: 'published in time' },
  messages: { late: { zh: '决定 {decided} 后于 {published} 公示，超过 {n} 个工作日（期限 {deadline}）', en: 'decision of {decided} published {published}, later than {n} working days (deadline {deadline})' } },
};

export function check(c: CaseFile, ctx: RuleContext): RuleOutcome {
  const blocked = unreadable(c, ['dates.decided', 'dates.published']);
  if (blocked) return blocked;
  const { decided, published } = c.dates ?? {};
  if (!decided || !published) return notChecked('决定日期或公示日期缺失', 'decision or publication date missing');
  const n = ctx.config.publicationWorkingDays;
  const due = addWorkingDays(ctx.calendar, decided, n);
  if ('uncoveredYear' in due) return notChecked(`工作日历未覆盖 ${due.uncoveredYear} 年`, `the working-day calendar does not cover ${due.uncoveredYear}`);
  if (published <= due.date) return [];
  return [{ messageId: 'late', params: { decided, published, n, deadline: due.date }, evidence: { decided, published, deadline: due.date, workingDays: n } }];
}

export default { meta, check } satisfies Rule;
