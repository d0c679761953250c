/**
 * Penalty consistency (畸轻畸重, "one ruler for all"): for each cited penalty article, the fines across units
 * compared to the statutory range and to each other.
 *
 * Method (documented in README): cases citing the same penalty provision are "similar cases". Within a group
 * of at least MIN_GROUP fines, a fine is an outlier when its robust z-score 0.6745·(fine − median)/MAD exceeds
 * 3.5 in absolute value (Iglewicz–Hoaglin); when MAD is 0 (most fines equal) a fine is an outlier when it
 * differs from the median by more than half the median. A fine outside the statutory range of the provision
 * is always listed, whatever the group size.
 */
import type { CaseFile } from '../model/types.js';
import { compareText, groupBy, mad, median, round } from './stats.js';
import { maxOf, minOf } from '../util/arrays.js';

export const MIN_GROUP = 3;
export const Z_LIMIT = 3.5;

/** A statutory fine range in yuan (max undefined = no fixed ceiling, e.g. a multiple of illegal gains). */
export interface FineRange {
  min: number;
  max?: number;
  /** how the range reads in the law, e.g. 十万元以下 */
  text?: string;
}

export interface ConsistencyOptions {
  /** the statutory range of a cited provision, when the law catalog knows it */
  rangeOf?: (article: string) => FineRange | undefined;
  /** the grouping key of a cited provision (default: the text without spaces) */
  articleKey?: (article: string) => string;
}

export interface ArticleFines {
  article: string;
  range?: FineRange;
  cases: number;
  min: number;
  max: number;
  median: number;
  mad: number;
  outOfRange: number;
  byUnit: { unit: string; cases: number; min: number; max: number; median: number }[];
}

export interface FineOutlier {
  id: string;
  unit: string;
  article: string;
  fine: number;
  median: number;
  /** robust z-score; null when MAD was 0 or the group too small */
  z: number | null;
  direction: 'lighter' | 'heavier';
  outOfRange: boolean;
}

export interface Consistency {
  method: { minGroup: number; zLimit: number };
  articles: ArticleFines[];
  outliers: FineOutlier[];
}

interface Row {
  id: string;
  unit: string;
  fine: number;
}

const defaultKey = (a: string) => a.replace(/\s+/g, '');

/** Compare fines per cited penalty article; cases without a fine or a cited article are skipped. */
export function analyzeConsistency(cases: CaseFile[], opts: ConsistencyOptions = {}): Consistency {
  const keyOf = opts.articleKey ?? defaultKey;
  const rows = new Map<string, Row[]>();
  for (const c of cases) {
    if (c.fine === undefined || !c.penaltyArticles?.length) continue;
    for (const key of new Set(c.penaltyArticles.map(keyOf).filter(Boolean))) {
      const list = rows.get(key) ?? [];
      list.push({ id: c.id, unit: c.unit ?? '', fine: c.fine });
      rows.set(key, list);
    }
  }
  const articles: ArticleFines[] = [];
  const outliers: FineOutlier[] = [];
  for (const [article, list] of [...rows.entries()].sort((a, b) => b[1].length - a[1].length || compareText(a[0], b[0]))) {
    list.sort((a, b) => compareText(a.id, b.id));
    const fines = list.map((r) => r.fine);
    const med = median(fines)!;
    const dev = mad(fines)!;
    const range = opts.rangeOf?.(article);
    const outside = (f: number) => (range ? f < range.min || (range.max !== undefined && f > range.max) : false);
    const entry: ArticleFines = {
      article,
      cases: list.length,
      min: minOf(fines),
      max: maxOf(fines),
      median: med,
      mad: dev,
      outOfRange: list.filter((r) => outside(r.fine)).length,
      byUnit: groupBy(list, (r) => r.unit).map(([unit, l]) => {
        const f = l.map((r) => r.fine);
        return { unit, cases: l.length, min: minOf(f), max: maxOf(f), median: median(f)! };
      }),
    };
    if (range) entry.range = range;
    articles.push(entry);
    for (const r of list) {
      const z = dev > 0 ? round((0.6745 * (r.fine - med)) / dev, 2) : null;
      const far = list.length >= MIN_GROUP && (z !== null ? Math.abs(z) > Z_LIMIT : Math.abs(r.fine - med) > med / 2);
      const out = outside(r.fine);
      if (!far && !out) continue;
      const direction = out && range ? (r.fine < range.min ? 'lighter' : 'heavier') : r.fine < med ? 'lighter' : 'heavier';
      outliers.push({ id: r.id, unit: r.unit, article, fine: r.fine, median: med, z: list.length >= MIN_GROUP ? z : null, direction, outOfRange: out });
    }
  }
  return { method: { minGroup: MIN_GROUP, zLimit: Z_LIMIT }, articles, outliers };
}
