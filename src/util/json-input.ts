/**
 * The one reader of user JSON (readJsonFile) and its guards, before and after JSON.parse: the bytes must be UTF-8
 * (a BOM is allowed), the value must nest at most MAX_JSON_DEPTH levels, and every number must be finite
 * (JSON.parse turns 1e309 into Infinity, which would be written back as null and break the dataset schema).
 */
import { readFileSync, promises as fsp } from 'node:fs';
import { ConfigError, InputError } from '../errors.js';
import { tr, type LocalText } from '../i18n.js';

/** Deepest nesting of objects/arrays accepted in a JSON input (a dataset needs fewer than 10). */
export const MAX_JSON_DEPTH = 64;
/** Largest JSON input accepted (bytes); larger files are refused before parsing. */
export const MAX_JSON_BYTES = 512 * 1024 * 1024;

/** What a JSON file is (for its messages) and which error a bad one raises. */
export interface JsonFileOptions {
  /** what the file is: { zh: '抽样清单', en: 'manifest' } */
  what: LocalText;
  /** a configuration file (ConfigError) or an input (InputError, the default); both exit 2 */
  kind?: 'input' | 'config';
  /** said with a parse error: what the file should hold */
  hint?: string;
}

function fail(opts: JsonFileOptions, message: string, extra: { file: string; path?: string; hint?: string; cause?: unknown }): never {
  const o = { location: { file: extra.file, ...(extra.path ? { path: extra.path } : {}) }, ...(extra.hint ? { hint: extra.hint } : {}), ...(extra.cause ? { cause: extra.cause } : {}) };
  throw opts.kind === 'config' ? new ConfigError(message, o) : new InputError(message, o);
}

/** Parse the bytes of a JSON file: UTF-8 only (a BOM dropped), valid JSON, at most MAX_JSON_DEPTH deep, finite numbers. */
export function parseJsonBytes(buf: Uint8Array, file: string, opts: JsonFileOptions): unknown {
  const start = buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf ? 3 : 0;
  const bad = invalidUtf8Offset(buf.subarray(start));
  if (bad >= 0) {
    const enc = guessEncoding(buf);
    const what = enc === 'gbk' ? tr('（看起来是 GBK/GB18030 编码）', ' (it looks like GBK/GB18030)') : enc === 'utf-16' ? tr('（看起来是 UTF-16 编码）', ' (it looks like UTF-16)') : '';
    fail(opts, tr(`JSON 文件不是 UTF-8 编码${what}，第 ${start + bad} 字节无效：${file}`, `the JSON file is not UTF-8${what}; invalid byte at offset ${start + bad}: ${file}`), {
      file,
      hint: tr(
        `请以 UTF-8 另存该文件，例如：iconv -f ${enc === 'utf-16' ? 'UTF-16' : 'GB18030'} -t UTF-8 输入.json > 输出.json`,
        `save it as UTF-8, e.g. iconv -f ${enc === 'utf-16' ? 'UTF-16' : 'GB18030'} -t UTF-8 in.json > out.json`,
      ),
    });
  }
  let data: unknown;
  try {
    data = JSON.parse(Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength).toString('utf8', start));
  } catch (err) {
    const msg = (err as Error).message;
    fail(opts, tr(`${opts.what.zh}不是有效的 JSON：${file}（${msg}）`, `${opts.what.en} is not valid JSON: ${file} (${msg})`), { file, ...(opts.hint ? { hint: opts.hint } : {}), cause: err });
  }
  const problem = checkJsonValue(data);
  if (problem?.kind === 'depth') {
    fail(opts, tr(`JSON 嵌套超过 ${MAX_JSON_DEPTH} 层：${file}，位置 ${problem.path}`, `JSON nested deeper than ${MAX_JSON_DEPTH} levels: ${file} at ${problem.path}`), {
      file,
      path: problem.path,
      hint: tr(`${opts.what.zh}的字段不会嵌套这么深；该文件可能被篡改或不是${opts.what.zh}`, `no field of a ${opts.what.en} nests this deep; the file may be tampered with or not a ${opts.what.en}`),
    });
  }
  if (problem?.kind === 'non-finite') {
    fail(opts, tr(`数值超出范围（不是有限数）：${file}，位置 ${problem.path}`, `a number out of range (not finite): ${file} at ${problem.path}`), {
      file,
      path: problem.path,
      hint: tr('请核对该数值，例如罚款金额应以元为单位填写', 'check the number; e.g. a fine is written in yuan'),
    });
  }
  return data;
}

function unreadable(file: string, opts: JsonFileOptions, err: unknown): never {
  fail(opts, tr(`${opts.what.zh}不存在或无法读取：${file}`, `${opts.what.en} not found or unreadable: ${file}`), { file, cause: err });
}

