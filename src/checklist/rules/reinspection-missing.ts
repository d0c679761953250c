/** procedure: a rectification order is followed by a re-inspection after its deadline (closed loop, 整改复查). */
import type { Rule, RuleContext, RuleMeta, RuleOutcome } from '../types.js';
import type { CaseFile } from '../../model/types.js';
import { addDays } from '../calendar.js';
import { unreadable } from '../guards.js';

export const meta: RuleMeta = {
  id: 'reinspection-missing',
  category: 'procedure',
  basis: '赣应急字〔2020〕168号 第二部分第（一）项（问题隐患认定、责令整改、整改复查“三部曲”）',
  description: { zh: '责令整改后按期复查', en: 'rectification order followed by re-inspection' },
  messages: {
    missing: { zh: '责令限期整改（期限 {deadline}）后无复查记录', en: 'rectification ordered (deadline {deadline}) but no re-inspection recorded' },
    early: { zh: '整改期限 {deadline} 届满前即复查（{reinspected}）', en: 're-inspected on {reinspected}, before the rectification deadline {deadline}' },
    late: { zh: '整改期限 {deadline} 后 {days} 日才复查（{reinspected}），超过 {window} 日', en: 're-inspection on {reinspected}, {days} days after the deadline {deadline}, beyond {window} days' },
  },
};

export function check(c: CaseFile, ctx: RuleContext): RuleOutcome {
  const blocked = unreadable(c, ['dates.rectificationDeadline', 'dates.reinspected']);
  if (blocked) return blocked;
  const deadline = c.dates?.rectificationDeadline;
  if (!deadline) return []; // no rectification ordered: nothing to close
  const reinspected = c.dates?.reinspected;
  if (!reinspected) return [{ messageId: 'missing', params: { deadline }, evidence: { rectificationDeadline: deadline, reinspected: null } }];
  // a re-inspection before the deadline checks work not yet due (the sample guideline: 整改期满后复查); ISO dates compare as text
  if (reinspected < deadline && !ctx.config.reinspectionBeforeDeadlineAllowed) {
    return [{ messageId: 'early', params: { deadline, reinspected }, evidence: { rectificationDeadline: deadline, reinspected } }];
  }
  const window = ctx.config.reinspectionWindowDays;
  if (window !== null && reinspected > addDays(deadline, window)) {
    const days = Math.round((Date.parse(reinspected) - Date.parse(deadline)) / 86400000);
    return [{ messageId: 'late', params: { deadline, reinspected, days, window }, evidence: { rectificationDeadline: deadline, reinspected, windowDays: window } }];
  }
  return [];
}

export default { meta, check } satisfies Rule;
