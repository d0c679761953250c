/** evidence: preserved evidence (先行登记保存) gets its handling decision within 7 working days (行政处罚法 第五十六条, 第八十五条). */
import type { Rule, RuleContext, RuleMeta, RuleOutcome } from '../types.js';
import type { CaseFile } from '../../model/types.js';
import { addWorkingDays } from '../calendar.js';
import { documentDate, hasDocument, notChecked, unreadable } from '../guards.js';

export const meta: RuleMeta = {
  id: 'preservation-decision-late',
  category: 'evidence',
  basis: '《中华人民共和国行政处罚法》第五十六条、第八十五条',
  description: { zh: '先行登记保存七日内作出处理决定', en: 'preserved evidence handled within 7 working days' },
  messages: {
    missing: { zh: '{preserved} 先行登记保存证据，无处理决定', en: 'evidence preserved on {preserved} but no handling decision' },
    late: { zh: '{preserved} 先行登记保存证据，{handled} 才作出处理决定，超过 {n} 个工作日（期限 {deadline}）', en: 'evidence preserved {preserved}, handled {handled}: more than {n} working days (deadline {deadline})' },
  },
};

export function check(c: CaseFile, ctx: RuleContext): RuleOutcome {
  // documents only stand in for an undated paper: a source without a documents list still states the dates
  const blocked = unreadable(c, ['dates.evidencePreserved', 'dates.preservationHandled']);
  if (blocked) return blocked;
  const preserved = c.dates?.evidencePreserved ?? documentDate(c, /先行登记保存证据通知书/);
  const handled = c.dates?.preservationHandled ?? documentDate(c, /保存证据处理决定/);
  if (!preserved) {
    // the file holds preservation papers but no date: the term cannot be measured
    if (hasDocument(c, /先行登记保存/)) return notChecked('有先行登记保存文书但未载明保存日期', 'preservation papers on file but no preservation date');
    return [];
  }
  if (!handled) {
    if (hasDocument(c, /保存证据处理决定|登记保存.*处理/)) return notChecked('有处理决定书但未载明日期', 'a handling decision on file but no date');
    return [{ messageId: 'missing', params: { preserved }, evidence: { evidencePreserved: preserved, preservationHandled: null } }];
  }
  const n = ctx.config.preservationWorkingDays;
  const due = addWorkingDays(ctx.calendar, preserved, n);
  if ('uncoveredYear' in due) return notChecked(`工作日历未覆盖 ${due.uncoveredYear} 年`, `the working-day calendar does not cover ${due.uncoveredYear}`);
  if (handled <= due.date) return [];
  return [{ messageId: 'late', params: { preserved, handled, n, deadline: due.date }, evidence: { evidencePreserved: preserved, preservationHandled: handled, deadline: due.date, workingDays: n } }];
}

export default { meta, check } satisfies Rule;
