/** Shared check for "done within N working days of the decision" (service, publication): 行政处罚法 第八十五条. */
import type { RuleContext, RuleOutcome } from '../types.js';
import type { CaseFile } from '../../model/types.js';
import { addWorkingDays } from '../calendar.js';
import { notChecked, unreadable } from '../guards.js';

/** The step whose date is checked, its working-day limit, and the "date missing" reason. */
export interface DeadlineStep {
  key: 'served' | 'published';
  limit: number;
  missing: { zh: string; en: string };
}

/** `late` finding when dates[key] is later than N working days after the decision; not checked when unsure. */
export function checkWorkingDaysAfterDecision(c: CaseFile, ctx: RuleContext, step: DeadlineStep): RuleOutcome {
  const blocked = unreadable(c, ['dates.decided', `dates.${step.key}`]);
  if (blocked) return blocked;
  const decided = c.dates?.decided;
  const done = c.dates?.[step.key];
  if (!decided || !done) return notChecked(step.missing.zh, step.missing.en);
  const n = step.limit;
  const due = addWorkingDays(ctx.calendar, decided, n);
  if ('uncoveredYear' in due) return notChecked(`工作日历未覆盖 ${due.uncoveredYear} 年`, `the working-day calendar does not cover ${due.uncoveredYear}`);
  if (done <= due.date) return [];
  return [{ messageId: 'late', params: { decided, [step.key]: done, n, deadline: due.date }, evidence: { decided, [step.key]: done, deadline: due.date, workingDays: n } }];
}
