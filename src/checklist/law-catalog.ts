/** The law catalog (templates/laws/catalog.json): which articles exist, and the fine ranges of penalty articles. */
import { readTemplateJson } from '../util/paths.js';
import { toHalfWidth } from '../ingest/normalize/text.js';
import type { ArticleRef } from '../ingest/normalize/articles.js';

/** A fixed fine range (yuan) or a relative fine (multiple of gains or income) of one provision. */
export interface FineEntry {
  paragraph: number;
  item?: number;
  /** unit: the 生产经营单位; person: a 主要负责人/投资人 as the party; responsible: 直接负责的主管人员 */
  target: 'unit' | 'person' | 'responsible';
  /** base, or the branch with its own condition: overdue (逾期未改正), refused, serious, accident, transfer (非法转让资质) */
  tier: string;
  min?: number;
  max?: number;
  relative?: string;
  text: string;
}

export interface LawEntry {
  id: string;
  title: string;
  aliases: string[];
  version: string;
  /** article number → item count per paragraph */
  articles: Record<string, number[]>;
}

export interface LawCatalog {
  laws: LawEntry[];
  fines: Record<string, Record<string, FineEntry[]>>;
}

let bundled: LawCatalog | undefined;
/** The bundled catalog. */
export function loadLawCatalog(): LawCatalog {
  bundled ??= readTemplateJson<LawCatalog>('laws', 'catalog.json');
  return bundled;
}

/** 中华人民共和国安全生产法（2021年修正） → 安全生产法: the key titles are compared by. */
export function lawKey(title: string): string {
  return toHalfWidth(title)
    .replace(/\s+/g, '')
    .replace(/[〈<《]/g, '')
    .replace(/[〉>》]/g, '')
    .replace(/\([^)]*\)$/, '')
    .replace(/（[^）]*）$/, '')
    .replace(/^中华人民共和国/, '');
}

/** The catalog law a title names, or undefined when the catalog does not hold it. */
export function findLaw(catalog: LawCatalog, title: string | undefined): LawEntry | undefined {
  if (!title) return undefined;
  let byKey = keyIndex.get(catalog);
  if (!byKey) {
    byKey = new Map();
    for (const l of catalog.laws) for (const t of [...l.aliases, l.title]) byKey.set(lawKey(t), l);
    keyIndex.set(catalog, byKey);
  }
  return byKey.get(lawKey(title));
}

const keyIndex = new WeakMap<LawCatalog, Map<string, LawEntry>>();
const refMemo = new Map<string, ArticleRef[]>();

/** parse with a memo: real exports repeat the same citation strings thousands of times */
function parseMemo(text: string, parse: (t: string) => ArticleRef[]): ArticleRef[] {
  let refs = refMemo.get(text);
  if (!refs) {
    refs = parse(text);
    if (refMemo.size < 50_000) refMemo.set(text, refs);
  }
  return refs;
}

/** Does the cited article (and paragraph, item) exist in the law? A reason when it does not. */
export function provisionMissing(law: LawEntry, ref: ArticleRef): string | undefined {
  const paragraphs = law.articles[String(ref.article)];
  if (!paragraphs) return `第${ref.article}条`;
  if (ref.paragraph !== undefined) {
    const items = paragraphs[ref.paragraph - 1];
    if (items === undefined) return `第${ref.article}条第${ref.paragraph}款`;
    if (ref.item !== undefined && ref.item > items) return `第${ref.article}条第${ref.paragraph}款第${ref.item}项`;
  } else if (ref.item !== undefined && !paragraphs.some((n) => ref.item! <= n)) {
    return `第${ref.article}条第${ref.item}项`;
  }
  return undefined;
}

/** Fine entries of a cited provision: the paragraph when cited, else the whole article; items narrow it too. */
export function finesFor(catalog: LawCatalog, law: LawEntry, ref: ArticleRef): FineEntry[] | undefined {
  const all = catalog.fines[law.id]?.[String(ref.article)];
  if (!all) return undefined;
  return all.filter((e) => (ref.paragraph === undefined || e.paragraph === ref.paragraph) && (e.item === undefined || ref.item === undefined || e.item === ref.item));
}

/** The span of a set of fine entries: lowest minimum and highest maximum of the fixed ones, and whether any is relative. */
export interface FineSpan {
  /** 0 when no entry has a fixed amount */
  min: number;
  /** Infinity when no entry has a fixed amount */
  max: number;
  /** some entry has a fixed amount */
  fixed: boolean;
  /** some entry is a multiple of gains or income (no fixed ceiling) */
  relative: boolean;
  /** the law's wording of the entries, e.g. 处二万元以上五万元以下的罚款 */
  text: string;
}

/** The span of fine entries (several tiers, targets or items of one provision read together). */
export function fineSpan(entries: readonly FineEntry[]): FineSpan {
  const fixed = entries.filter((e) => e.max !== undefined);
  return {
    min: fixed.length ? Math.min(...fixed.map((e) => e.min ?? 0)) : 0,
    max: fixed.length ? Math.max(...fixed.map((e) => e.max!)) : Infinity,
    fixed: fixed.length > 0,
    relative: entries.some((e) => e.relative),
    text: [...new Set(entries.map((e) => e.text))].join('；'),
  };
}

/** A statutory fine range as the analysis compares fines with it: no max when a branch has no fixed ceiling. */
export interface StatutoryFineRange {
  min: number;
  max?: number;
  text: string;
}

/** The statutory fine range of one cited provision (all its fixed-amount branches together), when the catalog has one. */
export function statutoryFineRange(catalog: LawCatalog, citation: string, parse: (t: string) => ArticleRef[]): StatutoryFineRange | undefined {
  const ref = parse(citation)[0];
  const law = ref?.law ? findLaw(catalog, ref.law) : undefined;
  if (!ref || !law) return undefined;
  const entries = finesFor(catalog, law, ref) ?? [];
  const span = fineSpan(entries);
  if (!span.fixed) return undefined;
  const range: StatutoryFineRange = { min: span.min, text: span.text };
  if (!span.relative) range.max = span.max;
  return range;
}

/** One citation string read against the catalog: its references, each with the catalog law when known. */
export interface ResolvedCitation {
  text: string;
  refs: { ref: ArticleRef; law?: LawEntry }[];
}

/** Parse citation strings; a string without a law title inherits the last title of the strings before it. */
export function resolveCitations(catalog: LawCatalog, texts: string[], parse: (t: string) => ArticleRef[]): ResolvedCitation[] {
  let lastLaw: string | undefined;
  return texts.map((text) => {
    const refs = parseMemo(text, parse).map((ref) => {
      const title = ref.law ?? lastLaw;
      if (ref.law) lastLaw = ref.law;
      return { ref: title ? { ...ref, law: title } : ref, law: findLaw(catalog, title) };
    });
    return { text, refs };
  });
}
