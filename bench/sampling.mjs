// Sampling benchmark: draw 30% (+ a floor of 40) from N synthetic cases across 120 strata, for N = 250k,
// 500k, 1M; each size runs in a fresh process so peak memory (maxRSS) is its own. Needs `npm run build`.
// Usage: npm run bench:sampling [-- 1000000 ...]
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const STRATA = 120;

async function child(n) {
  const { sampleDataset } = await import('../dist/sample/run.js');
  const { ticketDigest, ticketFromDigest } = await import('../dist/sample/tickets.js');
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
  const { manifest } = sampleDataset(dataset, { seed: 'bench-2025', rate: '30%', min: 40, period: '2025H1' }, []);
  const drawMs = cpu() - t;
  const wallMs = performance.now() - w;
  t = cpu();
  const json = JSON.stringify(manifest, null, 2);
  const jsonMs = cpu() - t;
  process.send({ n, drawMs, wallMs, jsonMs, ticketUs, selected: manifest.selected.length, strata: manifest.strata.length, manifestMB: json.length / 1e6, maxRssMB: process.resourceUsage().maxRSS / 1024, rssBeforeMB: rssBefore / 1e6 });
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
  console.log(`node ${process.version}, ${STRATA} strata, rate 30%, min 40, period 2025H1 (all records in the period)`);
  console.log('| N | draw, CPU ms (wall ms) | CPU µs per record | CPU ns / (N log2 N) | manifest JSON (CPU ms, MB) | selected | RSS after data (MB) | peak RSS (MB) | one ticket (CPU µs) |');
  console.log('|---|---|---|---|---|---|---|---|---|');
  for (const r of rows) {
    const nlogn = (r.drawMs / (r.n * Math.log2(r.n))) * 1e6; // ms → ns
    console.log(`| ${r.n.toLocaleString('en')} | ${r.drawMs.toFixed(0)} (${r.wallMs.toFixed(0)}) | ${((r.drawMs / r.n) * 1000).toFixed(2)} | ${nlogn.toFixed(1)} | ${r.jsonMs.toFixed(0)}, ${r.manifestMB.toFixed(1)} | ${r.selected.toLocaleString('en')} | ${r.rssBeforeMB.toFixed(0)} | ${r.maxRssMB.toFixed(0)} | ${r.ticketUs.toFixed(2)} |`);
  }
}

if (process.argv[2] === '--child') child(Number(process.argv[3])).then(() => process.exit(0));
else main();
