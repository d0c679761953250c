#!/usr/bin/env node
/**
 * The front-door test (issue #23): what a new user with nothing but Node.js and npm gets.
 *
 *  1. a clean clone of this repository (its committed HEAD) into a temporary folder;
 *  2. `npm ci` and then the README's first command (`npm install && npx caseaudit demo`), with a PATH that holds
 *     only node, npm, npx and sh — tesseract, poppler, Chromium, LibreOffice and ImageMagick are out of reach —
 *     and an empty OCR cache, so the scanned sample must really be read by the npm OCR engine;
 *  3. every output the README's demo table lists is there, and the scanned sample is read (not needs-ocr);
 *  4. every `npx caseaudit …` example of the README, and every example of `caseaudit <command> --help`, that
 *     needs no user file (its inputs exist in the clone or were written by an earlier example) is run in order
 *     and must exit 0 (or 1 where the README says the example exits 1).
 *
 * Prints one line per check and writes {passed, failed, skipped} to the file given as the first argument (read
 * by scripts/ci-summary.mjs). Exit 0 when every check passed.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync, realpathSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const reportFile = process.argv[2];
const keep = process.env.FRONT_DOOR_KEEP === '1';
/** tools the product must not need */
const HIDDEN = ['tesseract', 'pdftoppm', 'pdftotext', 'chromium', 'chromium-browser', 'google-chrome', 'soffice', 'libreoffice', 'convert', 'magick'];

const results = { passed: 0, failed: 0, skipped: 0, checks: [] };
function check(name, ok, detail = '') {
  results.checks.push({ name, ok, detail });
  if (ok) results.passed++;
  else results.failed++;
  console.log(`${ok ? '✓' : '✗'} ${name}${detail ? ` — ${detail}` : ''}`);
  return ok;
}
function skip(name, why) {
  results.skipped++;
  console.log(`- ${name} — skipped: ${why}`);
}
function finish() {
  console.log(`front door: ${results.passed} passed, ${results.failed} failed, ${results.skipped} examples skipped (need a user file)`);
  if (reportFile) writeFileSync(reportFile, JSON.stringify(results, null, 2));
  if (!keep) rmSync(work, { recursive: true, force: true });
  process.exit(results.failed ? 1 : 0);
}

function which(name, pathVar = process.env.PATH ?? '') {
  for (const dir of pathVar.split(path.delimiter)) {
    if (!dir) continue;
    const p = path.join(dir, name);
    try {
      if (statSync(p).isFile()) return p;
    } catch {}
  }
  return undefined;
}

const work = mkdtempSync(path.join(os.tmpdir(), 'caseaudit-front-door-'));
const clone = path.join(work, 'caseaudit');
const bin = path.join(work, 'bin');
mkdirSync(bin);
// node, npm, npx and a shell: nothing else
const essentials = { node: process.execPath, npm: which('npm'), npx: which('npx'), sh: which('sh') ?? '/bin/sh' };
for (const [name, target] of Object.entries(essentials)) {
  if (!target) {
    check(`${name} is installed`, false, 'not on PATH');
    finish();
  }
  symlinkSync(realpathSync(target), path.join(bin, name));
}
const env = {
  PATH: bin,
  HOME: process.env.HOME ?? os.homedir(), // npm's package cache
  XDG_CACHE_HOME: path.join(work, 'cache'), // an empty OCR cache: the scan is read, not replayed
  TMPDIR: path.join(work, 'tmp'),
  LANG: 'C.UTF-8',
  NO_COLOR: '1',
  npm_config_audit: 'false',
  npm_config_fund: 'false',
  npm_config_update_notifier: 'false',
};
mkdirSync(env.TMPDIR);
check('the stripped PATH hides tesseract, poppler, Chromium, LibreOffice and ImageMagick', HIDDEN.every((t) => !which(t, env.PATH)), HIDDEN.filter((t) => which(t, env.PATH)).join(', '));

function run(cmd, args, opts = {}) {
  const t0 = Date.now();
  const r = spawnSync(cmd, args, { cwd: clone, env: { ...env, ...(opts.env ?? {}) }, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, timeout: opts.timeout ?? 20 * 60_000 });
  return { code: r.status ?? -1, stdout: r.stdout ?? '', stderr: r.stderr ?? '', error: r.error, seconds: Math.round((Date.now() - t0) / 100) / 10 };
}
const tail = (s, n = 8) => s.trim().split('\n').slice(-n).join(' ⏎ ');

// 1. a clean clone
execFileSync('git', ['clone', '--quiet', '--no-hardlinks', ROOT, clone]);
const readme = readFileSync(path.join(clone, 'README.md'), 'utf8');

