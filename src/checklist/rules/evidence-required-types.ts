/** evidence: the evidence types a case type needs are present, e.g. 现场检查记录 and 询问笔录 for penalties. */
import type { Rule, RuleContext, RuleMeta, RuleOutcome } from '../types.js';
import type { CaseFile } from '../../model/types.js';
import { notChecked, unreadable } from '../guards.js';

export const meta: RuleMeta = {
  id: 'evidence-required-types',
  category: 'evidence',
  basis: '《中华人民共和国行政处罚法》第五十四条',
  description: { zh: '主要证据种类齐全', en: 'required evidence types present' },
  messages: { missing: { zh: '缺少必备证据：{kind}', en: 'required evidence missing: {kind}' } },
};

export function check(c: CaseFile, ctx: RuleContext): RuleOutcome {
  const blocked = unreadable(c, ['evidence', 'documents']);
  if (blocked) return blocked;
  if (!c.type) return notChecked('案件类型未知', 'case type unknown');
  // no evidence at all is evidence-missing's finding (a veto); listing each type again would charge the file twice
  if (!(c.evidence ?? []).some((e) => e.trim())) return notChecked('未列明任何证据（见 evidence-missing）', 'no evidence listed at all (see evidence-missing)');
  const required = ctx.config.requiredEvidence[c.type] ?? [];
  const held = [...(c.evidence ?? []), ...(c.documents ?? []).map((d) => d.title)];
  if (held.length === 0) return notChecked('未列明证据或文书', 'no evidence or documents listed');
  return required.filter((kind) => !held.some((h) => h.includes(kind))).map((kind) => ({ messageId: 'missing', params: { kind }, evidence: { required: kind, held } }));
}

export default { meta, check } satisfies Rule;
