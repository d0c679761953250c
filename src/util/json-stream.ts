/** Write a large JSON object (a dataset of 100,000 records) without building one giant string: same bytes as JSON.stringify(value, null, 2). */
import { createWriteStream, promises as fsp } from 'node:fs';
import path from 'node:path';

/** The text of JSON.stringify(obj, null, 2) + '\n', in pieces: top-level arrays one element at a time. */
export function* jsonChunks(obj: Record<string, unknown>): Generator<string> {
  const keys = Object.keys(obj).filter((k) => obj[k] !== undefined && typeof obj[k] !== 'function');
  if (!keys.length) {
    yield '{}\n';
    return;
  }
  yield '{\n';
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i]!;
    const v = obj[k];
    const head = `  ${JSON.stringify(k)}: `;
    if (Array.isArray(v) && v.length) {
      yield `${head}[\n`;
      for (let j = 0; j < v.length; j++) yield `    ${(JSON.stringify(v[j], null, 2) ?? 'null').replace(/\n/g, '\n    ')}${j < v.length - 1 ? ',' : ''}\n`;
      yield '  ]';
    } else yield head + JSON.stringify(v, null, 2).replace(/\n/g, '\n  ');
    yield i < keys.length - 1 ? ',\n' : '\n';
  }
  yield '}\n';
}

/** Stream chunks to a writable, in ~1 MB writes, honouring back-pressure. */
export async function writeChunks(out: NodeJS.WritableStream, chunks: Iterable<string>): Promise<void> {
  let buf = '';
  const flush = async () => {
    if (!out.write(buf)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
    buf = '';
  };
  for (const c of chunks) {
    buf += c;
    if (buf.length > 1 << 20) await flush();
  }
  if (buf) await flush();
}

/** Write JSON to a file atomically (temp file in the same folder, then rename), streamed. */
export async function writeJsonAtomic(file: string, obj: Record<string, unknown>): Promise<void> {
  const dir = path.dirname(path.resolve(file));
  await fsp.mkdir(dir, { recursive: true });
  const tmp = path.join(dir, `.${path.basename(file)}.${process.pid}.${Date.now()}.tmp`);
  try {
    const out = createWriteStream(tmp);
    const done = new Promise<void>((resolve, reject) => {
      out.on('finish', () => resolve());
      out.on('error', reject);
    });
    await writeChunks(out, jsonChunks(obj));
    out.end();
    await done;
    await fsp.rename(tmp, file);
  } catch (err) {
    await fsp.rm(tmp, { force: true });
    throw err;
  }
}