// 2. npm ci, then the README's first command
const ci = run(path.join(bin, 'sh'), ['-c', 'npm ci']);
if (!check(`npm ci with only node/npm/npx/sh on PATH (${ci.seconds} s)`, ci.code === 0, ci.code === 0 ? '' : tail(ci.stderr))) finish();

const twoCommands = /## Two commands\s*```sh\n([^\n]*)\n/.exec(readme);
const first = twoCommands?.[1].replace(/\s+#.*$/, '').trim();
if (!check('the README names a first command', Boolean(first), first ?? '')) finish();
const demo = run(path.join(bin, 'sh'), ['-c', first]);
check(`\`${first}\` exits 0 (${demo.seconds} s)`, demo.code === 0, demo.code === 0 ? '' : `exit ${demo.code}: ${tail(demo.stderr)}`);
const ocrMissing = /needs-ocr|未找到 OCR|OCR engine .* not found/.test(demo.stderr);
check('no warning that an OCR engine is missing', !ocrMissing, ocrMissing ? tail(demo.stderr, 3) : '');

// 3. every output of the README's demo table, and the scanned sample read by OCR
const out = path.join(clone, 'out');
const demoSection = readme.slice(readme.indexOf('### `caseaudit demo`'), readme.indexOf('### `caseaudit import'));
const listed = [...demoSection.matchAll(/^\|([^|]+)\|/gm)].flatMap((m) => [...m[1].matchAll(/`([^`]+)`/g)].map((x) => x[1]));
check('the README lists the demo outputs', listed.length >= 10, `${listed.length} listed`);
for (const f of listed) {
  const p = path.join(out, f);
  const ok = f.endsWith('/') ? existsSync(p) && readdirSync(p).length > 0 : existsSync(p) && statSync(p).size > 0;
  check(`out/${f} written`, ok);
}
const index = readFileSync(path.join(clone, 'samples', 'pdf', 'index.tsv'), 'utf8').trim().split('\n').slice(1).map((l) => l.split('\t'));
const scanned = index.filter((r) => r[3] === 'yes');
check('samples/pdf holds a scanned file', scanned.length > 0);
if (existsSync(path.join(out, 'pdf-dataset.json'))) {
  const ds = JSON.parse(readFileSync(path.join(out, 'pdf-dataset.json'), 'utf8'));
  for (const [file, , pages] of scanned) {
    const c = ds.cases.find((x) => path.basename(x.source.file) === file);
    const read = c && c.status === 'ok' && c.ocr && c.ocr.pages.length === Number(pages) && !c.needsOcrPages;
    check(`the scanned sample ${file} is read by OCR (${c?.ocr?.engine ?? 'no engine'}), all ${pages} pages`, Boolean(read), c ? `status ${c.status}, OCR pages ${c.ocr?.pages?.length ?? 0}` : 'not in pdf-dataset.json');
  }
}

// 4. the README's and --help's examples that need no user file
/** Split a shell line into words (quotes kept simple: '…' and "…"). */
function words(line) {
  return [...line.matchAll(/'([^']*)'|"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2] ?? m[3]);
}
const OUTPUT_FLAGS = new Set(['-o', '--output', '--notices', '--xlsx']);
const NO_VALUE = new Set(['--json', '--quiet', '-q', '--force', '--print-map', '--per-type', '--skip-bad', '--debug', '--help', '-h']);
/** Input paths of a caseaudit command line: positionals and option values that are not outputs. */
function inputsOf(args) {
  const ins = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a.startsWith('-')) {
      if (OUTPUT_FLAGS.has(a)) i++;
      else if (!NO_VALUE.has(a) && !a.includes('=') && i + 1 < args.length && !args[i + 1].startsWith('-')) {
        const v = args[++i];
        if (/[/.]/.test(v) && !/^[\d.%]+$/.test(v) && !/[<>]/.test(v) && !/^[a-z]+(,[a-z]+)+$/.test(v) && !/^score</.test(v)) ins.push(v);
      }
    } else if (/[/.]/.test(a) && !/^[\d.%]+$/.test(a)) ins.push(a);
  }
  return ins;
}
const examples = [];
const codeBlocks = [...readme.matchAll(/```sh\n([\s\S]*?)```/g)].map((m) => m[1].replace(/\\\n\s*/g, ' '));
for (const block of codeBlocks) for (const line of block.split('\n')) if (/npx caseaudit /.test(line)) examples.push({ from: 'README', line });
for (const m of readme.matchAll(/`(npx caseaudit [^`]+)`/g)) examples.push({ from: 'README', line: m[1] });
const help = run(path.join(bin, 'npx'), ['caseaudit', '--help']);
check('npx caseaudit --help exits 0', help.code === 0, help.code === 0 ? '' : tail(help.stderr));
const commandList = help.stdout.split(/\nCommands:\n/)[1]?.split(/\n\S/)[0] ?? '';
const commands = [...commandList.matchAll(/^\s{2}([a-z][a-z-]+)\b/gm)].map((m) => m[1]).filter((c) => c !== 'help');
for (const cmd of commands) {
  const h = run(path.join(bin, 'npx'), ['caseaudit', cmd, '--help']);
  check(`npx caseaudit ${cmd} --help exits 0`, h.code === 0, h.code === 0 ? '' : tail(h.stderr));
  const ex = h.stdout.split(/\nExamples?:\n/)[1] ?? '';
  for (const line of ex.split('\n')) {
    const l = line.trim();
    if (!l.startsWith('caseaudit ')) {
      if (l && !l.startsWith('#') && !/^[A-Z_]+=/.test(l)) break;
      if (!/^[A-Z_]+=\S+ caseaudit /.test(l)) continue;
    }
    examples.push({ from: `${cmd} --help`, line: l.replace(/(^|\s)caseaudit /g, '$1npx caseaudit ') });
  }
}
const seen = new Set();
const ran = { ok: 0, all: 0 };
for (const { from, line } of examples) {
  const comment = /\s#\s(.*)$/.exec(line)?.[1] ?? '';
  const cmdline = line.replace(/\s+#\s.*$/, '').trim();
  for (const part of cmdline.split(/\s*&&\s*/)) {
    if (!/npx caseaudit /.test(part)) continue; // npm install, cmp …: not an example of the CLI
    const key = part.trim();
    const w = words(key);
    // a repeated command is run again only when it writes something: a later block of the README may rely on its
    // output after other examples replaced it (the cross-review block re-draws manifest.json)
    if (seen.has(key) && !w.some((a) => OUTPUT_FLAGS.has(a))) continue;
    seen.add(key);
    const envs = {};
    while (w.length && /^[A-Z_]+=/.test(w[0])) {
      const [k, ...v] = w.shift().split('=');
      envs[k] = v.join('=');
    }
    if (w[0] !== 'npx' || w[1] !== 'caseaudit') continue;
    if (/[|<>$`;]/.test(key.replace(/'[^']*'/g, '').replace(/"[^"]*"/g, ''))) {
      skip(`${key} (${from})`, 'shell syntax');
      continue;
    }
    // absolute /tmp paths of the examples go to the test's own temporary folder
    const args = w.slice(2).map((a) => (a.startsWith('/tmp/') ? path.join(env.TMPDIR, a.slice(5)) : a));
    const missing = inputsOf(args).filter((p) => !existsSync(path.resolve(clone, p)));
    if (missing.length) {
      skip(`${key} (${from})`, `needs ${missing.join(', ')}`);
      continue;
    }
    // as on a fresh clone: an output an earlier example wrote is not there yet (a manifest is never overwritten)
    for (let i = 0; i < args.length - 1; i++) {
      if (!OUTPUT_FLAGS.has(args[i]) || args[i + 1].endsWith('/')) continue;
      const p = path.resolve(clone, args[i + 1]);
      // (a manifest's draw list is written next to it: manifest.json → manifest.xlsx)
      for (const f of [p, ...(p.endsWith('.json') ? [p.replace(/\.json$/, '.xlsx')] : [])]) if (existsSync(f) && statSync(f).isFile()) rmSync(f);
    }
    // the samples are 2025's: examples run on the demo's report date (2025-07-01) unless they set their own, so a
    // date-dependent example (rectify's deadline, in working days of the bundled holiday calendar) does not
    // change outcome with the day CI runs
    const r = run(path.join(bin, 'npx'), ['caseaudit', ...args], { env: { SOURCE_DATE_EPOCH: '1751328000', ...envs }, timeout: 15 * 60_000 });
    // exit 1 is the documented outcome of a crossed --fail-on threshold
    const allowed = /exit 1/.test(comment) || args.includes('--fail-on') ? [0, 1] : [0];
    ran.all++;
    if (check(`${key} (${from}; ${r.seconds} s)`, allowed.includes(r.code), allowed.includes(r.code) ? '' : `exit ${r.code}: ${tail(r.stderr)}`)) ran.ok++;
  }
}
check('README and --help examples ran', ran.all >= 15, `${ran.ok}/${ran.all} ran and passed`);
finish();
