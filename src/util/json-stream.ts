/** Write a large JSON object (a dataset of 100,000 records) without building one giant string: same bytes as JSON.stringify(value, null, 2). */
import { createReadStream, createWriteStream, promises as fsp, type WriteStream } from 'node:fs';
import { sweepStale, trackTemp, untrackTemp } from './cleanup.js';
import { fsError } from './fs-errors.js';
import { isStreamTarget, stdoutSink } from './fs.js';
import os from 'node:os';
import { once } from 'node:events';
import { pipeline } from 'node:stream/promises';
import path from 'node:path';

/** The text of JSON.stringify(obj, null, 2) + '\n', in pieces: top-level arrays one element at a time. */
export function* jsonChunks(obj: Record<string, unknown>): Generator<string> {
  const keys = jsonKeys(obj);
  if (!keys.length) {
    yield '{}\n';
    return;
  }
  yield '{\n';
  for (let i = 0; i < keys.length; i++) {
    yield* memberChunks(keys[i]!, obj[keys[i]!]);
    yield i < keys.length - 1 ? ',\n' : '\n';
  }
  yield '}\n';
}

/** The keys JSON.stringify writes. */
function jsonKeys(obj: Record<string, unknown>): string[] {
  return Object.keys(obj).filter((k) => obj[k] !== undefined && typeof obj[k] !== 'function');
}

/** One top-level member, `  "key": value`, without the separator after it. */
function* memberChunks(key: string, v: unknown): Generator<string> {
  const head = `  ${JSON.stringify(key)}: `;
  if (Array.isArray(v) && v.length) {
    yield `${head}[\n`;
    for (let j = 0; j < v.length; j++) yield `${element(v[j])}${j < v.length - 1 ? ',' : ''}\n`;
    yield '  ]';
  } else yield head + JSON.stringify(v, null, 2).replace(/\n/g, '\n  ');
}

/**
 * A top-level array element as JSON.stringify(…, null, 2) indents it: stringified two levels deep inside
 * `[[v]]`, then the wrapper (`[\n  [\n` … `\n  ]\n]`) cut off — one pass, no re-indenting regex.
 */
function element(v: unknown): string {
  const s = JSON.stringify([[v]], null, 2);
  return s.slice(6, -6);
}

/** Bytes gathered before they are handed to the file stream. */
const CHUNK_BYTES = 1 << 20;

/**
 * A file being written in ~1 MB pieces, with back-pressure; a write error is kept and thrown at the next call.
 * Text is UTF-8-encoded piece by piece into a Buffer (Buffer.from on one big concatenated string was ~8× slower).
 */
class Part {
  readonly stream: WriteStream;
  count = 0;
  private chunk = Buffer.allocUnsafe(CHUNK_BYTES);
  private used = 0;
  private error?: Error;

  constructor(readonly file: string) {
    trackTemp(file);
    this.stream = createWriteStream(file);
    this.stream.on('error', (err) => {
      this.error ??= err;
    });
  }

  write(text: string): void | Promise<void> {
    if (this.error) throw this.error;
    const most = text.length * 3; // UTF-8 bytes of a JavaScript string are at most 3 per code unit
    if (this.used + most <= CHUNK_BYTES) {
      this.used += this.chunk.write(text, this.used);
      return;
    }
    let ok = this.handOff();
    if (most > CHUNK_BYTES) ok = this.stream.write(text) && ok; // one huge piece: straight to the stream
    else this.used += this.chunk.write(text, this.used);
    return ok ? undefined : this.drained();
  }

  flush(): void | Promise<void> {
    if (this.error) throw this.error;
    return this.handOff() ? undefined : this.drained();
  }

  /** Give the gathered bytes to the stream (which keeps them until written) and start a new chunk. */
  private handOff(): boolean {
    if (!this.used) return true;
    const out = this.chunk.subarray(0, this.used);
    this.chunk = Buffer.allocUnsafe(CHUNK_BYTES);
    this.used = 0;
    return this.stream.write(out);
  }

  private async drained(): Promise<void> {
    await new Promise<void>((resolve) => {
      const done = () => {
        this.stream.off('drain', done).off('close', done);
        resolve();
      };
      this.stream.on('drain', done).on('close', done);
    });
    if (this.error) throw this.error;
  }

