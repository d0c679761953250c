/** procedure: experts the inspection scheme names took part in the inspection (三位一体: 执法+专家). */
import type { Rule, RuleMeta, RuleOutcome } from '../types.js';
import type { CaseFile } from '../../model/types.js';
import { caseIdKey } from '../../ingest/normalize/text.js';
import { notChecked, present, unreadable } from '../guards.js';

export const meta: RuleMeta = {
  id: 'three-in-one-experts',
  category: 'procedure',
  // the published text writes 执法十专家 for 执法+专家: quoted as published
  basis: '赣应急字〔2020〕168号 第三部分第（七）项（「“执法十专家”的“三位一体”执法模式」）',
  description: { zh: '检查方案安排专家的，专家参与现场检查（执法+专家）', en: 'experts named by the scheme take part (officers + experts)' },
  messages: {
    absent: { zh: '检查方案 {scheme} 安排了专家（{experts}），检查记录未显示专家参与', en: 'scheme {scheme} names experts ({experts}) but the record shows none taking part' },
  },
};

export function check(c: CaseFile, ctx: Parameters<Rule['check']>[1]): RuleOutcome {
  const blocked = unreadable(c, ['schemeId', 'experts']);
  if (blocked) return blocked;
  if (!present(c.schemeId)) return notChecked('检查记录未载明所执行的检查方案，无法判断是否应有专家参与', 'the record does not name its inspection scheme: whether experts were due is unknown');
  const scheme = ctx.schemes?.get(caseIdKey(c.schemeId));
  if (!scheme) return notChecked(`输入中没有检查方案 ${c.schemeId}`, `inspection scheme ${c.schemeId} is not among the inputs`);
  const named = (scheme.experts ?? []).filter((e) => present(e));
  if (!named.length) return []; // the scheme names no experts: none are due
  if ((c.experts ?? []).some((e) => present(e))) return [];
  return [{ messageId: 'absent', params: { scheme: scheme.id, experts: named.join('、') }, evidence: { schemeId: c.schemeId, schemeExperts: named, experts: c.experts ?? null } }];
}

export default { meta, check } satisfies Rule;
