/** legal: a violation found more than two years after it happened (or ended) is not punished (行政处罚法 第三十六条). */
import type { Rule, RuleContext, RuleMeta, RuleOutcome } from '../types.js';
import type { CaseFile } from '../../model/types.js';
import { notChecked, unreadable } from '../guards.js';

export const meta: RuleMeta = {
  id: 'limitation-expired',
  category: 'legal',
  basis: '《中华人民共和国行政处罚法》第三十六条',
  description: { zh: '未超过追责时效', en: 'within the limitation period' },
  messages: {
    expired: { zh: '违法行为 {violation} 发生（终了），{filed} 才立案，已超过 {years} 年追责时效', en: 'violation of {violation} filed only on {filed}: beyond the {years}-year limitation period' },
  },
};

/** Facts that may bring the five-year term: harm to life or health (事故, 伤亡, 中毒 …). */
const HARM = /事故|死亡|伤亡|受伤|重伤|轻伤|中毒|窒息|烧伤|灼伤/;

/** The same calendar date `years` later (29 February → 28 February). */
function plusYears(iso: string, years: number): string {
  const y = Number(iso.slice(0, 4)) + years;
  const md = iso.slice(5) === '02-29' ? '02-28' : iso.slice(5);
  return `${y}-${md}`;
}

const NO_VIOLATION_DATE = notChecked('未载明违法行为发生（终了）日期，无法计算追责时效', 'no date of the violation (or its end): the limitation period cannot be computed');

export function check(c: CaseFile, ctx: RuleContext): RuleOutcome {
  const blocked = unreadable(c, ['dates.violation', 'dates.filed', 'facts']);
  if (blocked) return blocked;
  const violation = c.dates?.violation;
  const filed = c.dates?.filed;
  if (!violation) return NO_VIOLATION_DATE;
  if (!filed) return notChecked('未载明立案（发现）日期', 'no filing (discovery) date');
  const { limitationYears: short, limitationYearsHarm: long } = ctx.config;
  if (filed <= plusYears(violation, short)) return [];
  if (filed <= plusYears(violation, long) && HARM.test(c.facts ?? '')) {
    return notChecked(`超过 ${short} 年但未超过 ${long} 年：事实涉及生命健康危害后果时时效为 ${long} 年，需人工判断`, `beyond ${short} but within ${long} years: with harm to life or health the term is ${long} years, a manual judgement`);
  }
  const years = filed > plusYears(violation, long) ? long : short;
  return [{ messageId: 'expired', params: { violation, filed, years }, evidence: { violation, filed, limitationYears: years } }];
}

export default { meta, check } satisfies Rule;
