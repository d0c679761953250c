/**
 * Issue 22 class 6 (interrupts) and 7 (leftovers): Ctrl-C removes the staging folder and temp files before
 * exit 130; leftovers of a killed run (our naming, a dead PID) are removed by the next run, which says so.
 */
import { describe, it, expect } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { BIN, ROOT, runInProcess, tmpDir } from '../helpers/cli.js';
import { pidAlive } from '../../src/util/cleanup.js';

const PROVINCE = path.join(ROOT, 'samples', 'json', 'province.json');

/** The id of a process that has exited (so certainly not running now, barring reuse within the test). */
function deadPid(): number {
  const r = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
  const pid = Number(r.stdout);
  expect(pidAlive(pid)).toBe(false);
  return pid;
}

describe('interrupts', () => {
  it('SIGINT during `demo`: exit 130, the staging folder and every temp file are gone, no output folder', async () => {
    const dir = tmpDir();
    const out = path.join(dir, 'out');
    const child = spawn(process.execPath, [BIN, 'demo', '-o', out, '-q'], { cwd: dir, env: { ...process.env, NO_COLOR: '1' }, stdio: 'ignore' });
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
    // wait until the staging folder holds some output, then interrupt
    const deadline = Date.now() + 30_000;
    let staged = false;
    while (Date.now() < deadline && child.exitCode === null) {
      const stage = readdirSync(dir).find((n) => n.startsWith('.out.staging-'));
      if (stage && readdirSync(path.join(dir, stage)).length) {
        staged = true;
        break;
      }
      await new Promise((r) => setTimeout(r, 10));
    }
    expect(staged).toBe(true);
    child.kill('SIGINT');
    const { code } = await exited;
    expect(code).toBe(130);
    expect(readdirSync(dir)).toEqual([]);
  }, 60_000);
});

describe('a closed stderr pipe (`caseaudit demo 2>&1 >/dev/null | head -1`)', () => {
  it('the run goes on without its progress lines: exit 0, the output published, no staging folder left', async () => {
    const dir = tmpDir();
    const out = path.join(dir, 'out');
    const child = spawn(process.execPath, [BIN, 'demo', '-o', out, '--lang', 'en'], { cwd: dir, env: { ...process.env, NO_COLOR: '1' }, stdio: ['ignore', 'ignore', 'pipe'] });
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    // like `head -1`: read the first progress line, then close the pipe
    child.stderr!.once('data', () => child.stderr!.destroy());
    // before: an unhandled EPIPE on stderr ended the run with exit 1 and left .out.staging-PID-XXXX behind
    expect(await exited).toBe(0);
    expect(readdirSync(dir)).toEqual(['out']);
    expect(readdirSync(out)).toEqual(expect.arrayContaining(['dataset.json', 'manifest-cases.json', 'manifest-cases.xlsx']));
  }, 90_000);
});

describe('leftovers of a killed run', () => {
  it('the next import into the folder removes dead-PID temp files and staging folders, keeps live ones and foreign files, and says so', async () => {
    const dir = tmpDir();
    const dead = deadPid();
    const stale = [`.dataset.json.${dead}.1765000000000.0.tmp`, `.dataset.json.${dead}.1765000000000.tmp`];
    for (const f of stale) writeFileSync(path.join(dir, f), '{"partial":');
    mkdirSync(path.join(dir, `.out.staging-${dead}-AbC123`));
    writeFileSync(path.join(dir, `.out.staging-${dead}-AbC123`, 'dataset.json'), 'x'.repeat(1000));
    const live = `.dataset.json.${process.pid}.1765000000000.0.tmp`; // this (running) process: must stay
    writeFileSync(path.join(dir, live), 'in use');
    writeFileSync(path.join(dir, 'notes.tmp'), 'the user’s own file');
    const r = await runInProcess(['import', PROVINCE, '-o', path.join(dir, 'dataset.json'), '--lang', 'en']);
    expect(r.code, r.stderr).toBe(0);
    expect(readdirSync(dir).sort()).toEqual([live, 'dataset.json', 'notes.tmp'].sort());
    expect(r.stderr).toMatch(/removed 3 temporary files\/folders left by an interrupted earlier run/);
    expect(existsSync(path.join(dir, `.out.staging-${dead}-AbC123`))).toBe(false);
  });
});