  async close(): Promise<void> {
    await this.flush();
    this.stream.end();
    if (!this.stream.closed) await once(this.stream, 'close').catch(() => undefined);
    if (this.error) throw this.error;
  }
}

/**
 * Write a JSON object whose big arrays arrive one element at a time, to a file (atomically: temp file, then
 * rename) or stdout ('-'), with exactly the bytes of JSON.stringify(obj, null, 2) + '\n'. Used by an import
 * so 100,000 records are written as they are read instead of all being held. The object's members are:
 * `head` (known at the start), the streamed arrays in order, then the `tail` given to finish().
 */
export class StreamedJsonWriter {
  private finished = false;

  private constructor(
    private readonly output: string,
    private readonly target: string,
    private readonly parts: Map<string, Part>,
    /** the array written straight into the target (the others wait in their own files) */
    private readonly first: Part,
  ) {}

  /** Open the writer; nothing appears at `output` until finish(). */
  static async open(output: string, head: Record<string, unknown>, streamed: string[]): Promise<StreamedJsonWriter> {
    // a device, FIFO or stdout is written in place at the end; its temp files go to TMPDIR
    const inPlace = isStreamTarget(output);
    const dir = inPlace ? os.tmpdir() : path.dirname(path.resolve(output));
    try {
      await fsp.mkdir(dir, { recursive: true });
    } catch (err) {
      throw fsError(err) ?? err;
    }
    await sweepStale(dir);
    const stem = path.join(dir, `.${inPlace ? 'caseaudit-stream' : path.basename(output)}.${process.pid}.${Date.now()}`);
    const parts = new Map(streamed.map((key, i) => [key, new Part(`${stem}.${i}.tmp`)]));
    const first = parts.get(streamed[0]!)!;
    const writer = new StreamedJsonWriter(output, `${stem}.0.tmp`, parts, first);
    let text = '{\n';
    for (const k of jsonKeys(head)) text += [...memberChunks(k, head[k])].join('') + ',\n';
    await first.write(`${text}  ${JSON.stringify(streamed[0])}: `);
    return writer;
  }

  /** Add one element to a streamed array; a promise when the caller should wait (back-pressure). */
  push(key: string, value: unknown): void | Promise<void> {
    const part = this.parts.get(key)!;
    const text = element(value);
    return part.write(part.count++ ? `,\n${text}` : part === this.first ? `[\n${text}` : text);
  }

  /** Close the arrays, write the tail members, and move the result into place (or copy it to stdout). */
  async finish(tail: Record<string, unknown>): Promise<void> {
    const target = this.first;
    const rest = [...this.parts.entries()].filter(([, part]) => part !== target);
    try {
      await target.write(target.count ? '\n  ]' : '[]');
      for (const [key, part] of rest) {
        await part.close();
        await target.write(`,\n  ${JSON.stringify(key)}: ${part.count ? '[\n' : '[]'}`);
        if (part.count) {
          await target.flush();
          await pipeline(createReadStream(part.file), target.stream, { end: false });
          await target.write('\n  ]');
        }
      }
      const keys = jsonKeys(tail);
      for (const k of keys) await target.write(`,\n${[...memberChunks(k, tail[k])].join('')}`);
      await target.write('\n}\n');
      await target.close();
      if (this.output === '-') await pipeline(createReadStream(this.target), stdoutSink(), { end: false });
      else if (isStreamTarget(this.output)) await pipeline(createReadStream(this.target), createWriteStream(this.output));
      else await fsp.rename(this.target, this.output);
      this.finished = true;
    } catch (err) {
      throw fsError(err, this.output) ?? err;
    } finally {
      await this.cleanup();
    }
  }

  /** Drop everything written so far (nothing appears at the output). */
  async abort(): Promise<void> {
    await this.cleanup();
  }

  private async cleanup(): Promise<void> {
    for (const part of this.parts.values()) {
      // wait for the close: a stream destroyed while still opening would create its file after the rm below
      if (!part.stream.closed) await new Promise<void>((resolve) => part.stream.once('close', () => resolve()).destroy());
      untrackTemp(part.file);
      if (this.finished && part.file === this.target && !isStreamTarget(this.output)) continue;
      await fsp.rm(part.file, { force: true });
    }
  }
}
