// Sampling benchmark: draw 30% from N synthetic cases across 120 strata, for N = 250k, 500k, 1M; each size
// runs in a fresh process so peak memory (maxRSS) is its own. In the same process, before today's draw, the
// 0.1.0 ticket path (bench/baseline-v1.mjs) draws the same sample: its time is the baseline, and its selection
// and tickets must equal today's. Today's draw runs twice: one thread, then with the ticket worker thread.
// Needs `npm run build`. Usage: npm run bench:sampling [-- 1000000 ...]
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const STRATA = 120;

async function child(n) {
  const { sampleDataset } = await import('../dist/sample/run.js');
  const { ticketDigest, ticketFromDigest } = await import('../dist/sample/tickets.js');
  const { baselineDraw } = await import('./baseline-v1.mjs');
  const cases = new Array(n);
  for (let i = 0; i < n; i++) {
    const u = i % STRATA;
    cases[i] = { id: `（赣${u}）应急罚〔2025〕${i + 1}号`, unit: `第${u}执法单位`, dates: { decided: `2025-0${1 + (i % 6)}-15` }, source: { file: 'bench' } };
  }
  const dataset = { schemaVersion: 1, cases, schemes: [], rejects: [], warnings: [] };
  const rssBefore = process.memoryUsage().rss;
  // CPU time (user + system), not wall time: the figures stay meaningful on a busy machine
  const cpu = () => {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1000;
  };
  let t = cpu();
  let w = performance.now();
  for (let i = 0; i < Math.min(n, 100000); i++) ticketFromDigest(ticketDigest('bench', `第${i % STRATA}执法单位`, `x${i}`));
  const ticketUs = ((cpu() - t) * 1000) / Math.min(n, 100000);
  t = cpu();
  w = performance.now();
  const base = baselineDraw(cases, 'bench-2025');
  const baseMs = cpu() - t;
  const baseWallMs = performance.now() - w;
  const run = (threads) => {
    process.env.CASEAUDIT_TICKET_THREADS = threads ? '1' : '0';
    const t0 = cpu();
    const w0 = performance.now();
    const { manifest } = sampleDataset(dataset, { seed: 'bench-2025', rate: '30%', period: '2025H1' }, []);
    return { manifest, ms: cpu() - t0, wall: performance.now() - w0 };
  };
  const one = run(false);
  const two = run(true);
  const { manifest } = two;
  const same = (m) => m.selected.length === base.length && m.selected.every((s, i) => s.id === base[i].id && s.stratum === base[i].stratum && s.ticket === base[i].ticket);
  if (!same(one.manifest) || !same(two.manifest)) throw new Error('the selection or a ticket differs from the 0.1.0 path');
  const drawMs = one.ms;
  const wallMs = one.wall;
  t = cpu();
  const json = JSON.stringify(manifest, null, 2);
  const jsonMs = cpu() - t;
  process.send({ n, baseMs, baseWallMs, drawMs, wallMs, threadMs: two.ms, threadWallMs: two.wall, jsonMs, ticketUs, selected: manifest.selected.length, strata: manifest.strata.length, manifestMB: json.length / 1e6, maxRssMB: process.resourceUsage().maxRSS / 1024, rssBeforeMB: rssBefore / 1e6 });
}

async function main() {
  const sizes = process.argv.slice(2).map(Number).filter((x) => x > 0);
  const rows = [];
  for (const n of sizes.length ? sizes : [250000, 500000, 1000000]) {
    rows.push(
      await new Promise((resolve, reject) => {
        const p = fork(fileURLToPath(import.meta.url), ['--child', String(n)], { execArgv: ['--max-old-space-size=4096'] });
        p.on('message', resolve);
        p.on('error', reject);
        p.on('exit', (code) => code && reject(new Error(`child exited ${code}`)));
      }),
    );
  }
  console.log(`node ${process.version}, ${STRATA} strata, rate 30%, period 2025H1 (all records in the period); CPU ms (wall ms); load average ${(await import('node:os')).loadavg().map((x) => x.toFixed(1)).join(' ')}`);
  console.log('| N | baseline 0.1.0 path | draw, one thread | draw, with the ticket thread | speed-up (CPU, one thread) | same tickets | one ticket (CPU µs) | manifest JSON (CPU ms, MB) | selected | peak RSS (MB) |');
  console.log('|---|---|---|---|---|---|---|---|---|---|');
  for (const r of rows) {
    const f = (c, w) => `${c.toFixed(0)} (${w.toFixed(0)})`;
    console.log(`| ${r.n.toLocaleString('en')} | ${f(r.baseMs, r.baseWallMs)} | ${f(r.drawMs, r.wallMs)} | ${f(r.threadMs, r.threadWallMs)} | ${(r.baseMs / r.drawMs).toFixed(2)}× | yes | ${r.ticketUs.toFixed(2)} | ${r.jsonMs.toFixed(0)}, ${r.manifestMB.toFixed(1)} | ${r.selected.toLocaleString('en')} | ${r.maxRssMB.toFixed(0)} |`);
  }
}

if (process.argv[2] === '--child') child(Number(process.argv[3])).then(() => process.exit(0));
else main();
