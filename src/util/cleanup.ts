/**
 * Nothing left behind: temp files and staging folders of this process are tracked here and removed when it is
 * interrupted (SIGINT → exit 130, SIGTERM → exit 143: the handler is the CLI's, cli/main.ts, installed through
 * onFirstTemp — this module never ends the process), and those of a run that was killed (SIGKILL, a power cut) are
 * removed by the next run writing to the same folder — recognised by our own naming and a process id that is
 * no longer running — and said on stderr.
 *
 * Names: temp files `.NAME.PID.TIME.N.tmp` (fs.ts, json-stream.ts); staging folders `.NAME.staging-PID-XXXXXX`
 * (api/audit.ts).
 */
import { promises as fsp, rmSync } from 'node:fs';
import path from 'node:path';
import { tr } from '../i18n.js';

const temps = new Set<string>();
const onFirst: (() => void)[] = [];

/**
 * Call `install` when the first temp file is tracked: the CLI installs its SIGINT/SIGTERM handler there (it
 * removes what is tracked and ends the process — ending it is the CLI's business, never this module's).
 */
export function onFirstTemp(install: () => void): void {
  onFirst.push(install);
}

/** Remove `file` (or folder) if this process is interrupted before it is published. */
export function trackTemp(file: string): void {
  temps.add(file);
  for (const install of onFirst.splice(0)) install();
}

/** What is tracked now (an interrupt handler looks again a moment after removing: an open(2) may have been in flight). */
export function trackedTemps(): string[] {
  return [...temps];
}

/** Remove these files or folders now, quietly. */
export function removeSync(files: string[]): void {
  for (const f of files) rmSync(f, { recursive: true, force: true });
}

/** The file was published (renamed into place) or removed: nothing to do on an interrupt. */
export function untrackTemp(file: string): void {
  temps.delete(file);
}

/** Remove every tracked temp file and folder now (the signal handler's work; exported for tests). */
export function removeTrackedSync(): void {
  for (const f of temps) rmSync(f, { recursive: true, force: true });
  temps.clear();
}

/** A temp file or staging folder of ours, and the process id that made it. */
// PID (1–7 digits), then a 13-digit millisecond time: unambiguous even when NAME itself ends in digits
const TEMP_FILE = /^\..+\.(\d{1,7})\.\d{13}(?:\.\d+)?\.tmp$/;
const STAGING_DIR = /^\..+\.staging-(\d+)-[A-Za-z0-9]{6}$/;

/** Is a process with this id running (on this machine)? EPERM means it runs under another user. */
export function pidAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

const notices: string[] = [];
const swept = new Set<string>();

/**
 * Remove leftovers of killed runs in `dir` (once per folder and process). Returns what was removed; each is
 * also queued as a notice the CLI prints on stderr (takeCleanupNotices).
 */
export async function sweepStale(dir: string): Promise<string[]> {
  const abs = path.resolve(dir);
  if (swept.has(abs)) return [];
  swept.add(abs);
  let entries;
  try {
    entries = await fsp.readdir(abs, { withFileTypes: true });
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const e of entries) {
    const m = (e.isFile() ? TEMP_FILE : e.isDirectory() ? STAGING_DIR : undefined)?.exec(e.name);
    if (!m || pidAlive(Number(m[1]))) continue;
    const p = path.join(abs, e.name);
    await fsp.rm(p, { recursive: true, force: true }).catch(() => undefined);
    removed.push(p);
  }
  if (removed.length) {
    notices.push(
      tr(
        `已清理此前被中断的运行留下的 ${removed.length} 个临时文件/文件夹：${removed.map((r) => path.basename(r)).join('、')}`,
        `removed ${removed.length} temporary files/folders left by an interrupted earlier run: ${removed.map((r) => path.basename(r)).join(', ')}`,
      ),
    );
  }
  return removed;
}

/** Notices of removed leftovers since the last call. */
export function takeCleanupNotices(): string[] {
  return notices.splice(0, notices.length);
}
