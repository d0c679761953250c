/**
 * Issue 22 classes 5 and 9: outputs onto devices, FIFOs, full disks and blocked paths. A device is written in
 * place, never replaced; a write error is exit 2 naming the path and what to do, never "internal error".
 */
import { describe, it, expect } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { BIN, ROOT, runCli, runInProcess, tmpDir } from '../helpers/cli.js';
import { finalName, fsError } from '../../src/util/fs-errors.js';

const SAMPLES = path.join(ROOT, 'samples', 'json');
const PROVINCE = path.join(SAMPLES, 'province.json');
const isRoot = process.getuid?.() === 0;
const hasDevFull = existsSync('/dev/full');
const hasMkfifo = spawnSync('mkfifo', ['--version']).status === 0;

/** Run the binary with stdout going to a file descriptor (e.g. /dev/full). */
function runToFd(args: string[], stdoutPath: string): { code: number; stderr: string } {
  const fd = openSync(stdoutPath, 'w');
  try {
    const r = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, env: { ...process.env, NO_COLOR: '1' }, stdio: ['ignore', fd, 'pipe'], encoding: 'utf8' });
    return { code: r.status ?? -1, stderr: r.stderr };
  } finally {
    closeSync(fd);
  }
}

const noInternal = (stderr: string) => {
  expect(stderr).not.toMatch(/internal error|内部错误/);
  expect(stderr).not.toMatch(/\n\s+at .*:\d+:\d+/);
};

describe.skipIf(!hasDevFull)('a full disk (/dev/full)', () => {
  it('import -o /dev/full, sample -o /dev/full, score -o /dev/full: exit 2 naming /dev/full and what to do', async () => {
    for (const args of [
      ['import', PROVINCE, '-o', '/dev/full'],
      ['sample', SAMPLES, '--seed', '1', '--rate', '30%', '--no-xlsx', '-o', '/dev/full'],
      ['score', PROVINCE, '-o', '/dev/full'],
    ]) {
      const r = await runInProcess([...args, '--lang', 'en']);
      expect(r.code, args[0]).toBe(2);
      expect(r.stderr).toContain('/dev/full');
      expect(r.stderr).toMatch(/no space left/);
      noInternal(r.stderr);
    }
  });

  it('stdout redirected to /dev/full (sample -o -, import --json): exit 2, the lost output is said', () => {
    for (const args of [
      ['sample', SAMPLES, '--seed', '1', '--rate', '30%', '-o', '-', '-q'],
      ['import', PROVINCE, '--json', '-q'],
      ['import', PROVINCE, '-o', '-', '-q'],
    ]) {
      const r = runToFd([...args, '--lang', 'en'], '/dev/full');
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(/standard output/);
      noInternal(r.stderr);
    }
  });
});

describe('outputs onto devices and FIFOs are written in place', () => {
  it.skipIf(!isRoot)('a character device (a /dev/null clone made with mknod) stays a device', () => {
    const dir = tmpDir();
    const dev = path.join(dir, 'null');
    expect(spawnSync('mknod', [dev, 'c', '1', '3']).status).toBe(0);
    for (const args of [
      ['import', PROVINCE, '-o', dev],
      ['sample', SAMPLES, '--seed', '1', '--rate', '30%', '--no-xlsx', '-o', dev],
      ['score', PROVINCE, '-o', dev],
    ]) {
      const r = runCli(args);
      expect(r.code, `${args[0]}: ${r.stderr}`).toBe(0);
      expect(statSync(dev).isCharacterDevice(), args[0]).toBe(true);
    }
    expect(readdirSync(dir)).toEqual(['null']);
  });

  it.skipIf(!hasMkfifo)('a FIFO gets the whole manifest and stays a FIFO', async () => {
    const dir = tmpDir();
    const fifo = path.join(dir, 'pipe');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    const reader = spawn('cat', [fifo]);
    let got = '';
    reader.stdout.on('data', (c: Buffer) => (got += c.toString('utf8')));
    const done = new Promise<void>((resolve) => reader.on('close', () => resolve()));
    const r = runCli(['sample', SAMPLES, '--seed', '1', '--rate', '30%', '--no-xlsx', '-o', fifo]);
    await done;
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(got)).toMatchObject({ seed: '1', kind: 'cases' });
    expect(statSync(fifo).isFIFO()).toBe(true);
  });
});

