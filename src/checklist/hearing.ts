/** When the hearing right must be notified (行政处罚法 第六十三条), shared by the hearing and legal-review rules. */
import type { CaseFile } from '../model/types.js';
import type { RulesConfig } from './rules-config.js';

/** required, not required, or unknown (with the reason), and the trigger found. */
export type HearingNeed = { required: true; trigger: string } | { required: false } | { required: undefined; reason: { zh: string; en: string } };

/** Is the hearing right required for this penalty: a serious kind, or a larger fine for the party kind? */
export function hearingNeed(c: CaseFile, cfg: RulesConfig): HearingNeed {
  const kind = (c.penaltyKinds ?? []).find((k) => cfg.hearingPenaltyKinds.some((h) => k.includes(h)));
  if (kind) return { required: true, trigger: kind };
  if (c.fine === undefined) {
    if (c.penaltyKinds && c.penaltyKinds.length) return { required: false };
    return { required: undefined, reason: { zh: '未记录罚款金额和处罚种类', en: 'neither the fine nor the penalty kind is recorded' } };
  }
  const { hearingFineIndividual: ind, hearingFineUnit: unit } = cfg;
  if (c.party?.kind === 'unit') return c.fine >= unit ? { required: true, trigger: `fine ≥ ${unit}` } : { required: false };
  if (c.party?.kind === 'individual') return c.fine >= ind ? { required: true, trigger: `fine ≥ ${ind}` } : { required: false };
  if (c.fine >= Math.max(ind, unit)) return { required: true, trigger: `fine ≥ ${Math.max(ind, unit)}` };
  if (c.fine < Math.min(ind, unit)) return { required: false };
  return { required: undefined, reason: { zh: '当事人类别（单位/个人）未知，无法确定较大数额罚款标准', en: 'party kind (unit/individual) unknown, so the larger-fine threshold cannot be chosen' } };
}
