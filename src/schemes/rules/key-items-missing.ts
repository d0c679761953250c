/** key-items-missing: the scheme skips key hazards of the target's industry (避重就轻). */
import type { Scheme } from '../../model/types.js';
import type { Hit, RuleOutcome, SchemeContext, SchemeRule, SchemeRuleMeta } from '../types.js';
import { keyItemCoverage, readIndustry } from '../key-items.js';
import { joinLocal, notChecked, notExported } from './util.js';

const BASIS = '赣应急字〔2020〕168号 §三(六)（避重就轻）、§二(一)';

export const meta: SchemeRuleMeta = {
  id: 'key-items-missing',
  severity: 'reject',
  basis: BASIS,
  description: { zh: '检查内容覆盖所属行业的重点检查事项', en: 'the inspection items cover the key items of the industry' },
  messages: {
    coreMissing: { zh: '检查内容未覆盖{industry}行业必查事项：{items}（避重就轻）', en: 'the inspection items skip items every {industry} scheme must cover: {items}' },
    tooFew: { zh: '检查内容只覆盖{industry}行业重点事项 {covered} 项，少于 {min} 项（避重就轻）；重点事项：{items}', en: 'the inspection items cover {covered} key {industry} items, fewer than {min}; the key items: {items}' },
  },
  fix: { zh: '按行业重大事故隐患判定标准补充重点检查事项', en: 'add the key items of the industry’s major-hazard determination standard' },
};

export function check(scheme: Scheme, context: SchemeContext): RuleOutcome {
  if (!scheme.industry?.trim()) return notChecked('未注明检查对象所属行业，无法判断重点检查事项', 'the industry of the target is not stated, so its key items are unknown');
  const unexported = notExported(scheme, context, 'items', { zh: '检查内容', en: 'inspection items' });
  if (unexported) return unexported;
  const { industries, ambiguous } = readIndustry(scheme.industry, context.keyItems);
  if (ambiguous) {
    // a sub-sector we do not know may have its own key items: judging by the broad list could reject wrongly
    const subs = context.keyItems.industries.filter((i) => i.parent === ambiguous.sector.id).map((i) => i.name.zh).join('、');
    const subsEn = context.keyItems.industries.filter((i) => i.parent === ambiguous.sector.id).map((i) => i.name.en).join(', ');
    return notChecked(
      `行业「${scheme.industry}」在${ambiguous.sector.name.zh}下注明了「${ambiguous.qualifier}」，不是目录中的细分行业（${subs}），无法确定适用的重点检查事项`,
      `the industry "${scheme.industry}" qualifies ${ambiguous.sector.name.en} with "${ambiguous.qualifier}", which is no sub-sector in the catalog (${subsEn}); the key items that apply are unknown`,
    );
  }
  if (!industries.length) {
    return notChecked(`行业「${scheme.industry}」不在行业重点检查事项目录中`, `the industry "${scheme.industry}" is not in the industry key-items catalog`);
  }
  const hits: Hit[] = [];
  for (const ind of industries) {
    const cov = keyItemCoverage(ind, scheme.items ?? []); // no items at all skips every key item too
    const basis = `${BASIS}；${ind.standard}`;
    if (cov.coreMissing.length) {
      const items = joinLocal(cov.coreMissing.map((m) => m.name));
      hits.push({ messageId: 'coreMissing', params: { industry: ind.name, items }, basis, fix: { zh: `补充检查事项：${items.zh}`, en: `add inspection items for: ${items.en}` } });
    }
    // once the core items are added the minimum may be met: ask for more only when it still would not be
    if (cov.covered.length + cov.coreMissing.length < (ind.min ?? 1)) {
      const rest = ind.items.filter((i) => !cov.covered.includes(i) && !cov.coreMissing.includes(i));
      const items = joinLocal(rest.map((m) => m.name));
      hits.push({
        messageId: 'tooFew',
        params: { industry: ind.name, items, covered: cov.covered.length, min: ind.min ?? 1 },
        basis,
        fix: { zh: `从以下重点事项中补充检查内容：${items.zh}`, en: `add inspection items from: ${items.en}` },
      });
    }
  }
  return hits;
}

export default { meta, check } satisfies SchemeRule;
