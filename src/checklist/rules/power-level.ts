/** subject: the unit acts within its power list and level (权力清单, 行使层级: 赣应急字〔2020〕168号 第三部分第（五）项). */
import type { Rule, RuleContext, RuleMeta, RuleOutcome } from '../types.js';
import type { CaseFile } from '../../model/types.js';
import { parseArticleRefs } from '../../ingest/normalize/articles.js';
import { lawKey, resolveCitations } from '../law-catalog.js';
import { notChecked, unreadable } from '../guards.js';

export const meta: RuleMeta = {
  id: 'power-level',
  category: 'subject',
  basis: '赣应急字〔2020〕168号 第三部分第（五）项（权力清单、行使层级）',
  description: { zh: '按权力清单和行使层级执法', en: 'within the power list and its level' },
  messages: {
    notListed: { zh: '{article} 不在权力清单中', en: '{article} is not in the power list' },
    wrongLevel: { zh: '{article} 按权力清单由 {levels} 行使，本案执法单位层级为 {level}', en: '{article} is exercised by {levels} under the power list; this unit is {level}' },
  },
};

const LEVEL_ZH: Record<string, string> = { province: '省级', city: '市级', county: '县级' };

/** Power-list keys as written (《安全生产法》第九十七条, 安全生产法第97条) → law key#article; a key naming no article is skipped. */
function normalizeList(list: Record<string, string[]>): Map<string, { key: string; levels: string[] }> {
  const out = new Map<string, { key: string; levels: string[] }>();
  for (const [key, levels] of Object.entries(list)) {
    const ref = parseArticleRefs(key)[0];
    // the law as written in 《》, else the words before 第 (安全生产法第94条)
    const law = ref?.law ?? key.split('第')[0]!.replace(/[《》〈〉\s]/g, '');
    if (ref && law) out.set(`${lawKey(law)}#${ref.article}`, { key, levels });
  }
  return out;
}

const NO_LIST = notChecked('未配置权力清单（rules-config 的 powerList）', 'no power list configured (powerList in the rules settings)');

export function check(c: CaseFile, ctx: RuleContext): RuleOutcome {
  const list = ctx.config.powerList;
  if (!list) return NO_LIST;
  const blocked = unreadable(c, ['penaltyArticles', 'unitLevel']);
  if (blocked) return blocked;
  if (!c.unitLevel) return notChecked('未载明执法单位层级', 'the unit level is not stated');
  if (!c.penaltyArticles?.length) return notChecked('未引用处罚依据', 'no penalty article cited');
  const byArticle = normalizeList(list);
  const hits = [];
  for (const cit of resolveCitations(ctx.catalog, c.penaltyArticles, parseArticleRefs)) {
    for (const { ref, law } of cit.refs) {
      if (!law) return notChecked(`法规目录中没有 ${ref.raw} 所属法规`, `the law of ${ref.raw} is not in the catalog`);
      const article = `《${law.title}》第${ref.article}条`;
      const levels = byArticle.get(`${lawKey(law.title)}#${ref.article}`)?.levels;
      if (!levels) hits.push({ messageId: 'notListed', params: { article }, evidence: { article, unitLevel: c.unitLevel } });
      else if (!levels.includes(c.unitLevel)) {
        hits.push({ messageId: 'wrongLevel', params: { article, levels: levels.map((l) => LEVEL_ZH[l] ?? l).join('、'), level: LEVEL_ZH[c.unitLevel] ?? c.unitLevel }, evidence: { article, levels, unitLevel: c.unitLevel } });
      }
    }
  }
  return hits;
}

export default { meta, check } satisfies Rule;
