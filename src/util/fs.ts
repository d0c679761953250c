/** File helpers for the edges of the pipeline: atomic writes, hashing, input expansion. */
import { createHash } from 'node:crypto';
import { constants as fsConstants, createReadStream, promises as fsp, existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { InputError, UsageError } from '../errors.js';
import { tr } from '../i18n.js';
import { appendAll } from './arrays.js';
import { fsError } from './fs-errors.js';
import { sweepStale, trackTemp, untrackTemp } from './cleanup.js';
import { currentScope } from './scope.js';

/**
 * Is `file` something to write in place rather than replace: a character or block device, a FIFO or a socket
 * (`-o /dev/null`, `-o /dev/stdout`, a named pipe)? Replacing one by rename would swap the device for a regular
 * file (as root, `-o /dev/null` would replace the system's /dev/null).
 */
export function isStreamTarget(file: string): boolean {
  if (file === '-') return true;
  try {
    const st = statSync(file);
    return !st.isFile() && !st.isDirectory();
  } catch {
    return false;
  }
}

/** A temp file name beside `file` (`.name.PID.TIME.N.tmp`: recognised by stale-file cleanup, see cleanup.ts). */
let tmpSeq = 0;
export function tempNameFor(file: string): string {
  const dir = path.dirname(path.resolve(file));
  return path.join(dir, `.${path.basename(file)}.${process.pid}.${Date.now()}.${tmpSeq++}.tmp`);
}

/** Write bytes into a device/FIFO (or stdout for '-') in place; an error names the path. */
async function writeInPlace(file: string, data: string | Uint8Array): Promise<void> {
  try {
    if (file === '-') {
      const out = stdoutSink();
      await new Promise<void>((resolve, reject) => out.write(data, (err) => (err ? reject(err) : resolve())));
    } else await fsp.writeFile(file, data);
  } catch (err) {
    throw fsError(err, file) ?? err;
  }
}

/**
 * Where output `-` goes: the sink of the current scope (the CLI gives its stdout through the api's Context).
 * Library code never writes to process.stdout itself; a caller without a sink cannot ask for `-`.
 */
export function stdoutSink(): NodeJS.WritableStream {
  const out = currentScope()?.stdout;
  if (!out) throw new UsageError(tr('输出“-”（标准输出）需要调用方给出输出流（Context.stdout）', 'output "-" (stdout) needs a sink from the caller (Context.stdout)'));
  return out;
}

/** Write `text` to the sink for `-` as the CLI always has: not awaited, its errors surface on the stream (cli/main.ts). */
export function writeToStdout(text: string): void {
  stdoutSink().write(text);
}

/** Write a file atomically: temp file in the same directory, then rename. A device or FIFO is written in place. */
export async function writeFileAtomic(file: string, data: string | Uint8Array): Promise<void> {
  await writeFilesAtomic([{ path: file, data }]);
}

/** How a set of files is published. */
export interface PublishOptions {
  /**
   * Replace existing files (default). With false, each file is published with link(2), which fails when the
   * name exists: two runs racing to write the same manifest cannot overwrite each other (the loser gets
   * "already exists" and its files are withdrawn).
   */
  replace?: boolean;
  /** files of the same set that must not survive it (e.g. an old draw list beside a manifest written with --force --no-xlsx) */
  remove?: string[];
}

/**
 * A set of files to write together: every file is staged, then all renamed; on failure nothing is left.
 * Devices and FIFOs among them are written in place after staging and before the renames (they cannot be undone).
 */
export async function writeFilesAtomic(files: { path: string; data: string | Uint8Array }[], opts: PublishOptions = {}): Promise<void> {
  const staged: { tmp: string; final: string }[] = [];
  const published: string[] = [];
  const streams = files.filter((f) => isStreamTarget(f.path));
  try {
    for (const f of files) {
      if (streams.includes(f)) continue;
      await fsp.mkdir(path.dirname(path.resolve(f.path)), { recursive: true });
      await sweepStale(path.dirname(path.resolve(f.path)));
      const tmp = tempNameFor(f.path);
      trackTemp(tmp);
      staged.push({ tmp, final: f.path });
      await fsp.writeFile(tmp, f.data);
    }
    for (const f of streams) await writeInPlace(f.path, f.data);
    for (const s of staged) {
      if (opts.replace === false) {
        await publishNew(s.tmp, s.final);
        published.push(s.final);
      } else await fsp.rename(s.tmp, s.final);
    }
    for (const r of opts.remove ?? []) if (!files.some((f) => path.resolve(f.path) === path.resolve(r)) && !isStreamTarget(r)) await fsp.rm(r, { force: true });
  } catch (err) {
    for (const s of staged) await fsp.rm(s.tmp, { force: true });
    for (const p of published) await fsp.rm(p, { force: true }); // withdraw this set's files published before the failure
    throw fsError(err) ?? err;
  } finally {
    for (const s of staged) untrackTemp(s.tmp);
  }
}

/** Publish a finished temp file under a name that must not exist yet (link, then drop the temp name). */
async function publishNew(tmp: string, final: string): Promise<void> {
  const taken = () =>
    new UsageError(tr(`文件已存在（可能由同时运行的另一次抽样写入）：${final}`, `the file already exists (perhaps written by another run at the same time): ${final}`), {
      location: { file: final },
      hint: tr('加 --force 覆盖，或换一个输出文件名', 'use --force to overwrite it, or choose another output name'),
    });
  try {
    await fsp.link(tmp, final);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw taken();
    // a file system without hard links (FAT, some network shares): an exclusive copy still never replaces
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP' && code !== 'ENOSYS') throw err;
    try {
      await fsp.copyFile(tmp, final, fsConstants.COPYFILE_EXCL);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'EEXIST') throw taken();
      throw e;
    }
  }
  await fsp.rm(tmp, { force: true });
}

