/** procedure: a hearing requested in time is held, and the party is told its time and place 7 working days before (行政处罚法 第六十四条, 第八十五条). */
import type { Rule, RuleContext, RuleMeta, RuleOutcome } from '../types.js';
import type { CaseFile } from '../../model/types.js';
import { addWorkingDays } from '../calendar.js';
import { documentDate, hasDocument, notChecked, unreadable } from '../guards.js';

export const meta: RuleMeta = {
  id: 'hearing-procedure',
  category: 'procedure',
  basis: '《中华人民共和国行政处罚法》第六十四条第（一）项、第（二）项、第八十五条',
  description: { zh: '听证申请与听证通知期限', en: 'hearing request and notice periods' },
  messages: {
    requestIgnored: { zh: '当事人于 {requested} 申请听证（告知后 {n} 个工作日内），未举行听证', en: 'the party asked for a hearing on {requested}, within {n} working days of the notice, but none was held' },
    scheduleMissing: { zh: '{held} 举行听证，无听证会通知（时间、地点）记录', en: 'hearing held {held} with no notice of its time and place on file' },
    scheduleShort: { zh: '{scheduled} 通知听证，{held} 即举行，不足 {n} 个工作日（最早 {earliest}）', en: 'hearing notified {scheduled} and held {held}: fewer than {n} working days (earliest {earliest})' },
  },
};

const uncovered = (year: number) => notChecked(`工作日历未覆盖 ${year} 年`, `the working-day calendar does not cover ${year}`);

export function check(c: CaseFile, ctx: RuleContext): RuleOutcome {
  const blocked = unreadable(c, ['dates.hearingNotified', 'dates.hearingRequested', 'dates.hearingScheduled', 'dates.hearingHeld']);
  if (blocked) return blocked;
  const d = c.dates ?? {};
  const held = d.hearingHeld ?? undefined;
  if (d.hearingRequested && !held) {
    if (!d.hearingNotified) return notChecked('有听证申请但未载明听证告知日期', 'a hearing request but no date of the hearing-right notice');
    const n = ctx.config.hearingRequestWorkingDays;
    const due = addWorkingDays(ctx.calendar, d.hearingNotified, n);
    if ('uncoveredYear' in due) return uncovered(due.uncoveredYear);
    // a request after the term may be refused (第六十四条第（一）项): only a timely one must be heard
    if (d.hearingRequested > due.date) return [];
    if (hasDocument(c, /听证笔录|放弃听证|撤回听证/)) return [];
    return [{ messageId: 'requestIgnored', params: { requested: d.hearingRequested, n }, evidence: { hearingNotified: d.hearingNotified, hearingRequested: d.hearingRequested, hearingHeld: null } }];
  }
  if (!held) return [];
  const scheduled = d.hearingScheduled ?? documentDate(c, /听证(?:会)?通知书/);
  if (!scheduled) {
    if (hasDocument(c, /听证(?:会)?通知书/)) return notChecked('有听证会通知书但未载明通知日期', 'a hearing notice on file but no date');
    return [{ messageId: 'scheduleMissing', params: { held }, evidence: { hearingHeld: held, hearingScheduled: null } }];
  }
  const n = ctx.config.hearingScheduleWorkingDays;
  const earliest = addWorkingDays(ctx.calendar, scheduled, n);
  if ('uncoveredYear' in earliest) return uncovered(earliest.uncoveredYear);
  if (held >= earliest.date) return [];
  return [{ messageId: 'scheduleShort', params: { scheduled, held, n, earliest: earliest.date }, evidence: { hearingScheduled: scheduled, hearingHeld: held, earliest: earliest.date, workingDays: n } }];
}

export default { meta, check } satisfies Rule;
