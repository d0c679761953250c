#!/usr/bin/env node
// bench:score — score N generated case records in process, next to importing the same records from JSON
// (same run, same data). Usage: npm run bench:score [-- N]   (default 100000)
import { writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import path from 'node:path';
import os from 'node:os';
import { ingest } from '../dist/ingest/index.js';
import { scoreCases } from '../dist/score/index.js';
import { creditCodeCheckChar } from '../dist/ingest/normalize/credit-code.js';

const N = Number(process.argv[2] ?? 100000);
const ARTICLES = ['第九十七条第（三）项', '第九十九条第（一）项', '第一百零一条第（二）项', '第一百零二条', '第一百零五条第（二）项', '第九十四条第一款', '第一百二十七条'];
const iso = (d) => new Date(Date.UTC(2025, 0, 1) + d * 86400000).toISOString().slice(0, 10);

/** N case records: 60% clean, 40% with one of the defects the 23 rules look for (deterministic). */
function generate(n) {
  const cases = [];
  for (let i = 0; i < n; i++) {
    const k = i % 5 < 2 ? Math.floor(i / 5) % 23 : -1;
    const start = (i * 7) % 300;
    const code17 = `9136010${String(i).padStart(8, '0')}AB`.slice(0, 17);
    const c = {
      id: `（赣）应急罚〔2025〕${i + 1}号`,
      unit: `第${i % 34}应急管理局`,
      type: i % 10 === 9 ? 'inspection' : 'penalty',
      party: { name: `某公司${i}`, kind: i % 6 === 5 ? 'individual' : 'unit', creditCode: code17 + (k === 6 ? '0' : creditCodeCheckChar(code17)) },
      facts: k === 4 ? undefined : '未按照规定对从业人员进行安全生产教育和培训',
      violatedArticles: ['《中华人民共和国安全生产法》第二十八条第一款'],
      penaltyArticles: k === 9 ? [] : [`《中华人民共和国安全生产法》${ARTICLES[i % ARTICLES.length]}`],
      penaltyKinds: ['罚款'],
      fine: k === 11 ? 250000 : [5000, 20000, 35000, 80000][i % 4],
      officers: [{ name: '张三', certNo: `C${i}`, certValidUntil: k === 3 ? '2024-06-30' : '2027-12-31' }, ...(k === 0 ? [] : [{ name: '李四', certNo: k === 2 ? `C${i}` : `D${i}`, certValidUntil: '2027-12-31' }])],
      evidence: k === 7 ? [] : k === 8 ? ['现场检查记录'] : ['现场检查记录', '询问笔录'],
      dates: {
        filed: iso(start), notified: k === 12 ? undefined : iso(start + (k === 13 ? 40 : 20)), decided: iso(start + 30),
        served: iso(start + (k === 17 ? 60 : 32)), published: k === 18 ? undefined : iso(start + (k === 19 ? 70 : 33)),
        closed: iso(start + (k === 21 ? 10 : 50)), hearingNotified: k === 14 ? undefined : iso(start + 20), legalReview: k === 15 ? undefined : iso(start + 28), ...(k === 20 || i % 10 === 9 ? { rectificationDeadline: iso(start + 5) } : {}),
        ...(i % 10 === 9 ? { reinspected: iso(start + 8) } : {}),
      },
      creditPushed: k !== 22,
      ...(k === 16 ? { extensionApproved: false } : {}),
      ...(i % 97 === 0 ? { status: 'needs-ocr' } : {}),
      source: { file: 'bench.json', row: i + 2 },
    };
    if (k === 16) c.dates.filed = iso(start - 100);
    cases.push(c);
  }
  return { schemaVersion: 1, cases, schemes: [], rejects: [], warnings: [] };
}

const dir = mkdtempSync(path.join(os.tmpdir(), 'caseaudit-bench-score-'));
const file = path.join(dir, 'cases.json');
writeFileSync(file, JSON.stringify(generate(N)));
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1e6; };

let t = performance.now(); let c0 = cpu();
const { dataset } = await ingest([file], {});
const importWall = (performance.now() - t) / 1000; const importCpu = cpu() - c0;

t = performance.now(); c0 = cpu();
const result = scoreCases(dataset.cases);
const scoreWall = (performance.now() - t) / 1000; const scoreCpu = cpu() - c0;

t = performance.now();
const json = JSON.stringify(result);
const jsonWall = (performance.now() - t) / 1000;
rmSync(dir, { recursive: true, force: true });

const s = result.summary;
console.log(`records            ${N}`);
console.log(`import (JSON)      ${importWall.toFixed(2)} s wall, ${importCpu.toFixed(2)} s CPU`);
console.log(`score              ${scoreWall.toFixed(2)} s wall, ${scoreCpu.toFixed(2)} s CPU (${((scoreWall / N) * 1e6).toFixed(1)} µs per file)`);
console.log(`results JSON       ${jsonWall.toFixed(2)} s, ${(json.length / 1e6).toFixed(1)} MB`);
console.log(`score / import     ${(scoreWall / importWall).toFixed(2)}`);
console.log(`grades             ${JSON.stringify(s.byGrade)}; vetoed ${s.vetoed}; with not-checked ${s.withNotChecked}`);
console.log(`peak RSS           ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
