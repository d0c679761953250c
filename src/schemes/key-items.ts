/** The industry key-items catalog (templates/industry-key-items.json): loading, industry aliases, coverage. */
import { ConfigError } from '../errors.js';
import { tr, type LocalText } from '../i18n.js';
import { templatePath } from '../util/paths.js';
import { readJsonFileSync } from '../util/json-input.js';

export interface KeyItem {
  id: string;
  name: LocalText;
  keywords: string[];
  /** where in the standard the item comes from */
  ref?: string;
  /** a scheme for the industry must always cover this item */
  core?: boolean;
}

export interface Industry {
  id: string;
  name: LocalText;
  aliases: string[];
  standard: string;
  /** how many of the items a scheme must cover at least (default 1; covering none is 避重就轻) */
  min?: number;
  /** the broad sector this industry is a sub-sector of (工贸 ⊃ 粉尘涉爆; 非煤矿山 ⊃ 露天矿山) */
  parent?: string;
  note?: string;
  items: KeyItem[];
}

export interface KeyItemsCatalog {
  version: number;
  industries: Industry[];
}

/** Text compared for aliases and keywords: NFKC (full-width → half-width), lower case, no whitespace. */
export function matchKey(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, '');
}

/** Load the bundled catalog or a user's file; a malformed file is a ConfigError naming the key. */
export function loadKeyItems(file = templatePath('industry-key-items.json')): KeyItemsCatalog {
  const data = readJsonFileSync(file, { what: { zh: '行业重点检查事项文件', en: 'the industry key-items file' }, kind: 'config' });
  const bad = (path: string, what: string) =>
    new ConfigError(tr(`${file}：${path} ${what}`, `${file}: ${path} ${what}`), { location: { file, path } });
  const d = data as Partial<KeyItemsCatalog>;
  if (!d || typeof d !== 'object' || !Array.isArray(d.industries)) throw bad('$.industries', tr('必须是数组', 'must be an array'));
  const ids = new Set<string>();
  d.industries.forEach((ind, i) => {
    const at = `$.industries[${i}]`;
    if (!ind || typeof ind.id !== 'string' || !ind.id) throw bad(`${at}.id`, tr('必须是非空字符串', 'must be a non-empty string'));
    if (ids.has(ind.id)) throw bad(`${at}.id`, tr(`重复：${ind.id}`, `is a duplicate: ${ind.id}`));
    ids.add(ind.id);
    if (!isLocal(ind.name)) throw bad(`${at}.name`, tr('必须是 {zh, en}', 'must be {zh, en}'));
    if (!isStrList(ind.aliases)) throw bad(`${at}.aliases`, tr('必须是非空字符串数组', 'must be a non-empty array of strings'));
    if (typeof ind.standard !== 'string') throw bad(`${at}.standard`, tr('必须是字符串（引用的标准）', 'must be a string (the standard cited)'));
    if (ind.min !== undefined && !(Number.isInteger(ind.min) && ind.min >= 0 && ind.min <= (ind.items?.length ?? 0))) {
      throw bad(`${at}.min`, tr('必须是 0 到事项数之间的整数', 'must be an integer between 0 and the number of items'));
    }
    if (!Array.isArray(ind.items) || ind.items.length === 0) throw bad(`${at}.items`, tr('必须是非空数组', 'must be a non-empty array'));
    ind.items.forEach((item, j) => {
      if (!item || typeof item.id !== 'string') throw bad(`${at}.items[${j}].id`, tr('必须是字符串', 'must be a string'));
      if (!isLocal(item.name)) throw bad(`${at}.items[${j}].name`, tr('必须是 {zh, en}', 'must be {zh, en}'));
      if (!isStrList(item.keywords)) throw bad(`${at}.items[${j}].keywords`, tr('必须是非空字符串数组', 'must be a non-empty array of strings'));
      if (item.core !== undefined && typeof item.core !== 'boolean') throw bad(`${at}.items[${j}].core`, tr('必须是 true 或 false', 'must be true or false'));
    });
  });
  const aliasOwner = new Map<string, string>();
  d.industries.forEach((ind, i) => {
    if (ind.parent !== undefined && (typeof ind.parent !== 'string' || !ids.has(ind.parent))) {
      throw bad(`$.industries[${i}].parent`, tr(`未知行业 ${String(ind.parent)}`, `names an unknown industry ${String(ind.parent)}`));
    }
    // walk up: a cycle would make "most specific" meaningless
    const seen = new Set([ind.id]);
    for (let p = ind.parent; p; p = d.industries!.find((x) => x.id === p)?.parent) {
      if (seen.has(p)) throw bad(`$.industries[${i}].parent`, tr(`行业层级成环：${[...seen, p].join(' → ')}`, `the industry hierarchy loops: ${[...seen, p].join(' → ')}`));
      seen.add(p);
    }
    ind.aliases.forEach((a, j) => {
      const key = matchKey(a);
      const owner = aliasOwner.get(key);
      // one alias, two industries: the name would be ambiguous
      if (owner && owner !== ind.id) throw bad(`$.industries[${i}].aliases[${j}]`, tr(`别名「${a}」已属于行业 ${owner}`, `alias "${a}" already belongs to industry ${owner}`));
      aliasOwner.set(key, ind.id);
    });
  });
  return { version: d.version ?? 1, industries: d.industries };
}

