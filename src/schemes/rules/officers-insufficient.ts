/** officers-insufficient: fewer than two officers, or an officer without a valid enforcement certificate. */
import type { Scheme } from '../../model/types.js';
import type { Hit, RuleOutcome, SchemeContext, SchemeRule, SchemeRuleMeta } from '../types.js';
import { notChecked, notExported, officerNames } from './util.js';

export const meta: SchemeRuleMeta = {
  id: 'officers-insufficient',
  severity: 'reject',
  basis: '赣应急字〔2020〕168号 §三(五)、§三(六)；安全生产法 第六十七条；行政处罚法 第四十二条',
  description: { zh: '不少于两名持有效执法证的检查人员', en: 'at least two officers with valid enforcement certificates' },
  messages: {
    tooFew: { zh: '检查人员不足两人（{count} 人）', en: 'fewer than two officers ({count})' },
    certMissing: { zh: '检查人员未列执法证号：{names}', en: 'officers without an enforcement certificate number: {names}' },
    certExpired: { zh: '检查人员执法证在检查日 {date} 已失效：{names}', en: 'officers whose certificate is no longer valid on the inspection date {date}: {names}' },
  },
  fix: { zh: '明确不少于两名持有效执法证的检查人员，并列明执法证号', en: 'name at least two officers with valid enforcement certificates and give their certificate numbers' },
};

export function check(scheme: Scheme, context: SchemeContext): RuleOutcome {
  const unexported = notExported(scheme, context, 'officers', { zh: '检查人员', en: 'officers' });
  if (unexported) return unexported;
  const officers = (scheme.officers ?? []).filter((o) => o.name?.trim() || o.certNo?.trim());
  const hits: Hit[] = [];
  if (officers.length < 2) hits.push({ messageId: 'tooFew', params: { count: officers.length } });
  const noCert = officers.filter((o) => !o.certNo?.trim());
  // an export without a 执法证号 column cannot say an officer has none: report what it can, or not checked
  if (noCert.length && !context.fieldsSeen.has('officers.certNo')) {
    return hits.length ? hits : notChecked('输入数据不含执法证号，无法核对', 'the input carries no certificate numbers at all');
  }
  if (noCert.length) hits.push({ messageId: 'certMissing', params: { names: officerNames(noCert) } });
  // validity can only be judged against the scheme's date; without one this part is simply not applicable
  if (scheme.date) {
    const expired = officers.filter((o) => o.certNo?.trim() && o.certValidUntil && o.certValidUntil < scheme.date!);
    if (expired.length) hits.push({ messageId: 'certExpired', params: { names: officerNames(expired), date: scheme.date } });
  }
  return hits;
}

export default { meta, check } satisfies SchemeRule;
