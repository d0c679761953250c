/**
 * The demo: the whole audit (`caseaudit run`) on samples/ with the starter config, a fixed seed and a fixed
 * report date (SOURCE_DATE_EPOCH when set), into ./out/: dataset, draws, scores, scheme review and notices,
 * the report in every format, the ranking, and the PDF samples imported on their own (pdf-dataset.json).
 */
import path from 'node:path';
import { setLang, tr, type Lang } from './i18n.js';
import { sourceDateEpoch } from './util/time.js';
import { runImport } from './index.js';
import { SAMPLES_DIR } from './util/paths.js';
import { mergeConfig, type AuditConfig } from './run/config.js';
import { starterConfig } from './run/init.js';
import { runAudit, type AuditResult } from './run/audit.js';
import { runFollowupDemo } from './demo-followup.js';

export const DEMO_SEED = '20250701';
/** The demo's report date when SOURCE_DATE_EPOCH is not set: the end of the sampled half-year. */
export const DEMO_DATE = new Date('2025-07-01T00:00:00Z');

/**
 * The demo's cross-review: four reviewers from four city bureaus (samples/reviewers.json), two per file, nobody
 * reviewing a file of their own city; their filled sheets and the chair's rulings are in samples/reviews/
 * (regenerate with `npm run samples:reviews` after a change to the samples, the draw or the checklists).
 */
export const DEMO_REVIEW = { reviewers: '@samples/reviewers.json', perFile: 2, avoid: 'city' as const, sheets: ['@samples/reviews/sheets'], chair: ['@samples/reviews/chair.xlsx'] };

export interface DemoOptions {
  outDir: string;
  lang?: Lang;
  onProgress?: (message: string) => void;
  /** overwrite sheets in the output folder that hold reviewer entries */
  force?: boolean;
}

/** The demo's run config, merged and resolved (also used by scripts/generate-review-sheets.mjs). */
export function demoConfig(outDir: string, lang: Lang = 'zh'): AuditConfig {
  const config = { ...starterConfig(lang), seed: DEMO_SEED, review: DEMO_REVIEW };
  return mergeConfig(config, path.join(SAMPLES_DIR, 'demo-audit.json'), {}, { output: outDir, lang });
}

export interface DemoResult extends AuditResult {
  seed: string;
}

/** Run the demo audit; the environment's CASEAUDIT_* variables are ignored so the demo is always the same. */
export async function runDemo(opts: DemoOptions): Promise<DemoResult> {
  const lang = opts.lang ?? 'zh';
  setLang(lang);
  const cfg = demoConfig(opts.outDir, lang);
  const date = sourceDateEpoch() ?? DEMO_DATE;
  const result = await runAudit(cfg, { onProgress: opts.onProgress, date, force: opts.force });
  // the same province as case-file PDFs (one scanned): shows PDF ingestion; kept apart, its ids repeat the JSON's
  opts.onProgress?.(tr('读取案卷 PDF 样例（samples/pdf，含一份扫描件）…', 'reading the case-file PDF samples (samples/pdf, one of them scanned)…'));
  const pdf = path.join(cfg.outputs!.dir!, 'pdf-dataset.json');
  await runImport([path.join(SAMPLES_DIR, 'pdf')], { output: pdf });
  // after the audit: notices, returned feedback, status, the second half-year compared with the first, 通报/约谈
  const followup = await runFollowupDemo({ outDir: cfg.outputs!.dir!, inputs: cfg.inputs, seed: DEMO_SEED, lang, issuer: cfg.report?.ranBy ?? tr('执法监督机构', 'Enforcement supervision office'), onProgress: opts.onProgress });
  return { ...result, files: [...result.files, pdf, ...followup], seed: result.seed ?? DEMO_SEED };
}