function isLocal(v: unknown): v is LocalText {
  return !!v && typeof (v as LocalText).zh === 'string' && typeof (v as LocalText).en === 'string';
}
function isStrList(v: unknown): v is string[] {
  return Array.isArray(v) && v.length > 0 && v.every((s) => typeof s === 'string' && s.trim() !== '');
}

interface Prepared {
  /** every alias as a match key, longest first */
  aliases: { key: string; ind: Industry }[];
}
const cache = new WeakMap<KeyItemsCatalog, Prepared>();
const keywordCache = new WeakMap<Industry, string[][]>();

/** Match keys computed once per catalog (the review calls this for every scheme). */
function prepared(catalog: KeyItemsCatalog): Prepared {
  let p = cache.get(catalog);
  if (!p) {
    const aliases = catalog.industries.flatMap((ind) => ind.aliases.map((a) => ({ key: matchKey(a), ind })));
    p = { aliases: aliases.sort((a, b) => b.key.length - a.key.length) };
    cache.set(catalog, p);
  }
  return p;
}
prepared.keywords = (industry: Industry): string[][] => {
  let k = keywordCache.get(industry);
  if (!k) keywordCache.set(industry, (k = industry.items.map((item) => item.keywords.map(matchKey))));
  return k;
};

/** Words that qualify an industry name without naming a sector (企业, 生产, 批发 …), ignored when looking for unknown qualifiers. */
const FILLER = /企业|行业|单位|公司|有限|责任|股份|集团|工厂|生产|经营|使用|储存|仓储|批发|零售|销售|制造|加工|其他|其它|领域|类|等|及|和|与|的|[、，,;；/\\|（）()【】\[\]\-—:：.。\s\d]/g;

export interface IndustryResolution {
  /** the most specific industries the name refers to (a broad sector only when none of its sub-sectors is named) */
  industries: Industry[];
  /** set when the name cannot be judged: a broad sector qualified by a term that is no sub-sector in the catalog */
  ambiguous?: { sector: Industry; qualifier: string };
}

/**
 * Read an industry name: a left-to-right scan taking the longest alias at each position (危险化学品经营 →
 * hazardous chemicals; 化工、有限空间 → both), then drop every broad sector one of whose sub-sectors is also
 * named (工贸（粉尘涉爆）→ combustible dust). A broad sector left with an unknown qualifier (工贸（家具）) is
 * ambiguous: its generic items might not be the ones that apply.
 */
export function readIndustry(name: string, catalog: KeyItemsCatalog): IndustryResolution {
  const text = matchKey(name);
  const aliases = prepared(catalog).aliases;
  const found: Industry[] = [];
  let rest = '';
  for (let i = 0; i < text.length; ) {
    const hit = aliases.find((a) => text.startsWith(a.key, i));
    if (!hit) {
      rest += text[i];
      i++;
      continue;
    }
    rest += ' ';
    if (!found.includes(hit.ind)) found.push(hit.ind);
    i += hit.key.length;
  }
  const byId = new Map(catalog.industries.map((ind) => [ind.id, ind]));
  const ancestors = (ind: Industry): string[] => {
    const up: string[] = [];
    for (let p = ind.parent; p && !up.includes(p); p = byId.get(p)?.parent) up.push(p);
    return up;
  };
  const named = new Set(found.flatMap(ancestors));
  const industries = found.filter((ind) => !named.has(ind.id));
  const qualifier = rest.replace(FILLER, ' ').trim().split(/\s+/).filter(Boolean).join('、');
  const sector = industries.find((ind) => catalog.industries.some((c) => c.parent === ind.id));
  if (sector && qualifier) return { industries, ambiguous: { sector, qualifier } };
  return { industries };
}

/** The industries an industry name is judged by (see readIndustry); empty when nothing matches. */
export function resolveIndustries(name: string, catalog: KeyItemsCatalog): Industry[] {
  return readIndustry(name, catalog).industries;
}

export interface Coverage {
  /** core items the scheme leaves out */
  coreMissing: KeyItem[];
  /** items the scheme covers */
  covered: KeyItem[];
}

/** Which of an industry's key items a scheme's inspection items cover (any keyword appears in them). */
export function keyItemCoverage(industry: Industry, schemeItems: string[]): Coverage {
  const text = matchKey(schemeItems.join('\n'));
  const keys = prepared.keywords(industry);
  const covered = industry.items.filter((item, i) => keys[i]!.some((k) => text.includes(k)));
  return {
    coreMissing: industry.items.filter((item) => item.core && !covered.includes(item)),
    covered,
  };
}
