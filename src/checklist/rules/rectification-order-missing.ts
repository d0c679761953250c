/** procedure: hazards named in the facts are followed by a rectification order or corrected on the spot (closed loop, 三部曲). */
import type { Rule, RuleMeta, RuleOutcome } from '../types.js';
import type { CaseFile } from '../../model/types.js';
import { hasDocument, notChecked, present, unreadable } from '../guards.js';
import { followUpStated, hazardNamed } from '../hazards.js';

export const meta: RuleMeta = {
  id: 'rectification-order-missing',
  category: 'procedure',
  basis: '《中华人民共和国安全生产法》第六十五条第一款第（二）项、第（三）项；赣应急字〔2020〕168号 第二部分第（一）项',
  description: { zh: '发现问题隐患即责令整改', en: 'hazards found are ordered rectified' },
  messages: {
    missing: {
      zh: '事实载明发现问题隐患（“{phrase}”），但无责令限期整改（整改期限、整改指令书）或当场纠正、处罚决定',
      en: 'the facts name a hazard ("{phrase}") but there is no rectification order (deadline, 整改指令书), on-the-spot correction or penalty decision',
    },
  },
};

/** Documents that deal with a hazard: a rectification order, on-site measures, sealing/seizure, a penalty case. */
const FOLLOW_UP_DOC = /责令.*(?:整改|改正)|整改指令|现场处理措施|查封|扣押|立案审批|处罚决定/;

export function check(c: CaseFile): RuleOutcome {
  const blocked = unreadable(c, ['facts', 'dates.rectificationDeadline']);
  if (blocked) return blocked;
  // a deadline, a decision or an order on file closes the loop whatever the facts say (cheap checks first)
  if (c.dates?.rectificationDeadline || c.dates?.decided || hasDocument(c, FOLLOW_UP_DOC)) return [];
  if (!present(c.facts)) return notChecked('未载明事实（检查发现的问题），无法判断是否发现隐患', 'no facts stated: whether hazards were found is unknown');
  const phrase = hazardNamed(c.facts);
  if (!phrase || followUpStated(c.facts)) return [];
  return [{ messageId: 'missing', params: { phrase }, evidence: { facts: c.facts, rectificationDeadline: null, documents: (c.documents ?? []).map((d) => d.title) } }];
}

export default { meta, check } satisfies Rule;
