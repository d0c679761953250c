/** procedure: a suspected crime is referred to the judiciary (行政处罚法 第二十七条第一款, 第五十七条第一款第（四）项; 移送规定 第三条). */
import type { Rule, RuleMeta, RuleOutcome } from '../types.js';
import type { CaseFile } from '../../model/types.js';
import { hasDocument, notChecked, unreadable } from '../guards.js';

export const meta: RuleMeta = {
  id: 'referral-missing',
  category: 'procedure',
  basis: '《中华人民共和国行政处罚法》第二十七条第一款、第五十七条第一款第（四）项；《行政执法机关移送涉嫌犯罪案件的规定》第三条',
  description: { zh: '涉嫌犯罪依法移送', en: 'suspected crimes referred' },
  messages: { notReferred: { zh: '事实载明“{phrase}”，但未移送司法机关', en: 'the facts say "{phrase}" but the case was not referred to the judiciary' } },
};

/** The facts say a crime is suspected: 涉嫌犯罪, 涉嫌重大责任事故罪 … (不涉嫌 is not). */
const SUSPECTED = /(?<!不)涉嫌(?:犯罪|[^，。；,;]{1,14}罪)/;
const REFERRAL_DOC = /涉嫌犯罪案件移送|移送书|移送司法/;

export function check(c: CaseFile): RuleOutcome {
  const blocked = unreadable(c, ['facts', 'referredToJudiciary']);
  if (blocked) return blocked;
  const m = SUSPECTED.exec(c.facts ?? '');
  if (!m) return [];
  if (c.referredToJudiciary === true || hasDocument(c, REFERRAL_DOC)) return [];
  if (c.referredToJudiciary === undefined) return notChecked('事实载明涉嫌犯罪，但来源未载明是否移送', 'the facts name a suspected crime but the source does not say whether it was referred');
  return [{ messageId: 'notReferred', params: { phrase: m[0] }, evidence: { facts: c.facts, referredToJudiciary: false } }];
}

export default { meta, check } satisfies Rule;
