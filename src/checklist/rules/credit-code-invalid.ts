/** facts: a unit party's unified social credit code is well-formed (GB 32100-2015 check character). */
import type { Rule, RuleMeta, RuleOutcome } from '../types.js';
import type { CaseFile } from '../../model/types.js';
import { checkCreditCode } from '../../ingest/normalize/credit-code.js';
import { notChecked, present, unreadable } from '../guards.js';

export const meta: RuleMeta = {
  id: 'credit-code-invalid',
  category: 'facts',
  basis: 'GB 32100-2015《法人和其他组织统一社会信用代码编码规则》',
  description: { zh: '统一社会信用代码有效', en: 'valid unified social credit code' },
  messages: { invalid: { zh: '统一社会信用代码 {code} 无效（{reason}）', en: 'unified social credit code {code} is invalid ({reason})' } },
};

export function check(c: CaseFile): RuleOutcome {
  const blocked = unreadable(c, ['party.creditCode']);
  if (blocked) return blocked;
  if (c.party?.kind === 'individual') return [];
  if (!present(c.party?.creditCode)) return notChecked('未记录统一社会信用代码', 'no credit code recorded');
  const r = checkCreditCode(c.party.creditCode);
  if (r.status === 'masked') return notChecked('统一社会信用代码已脱敏，无法校验', 'credit code is masked; cannot be verified');
  return r.status === 'invalid' ? [{ messageId: 'invalid', params: { code: c.party.creditCode, reason: r.reason ?? '' }, evidence: { creditCode: c.party.creditCode, reason: r.reason } }] : [];
}

export default { meta, check } satisfies Rule;
