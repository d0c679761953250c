/** `--map mapping.json`: a JSON object of export header → caseaudit field (keys starting with $ are comments). */
import { ConfigError } from '../../errors.js';
import { tr } from '../../i18n.js';
import type { RecordKind } from '../types.js';
import { compileMap } from './headers.js';
import { readJsonFile } from '../../util/json-input.js';

/** Load and shape-check a mapping file; field names are checked against the record kind when a sheet is read. */
export async function loadMapping(file: string): Promise<Record<string, string>> {
  const data = await readJsonFile(file, {
    what: { zh: '映射文件', en: 'the mapping file' },
    kind: 'config',
    hint: tr('格式：{"表头": "字段"}，例如 {"案卷号": "id", "罚没款（万元）": "fine:wan", "备注": "ignore"}', 'format: {"header": "field"}, e.g. {"案卷号": "id", "罚没款（万元）": "fine:wan", "备注": "ignore"}'),
  });
  if (!data || typeof data !== 'object' || Array.isArray(data)) {
    throw new ConfigError(tr(`映射文件必须是 JSON 对象：${file}`, `mapping file must be a JSON object: ${file}`), { location: { file, path: '$' } });
  }
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(data as Record<string, unknown>)) {
    if (k.startsWith('$')) continue;
    if (typeof v !== 'string') throw new ConfigError(tr(`映射文件中 "${k}" 的值必须是字段名字符串`, `mapping for "${k}" must be a field name string`), { location: { file, path: `$["${k}"]` } });
    out[k] = v;
  }
  return out;
}

/** Options with `map` loaded (when a path) and checked against the fields of the kind(s), before any file is read. */
export async function resolveMapping<T extends { map?: Record<string, string> | string; kind?: RecordKind }>(opts: T): Promise<T> {
  if (opts.map === undefined) return opts;
  const source = typeof opts.map === 'string' ? opts.map : undefined;
  const map = typeof opts.map === 'string' ? await loadMapping(opts.map) : opts.map;
  compileMap(map, opts.kind ? [opts.kind] : ['cases', 'schemes'], source);
  return { ...opts, map };
}
