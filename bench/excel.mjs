// Benchmark: `caseaudit import` of a 100,000-row × 25-column Chinese export vs a bare exceljs streaming read
// of the same file, each in its own child process (time, rows/s, peak RSS). Usage: npm run bench:excel [-- ROWS] [--runs N]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import seedrandom from 'seedrandom';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const ROWS = Number(process.argv.slice(2).find((a, i, all) => /^\d+$/.test(a) && all[i - 1] !== '--runs') ?? 100_000);
const TMP = path.join(ROOT, 'bench', 'tmp');
const FILE = path.join(TMP, `excel-${ROWS}.xlsx`);
mkdirSync(TMP, { recursive: true });

const HEADERS = ['案件编号', '执法单位', '单位层级', '案件类型', '案件名称', '当事人', '当事人类型', '统一社会信用代码', '行业类别', '违法事实',
  '违反条款', '处罚依据', '处罚种类', '罚款金额', '执法人员', '执法证号', '证件有效期至', '证据清单', '立案日期', '告知日期',
  '法制审核日期', '决定日期', '送达日期', '公示日期', '信用推送'];

async function generate() {
  const rng = seedrandom('bench-excel');
  const pick = (a) => a[Math.floor(rng() * a.length)];
  const cjk = (min, max) => {
    let s = '';
    for (let i = min + Math.floor(rng() * (max - min)); i > 0; i--) s += String.fromCodePoint(0x4e00 + Math.floor(rng() * 0x5000));
    return s;
  };
  const units = Array.from({ length: 34 }, () => `${cjk(2, 3)}市应急管理局`);
  const industries = ['危险化学品', '非煤矿山', '烟花爆竹', '冶金', '粉尘涉爆', '有限空间', '工贸', '建筑施工'];
  const people = Array.from({ length: 400 }, () => cjk(2, 3));
  const date = (base) => new Date(Date.UTC(2025, 0, 1) + (base + Math.floor(rng() * 30)) * 86400000);
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: FILE, useSharedStrings: true });
  const ws = wb.addWorksheet('案件台账');
  ws.addRow(['2025 年行政执法案件台账']).commit();
  ws.addRow(HEADERS).commit();
  for (let i = 1; i <= ROWS; i++) {
    const d = Math.floor(rng() * 200);
    const a = pick(people);
    const b = pick(people);
    ws.addRow([
      `${cjk(1, 2)}应急罚〔2025〕${i}号`, pick(units), pick(['省级', '市级', '县级']), '行政处罚', `${cjk(6, 12)}案`, `${cjk(4, 8)}有限公司`, '单位',
      '91350100M000100Y43', pick(industries), cjk(30, 80), `《中华人民共和国安全生产法》第${pick(['四十一', '五十七', '三十六'])}条`,
      `《中华人民共和国安全生产法》第${pick(['九十七', '一百零二', '九十九'])}条`, '罚款', `${1 + Math.floor(rng() * 9)}万元`, `${a}、${b}`,
      `${36000000 + Math.floor(rng() * 9e5)}、${36000000 + Math.floor(rng() * 9e5)}`, '2027-12-31、2027-06-30', '现场检查记录、询问笔录、现场照片',
      date(d), date(d + 20), date(d + 30), date(d + 40), date(d + 45), date(d + 50), pick(['是', '否']),
    ]).commit();
  }
  ws.commit();
  await wb.commit();
}

/** Run a command in a child under /usr/bin/time -v (peak RSS, CPU time) and time it. */
function measure(label, args, env = {}) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync('/usr/bin/time', ['-v', process.execPath, ...args], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, env: { ...process.env, ...env } });
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  if (r.status !== 0) throw new Error(`${label} failed (${r.status}):\n${r.stderr.slice(-2000)}`);
  const rssKb = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr)?.[1]);
  const cpu = Number(/User time \(seconds\): ([\d.]+)/.exec(r.stderr)?.[1]) + Number(/System time \(seconds\): ([\d.]+)/.exec(r.stderr)?.[1]);
  return { label, seconds, cpu, rssMb: rssKb / 1024, stdout: r.stdout.trim() };
}

if (!existsSync(FILE)) {
  const t0 = Date.now();
  await generate();
  console.log(`generated ${FILE} (${ROWS} rows × ${HEADERS.length} columns, ${(statSync(FILE).size / 1e6).toFixed(1)} MB) in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
}

const BARE = `const E = require('exceljs'); (async () => { let rows = 0, cells = 0;
  for await (const ws of new E.stream.xlsx.WorkbookReader(process.argv[1], { sharedStrings: 'cache', styles: 'ignore', hyperlinks: 'ignore', worksheets: 'emit' }))
    for await (const row of ws) { rows++; for (const v of row.values) if (v !== undefined) cells++; }
  console.log(rows, cells); })();`;
const OUT = path.join(TMP, 'excel-import.json');
// --runs N (default 3): bare read and import alternate, so both see the same machine load; the median ratio is reported
const RUNS = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 3;
const IMPORT = [path.join(ROOT, 'bin', 'caseaudit.js'), 'import', FILE, '-o', OUT, '--quiet', '--json'];
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const row = (m) => `| ${m.label} | ${m.seconds.toFixed(1)} s | ${m.cpu.toFixed(1)} s | ${Math.round(ROWS / m.seconds).toLocaleString('en')} | ${Math.round(m.rssMb)} MB |`;
console.log(`\nload average at start: ${os.loadavg().map((x) => x.toFixed(2)).join(' ')}; ${os.availableParallelism()} cores\n`);
console.log('| run | wall | CPU (user+sys) | rows/s | peak RSS |\n|---|---|---|---|---|');
const ratios = [];
const extra = [];
const single = [];
for (let i = 0; i < RUNS; i++) {
  const bare = measure(`bare exceljs stream read #${i + 1}`, ['-e', BARE, FILE]);
  const imp = measure(`caseaudit import #${i + 1}`, IMPORT);
  const one = measure(`caseaudit import, one thread (CASEAUDIT_EXCEL_THREAD=0) #${i + 1}`, IMPORT, { CASEAUDIT_EXCEL_THREAD: '0' });
  const summary = JSON.parse(imp.stdout);
  if (summary.cases !== ROWS) throw new Error(`import gave ${summary.cases} cases, expected ${ROWS}`);
  console.log(`${row(bare)}\n${row(imp)}\n${row(one)}`);
  ratios.push(imp.seconds / bare.seconds);
  extra.push(imp.rssMb - bare.rssMb);
  single.push(one.seconds / bare.seconds);
}
console.log(`\nimport / bare, median of ${RUNS}: time ×${median(ratios).toFixed(2)} (target ≤ 1.5; each run: ${ratios.map((r) => r.toFixed(2)).join(', ')}), ` +
  `RSS +${Math.round(median(extra))} MB (target ≤ +200 MB; each: ${extra.map((x) => Math.round(x)).join(', ')}); one thread: ×${median(single).toFixed(2)}`);
