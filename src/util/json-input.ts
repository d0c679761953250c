/**
 * Guards for JSON inputs, before and after JSON.parse: the bytes must be UTF-8 (a BOM is allowed), the value
 * must nest at most MAX_JSON_DEPTH levels, and every number must be finite (JSON.parse turns 1e309 into
 * Infinity, which would be written back as null and break the dataset schema).
 */

/** Deepest nesting of objects/arrays accepted in a JSON input (a dataset needs fewer than 10). */
export const MAX_JSON_DEPTH = 64;

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
