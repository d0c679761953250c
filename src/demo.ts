/** The demo: every stage that exists, on samples/, with a fixed seed. Each stage adds itself here. */
import path from 'node:path';
import { promises as fsp } from 'node:fs';
import { runImport, runSample, runSchemes, runScore, runWorksheet } from './index.js';
import { SAMPLES_DIR } from './util/paths.js';
import { setLang, tr, type Lang } from './i18n.js';

export const DEMO_SEED = '20250701';

export interface DemoOptions {
  outDir: string;
  lang?: Lang;
  onProgress?: (message: string) => void;
}

export interface DemoResult {
  outDir: string;
  seed: string;
  files: string[];
  cases: number;
  schemes: number;
}

export async function runDemo(opts: DemoOptions): Promise<DemoResult> {
  setLang(opts.lang);
  const progress = opts.onProgress ?? (() => {});
  await fsp.mkdir(opts.outDir, { recursive: true });
  const files: string[] = [];
  const out = (name: string) => {
    const p = path.join(opts.outDir, name);
    files.push(p);
    return p;
  };

  progress(tr('1/1 读取样例数据…', '1/1 reading the samples…'));
  const imported = await runImport([path.join(SAMPLES_DIR, 'json')], { output: out('dataset.json') });

  progress(tr(`抽样：半年度案卷 30%、检查方案 20%（种子 ${DEMO_SEED}）…`, `drawing: 30% of case files, 20% of schemes per half year (seed ${DEMO_SEED})…`));
  for (const kind of ['cases', 'schemes'] as const) {
    const drawn = await runSample([path.join(SAMPLES_DIR, 'json')], { preset: `semiannual-${kind}`, period: '2025H1', seed: DEMO_SEED, output: out(`manifest-${kind}.json`), xlsx: out(`manifest-${kind}.xlsx`), force: true });
    for (const w of drawn.warnings) progress(`  ${w}`);
  }

  progress(tr('评查抽中的案卷（自动核查 + 评查工作表）…', 'scoring the drawn case files (automatic checks + reviewer worksheet)…'));
  const drawnCases = { sample: path.join(opts.outDir, 'manifest-cases.json') };
  const scored = await runScore([path.join(SAMPLES_DIR, 'json')], { ...drawnCases, output: out('results.json') });
  await runWorksheet([path.join(SAMPLES_DIR, 'json')], { ...drawnCases, output: out('review.xlsx') });
  const g = scored.result.summary.byGrade;
  progress(tr(`  ${scored.result.summary.files} 个案卷：优秀 ${g.excellent}、良好 ${g.good}、合格 ${g.pass}、不合格 ${g.fail}`, `  ${scored.result.summary.files} files: excellent ${g.excellent}, good ${g.good}, pass ${g.pass}, fail ${g.fail}`));

  if (imported.dataset.schemes.length) {
    progress(tr('审查抽中的检查方案，写出驳回通知…', 'reviewing the drawn inspection schemes, writing rejection notices…'));
    const noticesDir = path.join(opts.outDir, 'notices');
    await fsp.rm(noticesDir, { recursive: true, force: true }); // no stale notices from an earlier run
    const reviewed = await runSchemes([path.join(SAMPLES_DIR, 'json')], { sample: path.join(opts.outDir, 'manifest-schemes.json'), output: out('schemes.json'), notices: noticesDir, lang: opts.lang });
    files.push(...reviewed.files.filter((f) => !files.includes(f)));
  }

  progress(tr('读取案卷 PDF 样例（samples/pdf，含一份扫描件）…', 'reading the case-file PDF samples (samples/pdf, one of them scanned)…'));
  await runImport([path.join(SAMPLES_DIR, 'pdf')], { output: out('pdf-dataset.json') });

  return { outDir: opts.outDir, seed: DEMO_SEED, files, cases: imported.dataset.cases.length, schemes: imported.dataset.schemes.length };
}
