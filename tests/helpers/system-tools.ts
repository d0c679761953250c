/**
 * Optional system tools for tests (Chromium, LibreOffice, tesseract, poppler). The product never needs them;
 * a test that does skips with a one-line reason when the tool is absent, and CASEAUDIT_STRICT_SKIPS=1
 * (set by .ci/run) turns that skip into a failure so CI never skips silently.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';

export interface SystemTool {
  name: string;
  /** Full path of the executable, or undefined when it is not installed. */
  path: string | undefined;
  available: boolean;
}

/** Look an executable up on PATH (or check an absolute path). */
export function findExecutable(name: string): string | undefined {
  if (path.isAbsolute(name)) return existsSync(name) ? name : undefined;
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    if (!dir) continue;
    const p = path.join(dir, name);
    if (existsSync(p)) return p;
  }
  return undefined;
}

/**
 * The tool a test file needs. When absent: prints `skipped: <what> — <name> not installed (<install>)` on stderr,
 * or, with CASEAUDIT_STRICT_SKIPS=1, throws so the test file fails.
 */
export function systemTool(name: string, opts: { what: string; install: string; candidates?: string[] }): SystemTool {
  const found = [name, ...(opts.candidates ?? [])].map(findExecutable).find((p) => p !== undefined);
  if (!found) {
    const line = `skipped: ${opts.what} — ${name} not installed (${opts.install})`;
    if (process.env.CASEAUDIT_STRICT_SKIPS === '1') throw new Error(`${line}; CASEAUDIT_STRICT_SKIPS=1 forbids skipping`);
    process.stderr.write(line + '\n');
  }
  return { name, path: found, available: found !== undefined };
}
