#!/usr/bin/env node
// bench:score-table — print the score table of N scored files (the terminal output of `caseaudit score`)
// next to the --json output of the same result, and the old cli-table3 layout on smaller N (it is quadratic).
// Usage: npm run bench:score-table [-- N]   (default 60000)
import Table from 'cli-table3';
import { renderScore } from '../dist/cli/render-score.js';

const N = Number(process.argv[2] ?? 60000);

function result(n) {
  const files = Array.from({ length: n }, (_, i) => ({
    id: `赣应急罚〔2025〕${i + 1}号`,
    unit: `第${i % 120}应急管理局`,
    score: 100 - (i % 17),
    grade: i % 9 ? 'excellent' : 'fail',
    vetoed: i % 9 === 0,
    findings: i % 3 ? [] : [{ ruleId: 'publication-missing', message: '处罚决定未公示' }],
    notChecked: [],
    manualPending: ['discretion-benchmark'],
  }));
  return { files, summary: { files: n, meanScore: 95, byGrade: { excellent: n, good: 0, pass: 0, fail: 0 }, vetoed: 0, withNotChecked: 0, overrides: 0, disagreements: 0 } };
}

function time(fn) {
  const t = performance.now();
  const out = fn();
  return { ms: performance.now() - t, size: out.length };
}

function cliTable3(r) {
  const t = new Table({ head: ['案件编号', '单位', '得分', '等次', '问题', '未核查', '待人工'] });
  for (const f of r.files) t.push([f.id, f.unit, f.score, f.grade, f.findings.length, f.notChecked.length, f.manualPending.length]);
  return t.toString();
}

const r = result(N);
const json = time(() => JSON.stringify(r, null, 2));
const table = time(() => renderScore(r, false));
console.log(`N=${N}: --json ${json.ms.toFixed(0)} ms (${(json.size / 1e6).toFixed(1)} MB); table ${table.ms.toFixed(0)} ms (${(table.size / 1e6).toFixed(1)} MB); ratio ${(table.ms / json.ms).toFixed(2)}`);
for (const n of [2000, 4000]) {
  const small = result(n);
  const old = time(() => cliTable3(small));
  const now = time(() => renderScore(small, false));
  console.log(`N=${n}: cli-table3 ${old.ms.toFixed(0)} ms; text table ${now.ms.toFixed(0)} ms`);
}
