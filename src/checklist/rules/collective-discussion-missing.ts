/** procedure: a serious (重大) or complex case is decided by the heads' collective discussion (行政处罚法 第五十七条第二款). */
import type { Rule, RuleContext, RuleMeta, RuleOutcome } from '../types.js';
import type { CaseFile } from '../../model/types.js';
import { hasDocument, notChecked, unreadable } from '../guards.js';

export const meta: RuleMeta = {
  id: 'collective-discussion-missing',
  category: 'procedure',
  basis: '《中华人民共和国行政处罚法》第五十七条第二款',
  description: { zh: '重大案件经集体讨论决定', en: 'serious cases decided by collective discussion' },
  messages: {
    missing: { zh: '{reason}，但无集体讨论记录（负责人集体讨论决定）', en: '{reasonEn}, but no collective discussion by the heads is recorded' },
  },
};

export function check(c: CaseFile, ctx: RuleContext): RuleOutcome {
  const blocked = unreadable(c, ['dates.collectiveDiscussion', 'dates.hearingHeld', 'dates.decided', 'fine', 'party.kind']);
  if (blocked) return blocked;
  if (!c.dates?.decided) return notChecked('未载明决定日期，无法判断是否已作出处罚决定', 'no decision date: whether a penalty was decided is unknown');
  const cfg = ctx.config;
  const reasons: [string, string][] = [];
  if (c.fine !== undefined) {
    const kind = c.party?.kind;
    const limit = kind === 'unit' ? cfg.collectiveDiscussionFineUnit : kind === 'individual' ? cfg.collectiveDiscussionFineIndividual : undefined;
    const low = Math.min(cfg.collectiveDiscussionFineUnit, cfg.collectiveDiscussionFineIndividual);
    const high = Math.max(cfg.collectiveDiscussionFineUnit, cfg.collectiveDiscussionFineIndividual);
    if (limit === undefined && c.fine >= low && c.fine < high && !(cfg.collectiveDiscussionWhenHearingHeld && c.dates.hearingHeld)) {
      return notChecked('当事人类型未知，无法确定罚款是否达到集体讨论标准', 'party kind unknown: whether the fine reaches the collective-discussion threshold is unknown');
    }
    const at = limit ?? high;
    if (c.fine >= at) reasons.push([`罚款 ${c.fine} 元达到重大案件标准 ${at} 元`, `the fine of ${c.fine} yuan reaches the serious-case threshold of ${at}`]);
  }
  if (cfg.collectiveDiscussionWhenHearingHeld && c.dates.hearingHeld) reasons.push([`经过听证（${c.dates.hearingHeld}）`, `heard at a hearing (${c.dates.hearingHeld})`]);
  if (!reasons.length) return [];
  if (c.dates.collectiveDiscussion || hasDocument(c, /集体讨论/)) return [];
  return [
    {
      messageId: 'missing',
      params: { reason: reasons.map((r) => r[0]).join('、'), reasonEn: reasons.map((r) => r[1]).join('; ') },
      evidence: { fine: c.fine ?? null, hearingHeld: c.dates.hearingHeld ?? null, collectiveDiscussion: null },
    },
  ];
}

export default { meta, check } satisfies Rule;
