/** Review schemes: run every enabled rule on each scheme and give a verdict with reasons. Pure. */
import { local, tr, type Lang } from '../i18n.js';
import type { Scheme } from '../model/types.js';
import { readIndustry, type KeyItemsCatalog } from './key-items.js';
import type { SchemeRuleSettings } from './config.js';
import { SCHEME_RULES } from './rules/index.js';
import { hitMessage, isNotChecked } from '../model/rule.js';
import type { SchemeContext, SchemeReason, SchemeReview, SchemesResult, SchemesSummary, Severity } from './types.js';

export interface ReviewOptions {
  settings: SchemeRuleSettings;
  keyItems: KeyItemsCatalog;
  lang: Lang;
  /** every scheme of the input (not only the drawn ones): tells which optional columns the export carries */
  population?: Scheme[];
}

/** The fields present in at least one scheme. */
export function fieldsSeen(schemes: Scheme[]): Set<string> {
  const seen = new Set<string>();
  for (const s of schemes) {
    for (const [k, v] of Object.entries(s)) if (v !== undefined) seen.add(k);
    if (s.officers?.some((o) => o.certNo?.trim())) seen.add('officers.certNo');
  }
  return seen;
}

/** Review one scheme: rejected when any rule set to "reject" finds a problem. */
export function reviewScheme(scheme: Scheme, context: SchemeContext, opts: ReviewOptions): SchemeReview {
  const reasons: SchemeReason[] = [];
  const notChecked: SchemeReview['notChecked'] = [];
  for (const rule of SCHEME_RULES) {
    const setting = opts.settings[rule.meta.id] ?? rule.meta.severity;
    if (setting === 'off') continue;
    const outcome = rule.check(scheme, context);
    if (isNotChecked(outcome)) {
      notChecked.push({ ruleId: rule.meta.id, reason: local(outcome.notChecked, {}, opts.lang) });
      continue;
    }
    for (const hit of outcome) {
      reasons.push({
        ruleId: rule.meta.id,
        severity: setting as Severity,
        message: hitMessage(rule.meta, hit, opts.lang),
        basis: hit.basis ?? rule.meta.basis,
        fix: local(hit.fix ?? rule.meta.fix, {}, opts.lang),
      });
    }
  }
  // the industries whose key items the scheme was judged by (the most specific ones named), so a verdict says which
  const judged = scheme.industry?.trim() ? readIndustry(scheme.industry, context.keyItems) : undefined;
  return {
    id: scheme.id,
    ...(scheme.unit !== undefined ? { unit: scheme.unit } : {}),
    ...(scheme.target !== undefined ? { target: scheme.target } : {}),
    ...(scheme.industry !== undefined ? { industry: scheme.industry } : {}),
    ...(judged && !judged.ambiguous && judged.industries.length ? { judgedAs: judged.industries.map((i) => local(i.name, {}, opts.lang)) } : {}),
    verdict: reasons.some((r) => r.severity === 'reject') ? 'rejected' : 'approved',
    reasons,
    notChecked,
  };
}

/** Review every scheme (in input order) and summarise by unit. */
export function reviewSchemes(schemes: Scheme[], opts: ReviewOptions): SchemesResult {
  const context: SchemeContext = { keyItems: opts.keyItems, fieldsSeen: fieldsSeen(opts.population ?? schemes) };
  const reviews = schemes.map((s) => reviewScheme(s, context, opts));
  return { schemes: reviews, summary: summarize(reviews, opts.lang) };
}

/** Counts overall and per unit (units sorted, so output is byte-stable). */
export function summarize(reviews: SchemeReview[], lang: Lang): SchemesSummary {
  const noUnit = tr('（未注明单位）', '(unit not stated)', lang);
  const byUnit: SchemesSummary['byUnit'] = {};
  for (const r of reviews) {
    const u = (byUnit[r.unit ?? noUnit] ??= { drawn: 0, approved: 0, rejected: 0 });
    u.drawn++;
    u[r.verdict]++;
  }
  const sorted = Object.fromEntries(Object.keys(byUnit).sort().map((k) => [k, byUnit[k]!]));
  const approved = reviews.filter((r) => r.verdict === 'approved').length;
  return { drawn: reviews.length, approved, rejected: reviews.length - approved, byUnit: sorted };
}
