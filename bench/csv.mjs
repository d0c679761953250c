// Benchmark: `caseaudit import` of a 100,000-row × 25-column GBK CSV export (the columns of bench/excel.mjs)
// vs a bare GB18030 decode + csv-parse read of the same file, each in its own child process (time, rows/s,
// peak RSS: a streamed read stays flat whatever the size). Needs iconv (glibc) to write the GBK file.
// Usage: npm run bench:csv [-- ROWS] [--runs N]
import { execFileSync } from 'node:child_process';
import { createWriteStream, existsSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import seedrandom from 'seedrandom';
import { ROOT, TMP, EXPORT_HEADERS as HEADERS, alternate, benchArgs, median } from './harness.mjs';

const { rows: ROWS, runs: RUNS } = benchArgs();
const FILE = path.join(TMP, `csv-gbk-${ROWS}.csv`);

async function generate() {
  const rng = seedrandom('bench-csv');
  const pick = (a) => a[Math.floor(rng() * a.length)];
  // GB2312 level-1 hanzi (U+4E00… is not all in GBK's common range; take characters every GBK decoder maps)
  const pool = [...'的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严'];
  const cjk = (min, max) => {
    let s = '';
    for (let i = min + Math.floor(rng() * (max - min)); i > 0; i--) s += pick(pool);
    return s;
  };
  const units = Array.from({ length: 34 }, () => `${cjk(2, 3)}市应急管理局`);
  const industries = ['危险化学品', '非煤矿山', '烟花爆竹', '冶金', '粉尘涉爆', '有限空间', '工贸', '建筑施工'];
  const people = Array.from({ length: 400 }, () => cjk(2, 3));
  const date = (base) => new Date(Date.UTC(2025, 0, 1) + (base + Math.floor(rng() * 30)) * 86400000).toISOString().slice(0, 10);
  const q = (v) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  const utf8 = `${FILE}.utf8`;
  const out = createWriteStream(utf8);
  const write = (line) => (out.write(line) ? Promise.resolve() : new Promise((r) => out.once('drain', r)));
  await write('2025 年行政执法案件台账\n');
  await write(`${HEADERS.join(',')}\n`);
  for (let i = 1; i <= ROWS; i++) {
    const d = Math.floor(rng() * 200);
    await write(`${[
      `${cjk(1, 2)}应急罚〔2025〕${i}号`, pick(units), pick(['省级', '市级', '县级']), '行政处罚', `${cjk(6, 12)}案`, `${cjk(4, 8)}有限公司`, '单位',
      '91350100M000100Y43', pick(industries), `${cjk(30, 80)}，\n${cjk(5, 10)}`, `《中华人民共和国安全生产法》第${pick(['四十一', '五十七', '三十六'])}条`,
      `《中华人民共和国安全生产法》第${pick(['九十七', '一百零二', '九十九'])}条`, '罚款', `${1 + Math.floor(rng() * 9)}万元`, `${pick(people)}、${pick(people)}`,
      `${36000000 + Math.floor(rng() * 9e5)}、${36000000 + Math.floor(rng() * 9e5)}`, '2027-12-31、2027-06-30', '现场检查记录、询问笔录、现场照片',
      date(d), date(d + 20), date(d + 30), date(d + 40), date(d + 45), date(d + 50), pick(['是', '否']),
    ].map(q).join(',')}\n`);
  }
  await new Promise((r) => out.end(r));
  execFileSync('sh', ['-c', `iconv -f UTF-8 -t GB18030 '${utf8}' > '${FILE}'`]);
  rmSync(utf8);
}

if (!existsSync(FILE)) {
  const t0 = Date.now();
  await generate();
  console.log(`generated ${FILE} (${ROWS} rows × ${HEADERS.length} columns, GB18030, ${(statSync(FILE).size / 1e6).toFixed(1)} MB) in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
}

const BARE = `import('csv-parse').then(async ({ parse }) => { const fs = await import('node:fs'); const { Readable } = await import('node:stream');
  const d = new TextDecoder('gb18030', { fatal: true });
  async function* text() { for await (const c of fs.createReadStream(process.argv[1])) yield d.decode(c, { stream: true }); yield d.decode(); }
  let rows = 0, cells = 0; const p = Readable.from(text()).pipe(parse({ relax_column_count: true }));
  for await (const r of p) { rows++; cells += r.length; } console.log(rows, cells); });`;
const OUT = path.join(TMP, 'csv-import.json');
const IMPORT = [path.join(ROOT, 'bin', 'caseaudit.js'), 'import', FILE, '-o', OUT, '--quiet', '--json'];
const [imp] = alternate({
  rows: ROWS,
  runs: RUNS,
  bare: { label: 'bare GB18030 decode + csv-parse', args: ['-e', BARE, FILE] },
  variants: [{ label: 'caseaudit import', args: IMPORT }],
  check: (m) => {
    if (JSON.parse(m.stdout).cases !== ROWS) throw new Error(`import gave ${JSON.parse(m.stdout).cases} cases, expected ${ROWS}`);
  },
});
console.log(`\nimport / bare, median of ${RUNS}: time ×${median(imp.ratios).toFixed(2)} (each run: ${imp.ratios.map((r) => r.toFixed(2)).join(', ')}), RSS +${Math.round(median(imp.extra))} MB (each: ${imp.extra.map((x) => Math.round(x)).join(', ')})`);
