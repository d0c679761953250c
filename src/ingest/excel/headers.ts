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

const aliasCache = new Map<RecordKind, Map<string, string>>();

/** The alias index of a record kind: header key → field. */
export function aliasIndex(kind: RecordKind): Map<string, string> {
  let idx = aliasCache.get(kind);
  if (!idx) {
    const t = readTemplateJson<{ fields: Record<string, string[]> }>('headers', `${kind}.json`);
    idx = new Map();
    for (const [field, aliases] of Object.entries(t.fields)) for (const a of aliases) if (!idx.has(headerKey(a))) idx.set(headerKey(a), field);
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
  const field = idx.get(key) ?? idx.get(base) ?? idx.get(plain);
  const spec = field ? fields.get(field) : undefined;
  if (!spec) return undefined;
  return { field: spec, via: 'alias', ...(unit ? { unit } : {}) };
}
