/** legal: the fine lies within the range of the cited penalty article (安全生产法 2021 第九十三–一百一十四条). */
import type { Rule, RuleContext, RuleMeta, RuleOutcome } from '../types.js';
import type { CaseFile } from '../../model/types.js';
import { parseArticleRefs } from '../../ingest/normalize/articles.js';
import { fineSpan, finesFor, resolveCitations, type FineEntry } from '../law-catalog.js';
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

/**
 * The condition of each aggravated tier as the facts state it (the catalog's tiers come from the law's wording:
 * 逾期未改正的, 拒不执行的, 情节严重的, 导致发生生产安全事故的). A decision applying such a tier must state its
 * condition in the facts; facts naming none apply the base tier.
 */
const TIER_CONDITIONS: Record<string, { re: RegExp; zh: string; en: string }> = {
  base: { re: /$^/, zh: '一般情形', en: 'base tier' },
  overdue: { re: /逾期(?:仍)?未(?:改正|整改)|逾期不(?:改正|整改)|到期(?:仍)?未(?:改正|整改)|期满(?:仍)?未(?:改正|整改)/, zh: '逾期未改正', en: 'not corrected by the deadline' },
  refused: { re: /拒不(?:执行|改正|整改)/, zh: '拒不执行', en: 'refused to comply' },
  serious: { re: /情节严重/, zh: '情节严重', en: 'serious circumstances' },
  accident: { re: /(?:导致|造成|引发)[^，。；,;]{0,12}(?:事故|死亡|受伤|伤亡)/, zh: '导致事故', en: 'caused an accident' },
  transfer: { re: /倒卖|出借|挂靠|非法转让/, zh: '非法转让资质', en: 'transferred its qualification' },
};

type TierPick = { tier: string } | { unknown: { zh: string; en: string } };

/** Which tier of one article the file's facts support (never the union of tiers). */
function pickTier(tiers: string[], facts: string | undefined, label: string): TierPick {
  if (tiers.length === 1) return { tier: tiers[0]! };
  const names = (ts: string[], lang: 'zh' | 'en') => ts.map((t) => TIER_CONDITIONS[t]?.[lang] ?? t).join(lang === 'zh' ? '、' : ', ');
  if (!facts?.trim()) {
    return { unknown: { zh: `${label} 分档（${names(tiers, 'zh')}）取决于违法事实，而事实未载明`, en: `the tier of ${label} (${names(tiers, 'en')}) depends on facts that are not stated` } };
  }
  const stated = tiers.filter((t) => t !== 'base' && TIER_CONDITIONS[t]?.re.test(facts));
  if (stated.length === 1) return { tier: stated[0]! };
  if (stated.length === 0 && tiers.includes('base')) return { tier: 'base' };
  const which = stated.length ? stated : tiers;
  return { unknown: { zh: `无法确定 ${label} 适用的档次（${names(which, 'zh')}）`, en: `cannot tell which tier of ${label} applies (${names(which, 'en')})` } };
}

export function check(c: CaseFile, ctx: RuleContext): RuleOutcome {
  const blocked = unreadable(c, ['fine', 'penaltyArticles', 'party.kind', 'facts']);
  if (blocked) return blocked;
  if (c.fine === undefined) return notChecked('未记录罚款金额', 'no fine recorded');
  const targets: readonly string[] = c.party?.kind ? TARGETS[c.party.kind] : ['unit', 'person', 'responsible'];
  // per cited article: the range of the one tier the facts support; a tier that cannot be told is not checked
  const ranges: { label: string; lo: number; hi: number; relative: boolean }[] = [];
  for (const cit of resolveCitations(ctx.catalog, c.penaltyArticles ?? [], parseArticleRefs)) {
    for (const { ref, law } of cit.refs) {
      if (!law) continue;
      const all = (finesFor(ctx.catalog, law, ref) ?? []).filter((e: FineEntry) => targets.includes(e.target));
      if (all.length === 0) continue; // no fine for this target (or no such article: article-unknown's finding)
      const label = `《${law.title}》${ref.raw}`;
      // items with fines of their own (第一百一十四条: 一般/较大/重大/特别重大事故): the item applied must be cited
      if (ref.item === undefined && new Set(all.map((e) => e.item)).size > 1) {
        return notChecked(`${label} 各项罚款幅度不同，未引用具体项`, `the items of ${label} carry different fines and no item is cited`);
      }
      const pick = pickTier([...new Set(all.map((e) => e.tier))], c.facts, label);
      if ('unknown' in pick) return notChecked(pick.unknown.zh, pick.unknown.en);
      const span = fineSpan(all.filter((e) => e.tier === pick.tier));
      if (!span.fixed && !span.relative) continue;
      ranges.push({
        label: pick.tier === 'base' && all.every((e) => e.tier === 'base') ? label : `${label}（${TIER_CONDITIONS[pick.tier]?.zh ?? pick.tier}）`,
        lo: span.min,
        hi: span.max,
        relative: span.relative,
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
