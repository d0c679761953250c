/** Header matching: normalize a header cell, look it up in the user's mapping and the aliases in templates/headers/. */
import { ConfigError } from '../../errors.js';
import { tr } from '../../i18n.js';
import { readTemplateJson } from '../../util/paths.js';
import type { AmountUnit } from '../normalize/amounts.js';
import type { RecordKind } from '../types.js';
import { fieldsOf, IGNORE_FIELDS, type FieldSpec } from './fields.js';

/** How one column was understood. */
export interface ColumnMatch {
  field: FieldSpec | 'ignore';
  unit?: AmountUnit;
  via: 'map' | 'alias';
}

/** Header text → comparison key: NFKC (full-width → half-width), no spaces, no leading * or trailing colon, lower-case. */
export function headerKey(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\s\u3000]+/g, '')
    .replace(/^\*+/, '')
    .replace(/[:：]+$/, '')
    .toLowerCase();
}

/** A trailing unit in a header: 罚款金额（万元） → wan, 罚款(元) → yuan. */
function unitOf(key: string): { base: string; unit?: AmountUnit } {
  const m = /^(.*?)\((万元|万|元|人民币元|rmb|yuan|10k yuan)\)$/.exec(key) ?? /^(.*?)\/(万元|元)$/.exec(key);
  if (!m) return { base: key };
  return { base: m[1]!, unit: m[2] === '元' || m[2] === '人民币元' || m[2] === 'rmb' || m[2] === 'yuan' ? 'yuan' : 'wan' };
}

/** An alias: the field it names and, for code names such as CF_NR_FK, the amount unit the header does not say. */
export interface AliasTarget {
  field: string;
  unit?: AmountUnit;
  /** the alias as written in templates/headers (for --print-map suggestions) */
  alias: string;
}

const aliasCache = new Map<RecordKind, Map<string, AliasTarget>>();

/** The alias index of a record kind: header key → field (keys `field:wan` / `field:yuan` carry a unit). */
export function aliasIndex(kind: RecordKind): Map<string, AliasTarget> {
  let idx = aliasCache.get(kind);
  if (!idx) {
    const t = readTemplateJson<{ fields: Record<string, string[]> }>('headers', `${kind}.json`);
    idx = new Map();
    for (const [key, aliases] of Object.entries(t.fields)) {
      const [field = '', unit] = key.split(':');
      for (const a of aliases) if (!idx.has(headerKey(a))) idx.set(headerKey(a), { field, alias: a, ...(unit === 'wan' || unit === 'yuan' ? { unit } : {}) });
    }
    aliasCache.set(kind, idx);
  }
  return idx;
}

/** A user mapping (header → field, optionally `field:wan` / `field:yuan`, or `ignore`), checked against the fields. */
export interface CompiledMap {
  byHeader: Map<string, { field: string; unit?: AmountUnit }>;
  source?: string;
}

/** Check a mapping for a kind; a field that does not exist is a ConfigError naming the header. */
export function compileMap(map: Record<string, string>, kinds: RecordKind[], source?: string): CompiledMap {
  const byHeader = new Map<string, { field: string; unit?: AmountUnit }>();
  const known = new Set(kinds.flatMap((k) => [...fieldsOf(k).keys()]));
  for (const [header, target] of Object.entries(map)) {
    if (typeof target !== 'string') {
      throw new ConfigError(tr(`映射文件中 "${header}" 的值必须是字段名`, `mapping for "${header}" must be a field name`), { location: { file: source, path: `$["${header}"]` } });
    }
    const [field = '', unit] = target.trim().split(':');
    if (IGNORE_FIELDS.has(field)) {
      byHeader.set(headerKey(header), { field: 'ignore' });
      continue;
    }
    if (!known.has(field) || (unit !== undefined && unit !== 'wan' && unit !== 'yuan')) {
      throw new ConfigError(tr(`映射文件中 "${header}" 指向未知字段 "${target}"`, `mapping for "${header}" names an unknown field "${target}"`), {
        location: { file: source, path: `$["${header}"]` },
        hint: tr(`可用字段：${[...known].join(', ')}；金额可写 fine:wan 或 fine:yuan；ignore 表示忽略该列`, `fields: ${[...known].join(', ')}; amounts may say fine:wan or fine:yuan; ignore drops the column`),
      });
    }
    byHeader.set(headerKey(header), { field, ...(unit ? { unit: unit as AmountUnit } : {}) });
  }
  return { byHeader, source };
}

/** Match one header text for a kind: the user map first, then aliases (exact, then without a unit or trailing note). */
export function matchHeader(text: string, kind: RecordKind, map?: CompiledMap): ColumnMatch | undefined {
  const key = headerKey(text);
  if (!key) return undefined;
  const fields = fieldsOf(kind);
  const { base, unit } = unitOf(key);
  const user = map?.byHeader.get(key) ?? map?.byHeader.get(base);
  if (user) {
    if (user.field === 'ignore') return { field: 'ignore', via: 'map' };
    const spec = fields.get(user.field);
    if (spec) return { field: spec, via: 'map', ...((user.unit ?? unit) ? { unit: user.unit ?? unit } : {}) };
  }
  const idx = aliasIndex(kind);
  const plain = key.replace(/\([^()]*\)$/, '');
  const hit = idx.get(key) ?? idx.get(base) ?? idx.get(plain);
  const spec = hit ? fields.get(hit.field) : undefined;
  if (!spec) return undefined;
  const u = unit ?? hit!.unit;
  return { field: spec, via: 'alias', ...(u ? { unit: u } : {}) };
}

/**
 * The built-in alias nearest to an unmatched header (Dice coefficient over character bigrams of the header keys,
 * after any unit suffix), for `--print-map`; undefined when nothing shares at least 40% of its bigrams.
 */
export function closestAlias(text: string, kind: RecordKind): { alias: string; field: string; score: number } | undefined {
  const key = unitOf(headerKey(text)).base;
  if (!key) return undefined;
  const a = bigrams(key);
  let best: { alias: string; field: string; score: number } | undefined;
  for (const [k, target] of aliasIndex(kind)) {
    const b = bigrams(unitOf(k).base);
    let common = 0;
    const pool = new Map(b);
    for (const [g, n] of a) {
      const m = pool.get(g) ?? 0;
      common += Math.min(n, m);
    }
    const total = sum(a) + sum(b);
    const score = total ? (2 * common) / total : 0;
    if (score > (best?.score ?? 0.4 - 1e-9) || (best && score === best.score && target.alias.length < best.alias.length)) best = { alias: target.alias, field: target.field, score: Math.round(score * 100) / 100 };
  }
  return best && best.score >= 0.4 ? best : undefined;
}

function bigrams(s: string): Map<string, number> {
  const out = new Map<string, number>();
  const chars = [...s];
  if (chars.length === 1) out.set(chars[0]!, 1);
  for (let i = 0; i + 1 < chars.length; i++) {
    const g = chars[i]! + chars[i + 1]!;
    out.set(g, (out.get(g) ?? 0) + 1);
  }
  return out;
}

const sum = (m: Map<string, number>) => [...m.values()].reduce((x, y) => x + y, 0);
