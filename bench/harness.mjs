// Shared pieces of the benchmarks (bench/excel.mjs, bench/csv.mjs, bench/ocr.mjs, bench/documents.mjs): arguments, the
// 25-column export header, a child process measured under /usr/bin/time -v, the alternating bare-vs-caseaudit table with
// median ratios, and the wall and CPU time of an in-process run.
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const TMP = path.join(ROOT, 'bench', 'tmp');
mkdirSync(TMP, { recursive: true });

/** `[-- ROWS] [--runs N]`: rows (default 100,000) and alternating runs (default 3). */
export function benchArgs(argv = process.argv.slice(2)) {
  const rows = Number(argv.find((a, i, all) => /^\d+$/.test(a) && all[i - 1] !== '--runs') ?? 100_000);
  const runs = Number(argv[argv.indexOf('--runs') + 1]) || 3;
  return { rows, runs };
}

/** The columns of a provincial 行政处罚 export, as both import benchmarks write them. */
export const EXPORT_HEADERS = ['案件编号', '执法单位', '单位层级', '案件类型', '案件名称', '当事人', '当事人类型', '统一社会信用代码', '行业类别', '违法事实',
  '违反条款', '处罚依据', '处罚种类', '罚款金额', '执法人员', '执法证号', '证件有效期至', '证据清单', '立案日期', '告知日期',
  '法制审核日期', '决定日期', '送达日期', '公示日期', '信用推送'];

/** Run node with `args` in a child under /usr/bin/time -v: wall seconds, CPU seconds (user+sys), peak RSS (MB), stdout. */
export function measure(label, args, env = {}) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync('/usr/bin/time', ['-v', process.execPath, ...args], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, env: { ...process.env, ...env } });
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  if (r.status !== 0) throw new Error(`${label} failed (${r.status}):\n${r.stderr.slice(-2000)}`);
  const rssKb = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr)?.[1]);
  const cpu = Number(/User time \(seconds\): ([\d.]+)/.exec(r.stderr)?.[1]) + Number(/System time \(seconds\): ([\d.]+)/.exec(r.stderr)?.[1]);
  return { label, seconds, cpu, rssMb: rssKb / 1024, stdout: r.stdout.trim() };
}

export const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/**
 * `runs` rounds of: the bare baseline, then each caseaudit variant, alternating so all see the same machine load. Prints the table and
 * returns per variant the time ratios and extra RSS against the bare read. `check(m)` may throw on a wrong result (e.g. a row count).
 */
export function alternate({ rows, runs, bare, variants, check = () => {} }) {
  const line = (m) => `| ${m.label} | ${m.seconds.toFixed(1)} s | ${m.cpu.toFixed(1)} s | ${Math.round(rows / m.seconds).toLocaleString('en')} | ${Math.round(m.rssMb)} MB |`;
  console.log(`\nload average at start: ${os.loadavg().map((x) => x.toFixed(2)).join(' ')}; ${os.availableParallelism()} cores\n`);
  console.log('| run | wall | CPU (user+sys) | rows/s | peak RSS |\n|---|---|---|---|---|');
  const out = variants.map(() => ({ ratios: [], extra: [] }));
  for (let i = 0; i < runs; i++) {
    const b = measure(`${bare.label} #${i + 1}`, bare.args);
    const ms = variants.map((v) => measure(`${v.label} #${i + 1}`, v.args, v.env));
    ms.forEach((m) => check(m));
    console.log([b, ...ms].map(line).join('\n'));
    ms.forEach((m, k) => {
      out[k].ratios.push(m.seconds / b.seconds);
      out[k].extra.push(m.rssMb - b.rssMb);
    });
  }
  return out;
}

/** Wall and CPU seconds of `fn` (CPU: this process, all its threads, OCR workers included), and its value. */
export async function timed(fn) {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const value = await fn();
  const c = process.cpuUsage(c0);
  return { value, wall: (performance.now() - t0) / 1000, cpu: (c.user + c.system) / 1e6 };
}