/** Refuse to overwrite an existing file unless forced. */
export function assertWritable(file: string, force: boolean | undefined, what: string): void {
  if (!force && existsSync(file) && !isStreamTarget(file)) {
    throw new UsageError(tr(`${what}已存在：${file}`, `${what} already exists: ${file}`), { hint: tr('加 --force 覆盖', 'use --force to overwrite it') });
  }
}

/** A file output must not name an existing folder (a usage error, not an internal one at the final rename). */
export function assertNotFolder(file: string): void {
  if (file !== '-' && existsSync(file) && statSync(file).isDirectory()) {
    throw new UsageError(tr(`输出路径是文件夹：${file}`, `the output is a folder: ${file}`), { hint: tr('请给出文件名，例如 -o dataset.json', 'give a file name, e.g. -o dataset.json') });
  }
}

/** SHA-256 hex of a file's bytes, streamed. */
export async function sha256File(file: string): Promise<string> {
  const hash = createHash('sha256');
  await new Promise<void>((resolve, reject) => {
    createReadStream(file)
      .on('data', (chunk) => hash.update(chunk))
      .on('end', () => resolve())
      .on('error', reject);
  });
  return hash.digest('hex');
}

/** SHA-256 hex of a string (UTF-8). */
export function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

export const INPUT_EXTENSIONS = ['.json', '.xlsx', '.xlsm', '.xls', '.csv', '.tsv', '.pdf'];

/** A file a folder held that no reader takes; `lock` for Office lock files (~$name.xlsx: the workbook is open). */
export interface SkippedFile {
  path: string;
  lock?: boolean;
}

/**
 * Expand files and folders into a sorted list of input files (folders: recursive, known extensions only,
 * hidden files skipped). A missing path is an input error naming it.
 */
export async function expandInputs(inputs: string[], extensions = INPUT_EXTENSIONS): Promise<string[]> {
  return (await expandInputsDetailed(inputs, extensions)).files;
}

/** expandInputs, also listing the files inside folders that were left out (so they can be reported, never silently dropped). */
export async function expandInputsDetailed(inputs: string[], extensions = INPUT_EXTENSIONS): Promise<{ files: string[]; skipped: SkippedFile[] }> {
  const out: string[] = [];
  const skipped: SkippedFile[] = [];
  const missing: string[] = [];
  for (const input of inputs) {
    let stat;
    try {
      stat = await fsp.stat(input);
    } catch {
      missing.push(input);
      continue;
    }
    if (stat.isDirectory()) {
      appendAll(out, await walk(input, extensions, skipped));
    } else {
      out.push(input);
    }
  }
  if (missing.length) {
    throw new InputError(tr(`输入文件不存在：${missing.join('、')}`, `input not found: ${missing.join(', ')}`), {
      location: { file: missing[0] },
    });
  }
  return { files: [...new Set(out)], skipped };
}

async function walk(dir: string, extensions: string[], skipped: SkippedFile[]): Promise<string[]> {
  const entries = await fsp.readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const out: string[] = [];
  for (const e of entries) {
    if (e.name.startsWith('.')) continue; // hidden files (.DS_Store, .git)
    const p = path.join(dir, e.name);
    if (e.name.startsWith('~$')) skipped.push({ path: p, lock: true }); // Office lock file
    else if (e.isDirectory()) appendAll(out, await walk(p, extensions, skipped));
    else if (extensions.includes(path.extname(e.name).toLowerCase())) out.push(p);
    else if (e.isFile()) skipped.push({ path: p });
  }
  return out;
}
