/** legal: every cited article exists in the cited law (law catalog built from the texts). */
import type { Rule, RuleContext, RuleMeta, RuleOutcome } from '../types.js';
import type { CaseFile } from '../../model/types.js';
import { parseArticleRefs } from '../../ingest/normalize/articles.js';
import { provisionMissing, resolveCitations } from '../law-catalog.js';
import { notChecked, present, unreadable } from '../guards.js';

export const meta: RuleMeta = {
  id: 'article-unknown',
  category: 'legal',
  basis: '《中华人民共和国行政处罚法》第五十九条',
  description: { zh: '所引条款真实存在', en: 'cited articles exist' },
  messages: { unknown: { zh: '引用的《{law}》{provision}不存在', en: 'cited provision {provision} does not exist in 《{law}》' } },
};

export function check(c: CaseFile, ctx: RuleContext): RuleOutcome {
  const blocked = unreadable(c, ['violatedArticles', 'penaltyArticles']);
  if (blocked) return blocked;
  const texts = [...(c.violatedArticles ?? []), ...(c.penaltyArticles ?? [])].filter((t) => present(t));
  if (texts.length === 0) return []; // nothing cited, nothing unknown (a missing basis is basis-missing's finding)
  const hits = [];
  const unverifiable: string[] = [];
  for (const cit of resolveCitations(ctx.catalog, texts, parseArticleRefs)) {
    if (cit.refs.length === 0) unverifiable.push(cit.text);
    for (const { ref, law } of cit.refs) {
      if (!law) {
        unverifiable.push(cit.text);
        continue;
      }
      const missing = provisionMissing(law, ref);
      if (missing) hits.push({ messageId: 'unknown', params: { law: law.title, provision: missing }, evidence: { citation: cit.text, law: law.title, provision: missing } });
    }
  }
  if (hits.length === 0 && unverifiable.length) {
    return notChecked(`以下引用无法对照法规目录：${[...new Set(unverifiable)].join('；')}`, `citations not in the law catalog: ${[...new Set(unverifiable)].join('; ')}`);
  }
  return hits;
}

export default { meta, check } satisfies Rule;
