/** procedure: the decision is served within 7 working days (行政处罚法 第六十一条, 第八十五条). */
import type { Rule, RuleContext, RuleMeta, RuleOutcome } from '../types.js';
import type { CaseFile } from '../../model/types.js';
import { addWorkingDays } from '../calendar.js';
import { notChecked, unreadable } from '../guards.js';

export const meta: RuleMeta = {
  id: 'service-late',
  category: 'procedure',
  basis: '《中华人民共和国行政处罚法》第六十一条',
  description: { zh: '决定书按期送达', en: 'decision served in time' },
  messages: { late: { zh: '决定 {decided} 后于 {served} 送达，超过 {n} 个工作日（期限 {deadline}）', en: 'decision of {decided} served {served}, later than {n} working days (deadline {deadline})' } },
};

export function check(c: CaseFile, ctx: RuleContext): RuleOutcome {
  const blocked = unreadable(c, ['dates.decided', 'dates.served']);
  if (blocked) return blocked;
  const { decided, served } = c.dates ?? {};
  if (!decided || !served) return notChecked('决定日期或送达日期缺失', 'decision or service date missing');
  const n = ctx.config.serviceWorkingDays;
  const due = addWorkingDays(ctx.calendar, decided, n);
  if ('uncoveredYear' in due) return notChecked(`工作日历未覆盖 ${due.uncoveredYear} 年`, `the working-day calendar does not cover ${due.uncoveredYear}`);
  if (served <= due.date) return [];
  return [{ messageId: 'late', params: { decided, served, n, deadline: due.date }, evidence: { decided, served, deadline: due.date, workingDays: n } }];
}

export default { meta, check } satisfies Rule;
