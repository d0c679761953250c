// Reviewer assignment benchmark: N drawn files across 100 units, R reviewers of 50 of those units, two per file,
// nobody of the file's own unit. Baseline in the same run: computing the N × R pair tickets alone (the part every
// assignment must do). Reports CPU time (user + system). Needs `npm run build`.
// Usage: npm run bench:assign [-- N R ...pairs]   (default: 1000 30 10000 100)
const { assignReviewers, pairTicket } = await import('../dist/review/assign.js');

const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const args = process.argv.slice(2).map(Number).filter((x) => x > 0);
const pairs = args.length >= 2 ? args : [1000, 30, 10000, 100];
for (let k = 0; k + 1 < pairs.length; k += 2) {
  const [n, r] = [pairs[k], pairs[k + 1]];
  const files = Array.from({ length: n }, (_, i) => ({ id: `（赣${i % 100}）应急罚〔2025〕${i + 1}号`, unit: `第${i % 100}执法单位` }));
  const reviewers = Array.from({ length: r }, (_, i) => ({ name: `评查人${i + 1}`, unit: `第${(i * 2) % 100}执法单位` }));
  let t = cpu();
  let sink = 0;
  for (const f of files) for (const x of reviewers) sink += pairTicket('bench', f.id, x.name);
  const baseline = cpu() - t;
  t = cpu();
  const out = assignReviewers(files, reviewers, { seed: 'bench', perFile: 2, avoid: 'unit' });
  const ms = cpu() - t;
  const loads = out.loads.map((l) => l.load);
  console.log(`${n} files × ${r} reviewers, 2 per file: assignment ${ms.toFixed(0)} ms CPU (${out.method}), pair tickets alone ${baseline.toFixed(0)} ms — ratio ${(ms / baseline).toFixed(2)}; loads ${Math.min(...loads)}–${Math.max(...loads)}${sink < 0 ? '' : ''}`);
}
