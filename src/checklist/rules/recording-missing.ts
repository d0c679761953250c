/** procedure: enforcement recorded from start to end in text and audio/video (行政处罚法 第四十七条; 赣应急字〔2020〕168号 §四(八)). */
import type { Rule, RuleMeta, RuleOutcome } from '../types.js';
import type { CaseFile } from '../../model/types.js';
import { hasDocument, notChecked, unreadable } from '../guards.js';

export const meta: RuleMeta = {
  id: 'recording-missing',
  category: 'procedure',
  basis: '《中华人民共和国行政处罚法》第四十七条；赣应急字〔2020〕168号 第四部分第（八）项（执法全过程记录制度）',
  description: { zh: '执法全过程记录', en: 'enforcement recorded from start to end' },
  messages: { missing: { zh: '未进行执法全过程（音像）记录', en: 'the enforcement was not recorded from start to end (audio/video)' } },
};

const RECORD_DOC = /全过程记录|音像|执法记录仪|录音录像|视听资料/;

export function check(c: CaseFile): RuleOutcome {
  const blocked = unreadable(c, ['recorded']);
  if (blocked) return blocked;
  if (c.recorded === true || hasDocument(c, RECORD_DOC)) return [];
  if (c.recorded === false) return [{ messageId: 'missing', evidence: { recorded: false } }];
  return UNSTATED;
}

// shared: most exports do not say, and a per-file object would be garbage for nothing
const UNSTATED = notChecked('来源未载明是否进行执法全过程记录', 'the source does not say whether the enforcement was recorded');

export default { meta, check } satisfies Rule;
