// Benchmark: `caseaudit import` of a 100,000-row × 25-column Chinese export vs a bare exceljs streaming read
// of the same file, each in its own child process (time, rows/s, peak RSS). Usage: npm run bench:excel [-- ROWS] [--runs N]
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import seedrandom from 'seedrandom';
import { ROOT, TMP, EXPORT_HEADERS as HEADERS, alternate, benchArgs, median } from './harness.mjs';

const { rows: ROWS, runs: RUNS } = benchArgs();
const FILE = path.join(TMP, `excel-${ROWS}.xlsx`);

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
const IMPORT = [path.join(ROOT, 'bin', 'caseaudit.js'), 'import', FILE, '-o', OUT, '--quiet', '--json'];
const [imp, one] = alternate({
  rows: ROWS,
  runs: RUNS,
  bare: { label: 'bare exceljs stream read', args: ['-e', BARE, FILE] },
  variants: [
    { label: 'caseaudit import', args: IMPORT },
    { label: 'caseaudit import, one thread (CASEAUDIT_EXCEL_THREAD=0)', args: IMPORT, env: { CASEAUDIT_EXCEL_THREAD: '0' } },
  ],
  check: (m) => {
    if (JSON.parse(m.stdout).cases !== ROWS) throw new Error(`${m.label}: import gave ${JSON.parse(m.stdout).cases} cases, expected ${ROWS}`);
  },
});
console.log(`\nimport / bare, median of ${RUNS}: time ×${median(imp.ratios).toFixed(2)} (target ≤ 1.5; each run: ${imp.ratios.map((r) => r.toFixed(2)).join(', ')}), ` +
  `RSS +${Math.round(median(imp.extra))} MB (target ≤ +200 MB; each: ${imp.extra.map((x) => Math.round(x)).join(', ')}); one thread: ×${median(one.ratios).toFixed(2)}`);