function tooLarge(file: string, opts: JsonFileOptions): never {
  fail(opts, tr(`JSON 输入超过 ${MAX_JSON_BYTES / 1024 / 1024} MB：${file}`, `JSON input larger than ${MAX_JSON_BYTES / 1024 / 1024} MB: ${file}`), { file });
}

/** Read a user's JSON file through the guards; any problem is an exit-2 error naming the file (and the JSON path). */
export async function readJsonFile(file: string, opts: JsonFileOptions): Promise<unknown> {
  let buf: Buffer;
  try {
    if ((await fsp.stat(file)).size > MAX_JSON_BYTES) tooLarge(file, opts);
    buf = await fsp.readFile(file);
  } catch (err) {
    if (err instanceof InputError || err instanceof ConfigError) throw err;
    unreadable(file, opts, err);
  }
  return parseJsonBytes(buf, file, opts);
}

/** readJsonFile for the synchronous loaders of configuration (checklists, rule settings, calendars, catalogs). */
export function readJsonFileSync(file: string, opts: JsonFileOptions): unknown {
  let buf: Buffer;
  try {
    buf = readFileSync(file);
  } catch (err) {
    unreadable(file, opts, err);
  }
  if (buf.length > MAX_JSON_BYTES) tooLarge(file, opts);
  return parseJsonBytes(buf, file, opts);
}

/** Offset of the first byte that is not part of a valid UTF-8 sequence, or -1 when all are valid. */
export function invalidUtf8Offset(buf: Uint8Array): number {
  const n = buf.length;
  let i = 0;
  while (i < n) {
    const b = buf[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) (need = 1), (min = 0x80);
    else if (b >= 0xe0 && b <= 0xef) (need = 2), (min = 0x800);
    else if (b >= 0xf0 && b <= 0xf4) (need = 3), (min = 0x10000);
    else return i;
    let cp = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = buf[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

/** A guess at what non-UTF-8 bytes are, for the message: UTF-16 (BOM or NULs) or GBK/GB18030. */
export function guessEncoding(buf: Uint8Array): 'utf-16' | 'gbk' | undefined {
  if ((buf[0] === 0xff && buf[1] === 0xfe) || (buf[0] === 0xfe && buf[1] === 0xff)) return 'utf-16';
  const head = buf.subarray(0, 4096);
  if (head.includes(0)) return 'utf-16';
  // GBK: lead byte 0x81–0xFE followed by 0x40–0xFE (not 0x7F); count pairs in the first bytes
  let pairs = 0;
  let bad = 0;
  for (let i = 0; i < head.length - 1; i++) {
    const b = head[i]!;
    if (b < 0x80) continue;
    const c = head[i + 1]!;
    if (b >= 0x81 && b <= 0xfe && c >= 0x40 && c <= 0xfe && c !== 0x7f) {
      pairs++;
      i++;
    } else bad++;
  }
  return pairs > 0 && bad === 0 ? 'gbk' : undefined;
}

/** A problem found in a parsed JSON value: too deep, or a number that is not finite; with its JSON path. */
export interface JsonValueProblem {
  kind: 'depth' | 'non-finite';
  path: string;
}

function member(path: string, key: string): string {
  return /^[A-Za-z_$][\w$]*$/.test(key) ? `${path}.${key}` : `${path}[${JSON.stringify(key)}]`;
}

/** The first value deeper than `maxDepth` or the first non-finite number (iterative: any depth is safe to check). */
export function checkJsonValue(value: unknown, maxDepth = MAX_JSON_DEPTH): JsonValueProblem | undefined {
  // a fast pass without paths (a dataset has millions of values); paths are built only to name a problem
  return scan(value, maxDepth, false) ? scan(value, maxDepth, true) : undefined;
}

function scan(value: unknown, maxDepth: number, withPaths: boolean): JsonValueProblem | undefined {
  const values: unknown[] = [value];
  const depths: number[] = [0];
  const paths: string[] = ['$'];
  while (values.length) {
    const v = values.pop();
    const depth = depths.pop()!;
    const path = withPaths ? paths.pop()! : '$';
    if (typeof v === 'number') {
      if (!Number.isFinite(v)) return { kind: 'non-finite', path };
      continue;
    }
    if (!v || typeof v !== 'object') continue;
    if (depth >= maxDepth) return { kind: 'depth', path };
    if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) {
        values.push(v[i]);
        depths.push(depth + 1);
        if (withPaths) paths.push(`${path}[${i}]`);
      }
    } else {
      const keys = Object.keys(v);
      for (let i = keys.length - 1; i >= 0; i--) {
        values.push((v as Record<string, unknown>)[keys[i]!]);
        depths.push(depth + 1);
        if (withPaths) paths.push(member(path, keys[i]!));
      }
    }
  }
  return undefined;
}
