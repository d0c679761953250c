/** legal: the fine lies within the range of the cited penalty article (安全生产法 2021 第九十三–一百一十四条). */
import type { Rule, RuleContext, RuleMeta, RuleOutcome } from '../types.js';
import type { CaseFile } from '../../model/types.js';
import { parseArticleRefs } from '../../ingest/normalize/articles.js';
import { finesFor, resolveCitations, type FineEntry } from '../law-catalog.js';
import { notChecked, unreadable } from '../guards.js';

export const meta: RuleMeta = {
  id: 'fine-out-of-range',
  category: 'legal',
  basis: '《中华人民共和国行政处罚法》第三十四条',
  description: { zh: '罚款在法定幅度内', en: 'fine within the statutory range' },
  messages: {
    above: { zh: '罚款 {fine} 元高于所引条款 {articles} 的上限 {max} 元', en: 'fine of {fine} yuan exceeds the maximum {max} yuan of {articles}' },
    below: { zh: '罚款 {fine} 元低于所引条款 {articles} 的下限 {min} 元', en: 'fine of {fine} yuan is below the minimum {min} yuan of {articles}' },
  },
};

const TARGETS = { unit: ['unit'], individual: ['person', 'responsible'] } as const;

export function check(c: CaseFile, ctx: RuleContext): RuleOutcome {
  const blocked = unreadable(c, ['fine', 'penaltyArticles', 'party.kind']);
  if (blocked) return blocked;
  if (c.fine === undefined) return notChecked('未记录罚款金额', 'no fine recorded');
  const targets: readonly string[] = c.party?.kind ? TARGETS[c.party.kind] : ['unit', 'person', 'responsible'];
  // per cited article: the widest range over its tiers (the tier applied is not recorded)
  const ranges: { label: string; lo: number; hi: number; relative: boolean }[] = [];
  for (const cit of resolveCitations(ctx.catalog, c.penaltyArticles ?? [], parseArticleRefs)) {
    for (const { ref, law } of cit.refs) {
      if (!law) continue;
      const entries = (finesFor(ctx.catalog, law, ref) ?? []).filter((e: FineEntry) => targets.includes(e.target));
      const fixed = entries.filter((e) => e.max !== undefined);
      if (fixed.length === 0 && !entries.some((e) => e.relative)) continue;
      ranges.push({
        label: `《${law.title}》${ref.raw}`,
        lo: fixed.length ? Math.min(...fixed.map((e) => e.min!)) : 0,
        hi: fixed.length ? Math.max(...fixed.map((e) => e.max!)) : Infinity,
        relative: entries.some((e) => e.relative),
      });
    }
  }
  if (ranges.length === 0) return notChecked('所引条款在法规目录中没有固定罚款幅度', 'no cited article with a fixed fine range in the law catalog');
  const articles = ranges.map((r) => r.label).join('、');
  const lo = Math.min(...ranges.map((r) => r.lo));
  const hi = ranges.reduce((s, r) => s + r.hi, 0); // several violations: fines add up (合并执行)
  const evidence = { fine: c.fine, partyKind: c.party?.kind ?? null, articles: ranges.map((r) => ({ article: r.label, min: r.lo, max: r.hi })) };
  if (c.fine < lo) return [{ messageId: 'below', params: { fine: c.fine, min: lo, articles }, evidence, basis: articles }];
  if (c.fine > hi) {
    if (ranges.some((r) => r.relative)) return notChecked('所引条款含按违法所得或收入倍数计算的罚款，无法核对上限', 'the cited article allows fines relative to gains or income; the maximum cannot be checked');
    return [{ messageId: 'above', params: { fine: c.fine, max: hi, articles }, evidence, basis: articles }];
  }
  return [];
}

export default { meta, check } satisfies Rule;
