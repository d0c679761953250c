// Bench: analyse and render a report for N synthetic scored files (3 findings each) in every format.
// Usage: npm run bench:report [-- N]   (default 20000). Prints time per format and peak RSS.
import { analyze } from '../dist/analyze/index.js';
import { renderReport } from '../dist/report/index.js';

const N = Number(process.argv[2] ?? 20000);
const rules = ['service-late', 'publication-missing', 'evidence-required-types', 'decision-overdue', 'credit-push-missing', 'facts-missing'];
const cats = ['procedure', 'procedure', 'evidence', 'procedure', 'documents', 'facts'];
const files = [];
const cases = [];
for (let i = 0; i < N; i++) {
  const unit = `第${i % 120}执法单位`;
  const findings = [0, 1, 2].map((k) => {
    const r = (i + k * 7) % rules.length;
    return { ruleId: rules[r], category: cats[r], deduction: 2, veto: false, message: `问题 ${rules[r]} 第${i}号`, basis: '《中华人民共和国行政处罚法》第六十一条', evidence: { i } };
  });
  const score = 70 + (i % 31);
  files.push({ id: `案${i}`, unit, type: 'penalty', score, grade: score >= 90 ? 'excellent' : score >= 80 ? 'good' : 'pass', vetoed: false, findings, notChecked: [] });
  const d = 1 + (i % 27);
  cases.push({ id: `案${i}`, unit, type: 'penalty', fine: 10000 + (i % 50) * 1000, penaltyArticles: ['《中华人民共和国安全生产法》第九十七条'], dates: { filed: '2025-01-02', decided: `2025-03-${String(d).padStart(2, '0')}`, served: `2025-04-${String(d).padStart(2, '0')}` }, source: { file: 'x.xlsx', row: i + 2 } });
}
const dataset = { schemaVersion: 1, cases, schemes: [], rejects: [], warnings: [] };
let peak = 0;
const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
let t = performance.now();
const analysis = analyze({ results: { files }, dataset }, { generatedAt: '2025-07-01T00:00:00Z', toolVersion: 'bench', topProblems: 10 });
console.log(`analyze ${N} files: ${((performance.now() - t) / 1000).toFixed(2)} s`);
for (const f of ['json', 'md', 'html', 'xlsx', 'docx']) {
  t = performance.now();
  const [r] = await renderReport(analysis, { formats: [f], lang: 'zh', date: new Date('2025-07-01T00:00:00Z') });
  console.log(`${f}: ${((performance.now() - t) / 1000).toFixed(2)} s, ${(r.data.length / 1e6).toFixed(1)} MB`);
}
clearInterval(timer);
console.log(`peak RSS ${(Math.max(peak, process.memoryUsage().rss) / 1e6).toFixed(0)} MB`);
