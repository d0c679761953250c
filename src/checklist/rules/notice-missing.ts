/** procedure: prior notice (告知) before the decision; no decision without it (行政处罚法 第四十四条、第六十二条). */
import type { Rule, RuleMeta, RuleOutcome } from '../types.js';
import type { CaseFile } from '../../model/types.js';
import { hasDocument, notChecked, unreadable } from '../guards.js';

export const meta: RuleMeta = {
  id: 'notice-missing',
  category: 'procedure',
  basis: '《中华人民共和国行政处罚法》第六十二条',
  description: { zh: '作出决定前履行告知程序', en: 'prior notice given before the decision' },
  messages: { missing: { zh: '无行政处罚告知记录（告知日期或告知书）', en: 'no prior notice recorded (notice date or notice document)' } },
};

/** 行政处罚告知书 / 事先告知书, but not 听证告知书 */
const NOTICE_DOC = /(?<!听证)告知书/;

export function check(c: CaseFile): RuleOutcome {
  const blocked = unreadable(c, ['dates.notified', 'dates.decided', 'documents']);
  if (blocked) return blocked;
  if (!c.dates?.decided) return notChecked('尚无决定日期', 'no decision date yet');
  if (c.dates.notified || hasDocument(c, NOTICE_DOC)) return [];
  return [{ messageId: 'missing', evidence: { decided: c.dates.decided, notified: null } }];
}

export default { meta, check } satisfies Rule;
