/** procedure: the on-site inspection opened with a kick-off meeting and closed with a summary meeting (三位一体). */
import type { Rule, RuleHit, RuleMeta, RuleOutcome } from '../types.js';
import type { CaseFile } from '../../model/types.js';
import { notChecked, unreadable } from '../guards.js';

export const meta: RuleMeta = {
  id: 'three-in-one-meetings',
  category: 'procedure',
  basis: '赣应急字〔2020〕168号 第三部分第（七）项（「现场执法统一实行“启动会+现场执法检查+总结会”」）',
  description: { zh: '现场执法召开启动会、总结会（“三位一体”）', en: 'kick-off and summary meetings held on site (三位一体)' },
  messages: {
    kickoff: { zh: '现场检查未召开启动会（“启动会+现场执法检查+总结会”）', en: 'no kick-off meeting was held before the on-site inspection' },
    summary: { zh: '现场检查未召开总结会（“启动会+现场执法检查+总结会”）', en: 'no summary meeting was held after the on-site inspection' },
  },
};

export function check(c: CaseFile): RuleOutcome {
  const blocked = unreadable(c, ['kickoffMeeting', 'summaryMeeting']);
  if (blocked) return blocked;
  const hits: RuleHit[] = [];
  if (c.kickoffMeeting === false) hits.push({ messageId: 'kickoff', evidence: { kickoffMeeting: false } });
  if (c.summaryMeeting === false) hits.push({ messageId: 'summary', evidence: { summaryMeeting: false } });
  if (hits.length) return hits;
  // one meeting stated held, the other not stated: the file is not shown to meet the model, nor to miss it
  if (c.kickoffMeeting === undefined || c.summaryMeeting === undefined) {
    const which = [c.kickoffMeeting === undefined ? ['启动会', 'kick-off'] : undefined, c.summaryMeeting === undefined ? ['总结会', 'summary'] : undefined].filter((x): x is string[] => Boolean(x));
    return notChecked(`来源未载明是否召开${which.map((w) => w[0]).join('、')}`, `the source does not say whether the ${which.map((w) => w[1]).join(' and ')} meeting was held`);
  }
  return [];
}

export default { meta, check } satisfies Rule;
