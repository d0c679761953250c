/** key-items-missing: the scheme skips key hazards of the target's industry (避重就轻). */
import type { Hit, SchemeRule } from '../types.js';
import { missingKeyItems, resolveIndustries } from '../key-items.js';
import { joinLocal, notChecked } from './util.js';

const BASIS = '赣应急字〔2020〕168号 §三(六)（避重就轻）、§二(一)';

export const rule: SchemeRule = {
  meta: {
    id: 'key-items-missing',
    severity: 'reject',
    basis: BASIS,
    messages: {
      missing: { zh: '检查内容未覆盖{industry}行业重点事项：{items}（避重就轻）', en: 'the inspection items skip key {industry} items: {items}' },
      missingAny: { zh: '检查内容未覆盖{industry}行业任一重点事项（应至少覆盖其一：{items}）', en: 'the inspection items cover none of the key {industry} items (at least one of: {items})' },
    },
    fix: { zh: '按行业重大事故隐患判定标准补充重点检查事项', en: 'add the key items of the industry’s major-hazard determination standard' },
  },
  check(scheme, context) {
    if (!scheme.industry?.trim()) return notChecked('未注明检查对象所属行业，无法判断重点检查事项', 'the industry of the target is not stated, so its key items are unknown');
    const industries = resolveIndustries(scheme.industry, context.keyItems);
    if (!industries.length) {
      return notChecked(`行业「${scheme.industry}」不在行业重点检查事项目录中`, `the industry "${scheme.industry}" is not in the industry key-items catalog`);
    }
    const hits: Hit[] = [];
    for (const ind of industries) {
      const missing = missingKeyItems(ind, scheme.items ?? []);
      if (!missing.length) continue;
      const items = joinLocal(missing.map((m) => m.name));
      hits.push({
        messageId: ind.require === 'any' ? 'missingAny' : 'missing',
        params: { industry: ind.name, items },
        basis: `${BASIS}；${ind.standard}`,
        fix: { zh: `补充检查事项：${items.zh}`, en: `add inspection items for: ${items.en}` },
      });
    }
    return hits;
  },
};