describe('blocked output paths are plain exit-2 messages', () => {
  it('a path under a regular file (ENOTDIR / EEXIST): the path and what to do', async () => {
    const dir = tmpDir();
    const file = path.join(dir, 'afile');
    writeFileSync(file, 'x');
    for (const args of [
      ['import', PROVINCE, '-o', path.join(file, 'out.json')],
      ['score', PROVINCE, '-o', path.join(file, 'sub', 'out.json')],
      ['sample', SAMPLES, '--seed', '1', '--rate', '30%', '-o', path.join(file, 'm.json')],
    ]) {
      const r = await runInProcess([...args, '--lang', 'en']);
      expect(r.code, args[0]).toBe(2);
      expect(r.stderr).toContain(file);
      expect(r.stderr).toMatch(/a file is in the way|is a file, not a folder/);
      expect(r.stderr).toMatch(/hint: choose another output path/);
      noInternal(r.stderr);
    }
    expect(readFileSync(file, 'utf8')).toBe('x');
    expect(readdirSync(dir)).toEqual(['afile']);
  });

  it.skipIf(isRoot)('a read-only folder (EACCES): the path and what to do', async () => {
    const dir = tmpDir();
    const ro = path.join(dir, 'ro');
    spawnSync('mkdir', ['-m', '0555', ro]);
    const r = await runInProcess(['--lang', 'en', 'import', PROVINCE, '-o', path.join(ro, 'out.json')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/permission denied/);
    noInternal(r.stderr);
  });
});

describe('a closed pipe', () => {
  it('`import -o - | head -c 100`: exit 0, nothing on stderr but progress, no temp file left', async () => {
    const tmp = tmpDir();
    const child = spawn(process.execPath, [BIN, 'import', PROVINCE, '-o', '-', '-q'], { cwd: ROOT, env: { ...process.env, NO_COLOR: '1', TMPDIR: tmp }, stdio: ['ignore', 'pipe', 'pipe'] });
    let err = '';
    child.stderr.on('data', (c: Buffer) => (err += c.toString()));
    let got = 0;
    child.stdout.on('data', (c: Buffer) => {
      got += c.length;
      if (got >= 100) child.stdout.destroy();
    });
    const code = await new Promise<number | null>((resolve) => child.on('exit', (c) => resolve(c)));
    expect(code).toBe(0);
    noInternal(err);
    expect(readdirSync(tmp)).toEqual([]);
  });
});

describe('a write error names the file the user asked for, not our temp file', () => {
  it('the streamed dataset\'s temp parts (.out.json.PID.TIME.N.tmp) and the atomic writes\' temp files map back to out.json', () => {
    // found by trying `import x.xlsx -o locked/out.json` (chattr +i): the message said "out.json.7693"
    expect(finalName('/data/.out.json.7693.1765012345678.0.tmp')).toBe('/data/out.json');
    expect(finalName('/data/.report.2025.xlsx.12.1765012345678.3.tmp')).toBe('/data/report.2025.xlsx');
    expect(finalName('/data/.v1.2.json.4242.1765012345678.tmp')).toBe('/data/v1.2.json');
    expect(finalName('/data/notes.1.2.tmp')).toBe('/data/notes.1.2.tmp'); // not ours
    const err = Object.assign(new Error('EPERM'), { code: 'EPERM', syscall: 'open', path: '/locked/.out.json.7693.1765012345678.0.tmp' });
    expect(fsError(err)!.message).toMatch(/\/locked\/out\.json \(open EPERM\)/);
  });
});
