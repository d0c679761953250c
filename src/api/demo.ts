/**
 * The demo: the whole audit (`caseaudit run`) on samples/ with the starter config, a fixed seed and a fixed
 * report date (SOURCE_DATE_EPOCH when set), into ./out/: dataset, draws, scores, scheme review and notices,
 * the report in every format, the ranking, and the PDF samples imported on their own (pdf-dataset.json).
 */
import path from 'node:path';
import { tr, withLang, type Lang } from '../i18n.js';
import { sourceDateEpoch } from '../util/time.js';
import { runImport } from './import.js';
import { SAMPLES_DIR } from '../util/paths.js';
import { mergeConfig, type AuditConfig } from './config.js';
import { starterConfig } from './init.js';
import { runAudit, type AuditOptions, type AuditResult } from './audit.js';
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
  /** OCR of the scanned sample (--ocr, --ocr-engine, --ocr-cache); default PP-OCR */
  ocr?: AuditOptions['ocr'];
  /** the date outputs carry; default SOURCE_DATE_EPOCH, else the demo's fixed date */
  date?: Date;
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
  return withLang(lang, () => demo(opts, lang));
}

async function demo(opts: DemoOptions, lang: Lang): Promise<DemoResult> {
  const cfg = demoConfig(opts.outDir, lang);
  const date = opts.date ?? sourceDateEpoch() ?? DEMO_DATE;
  const result = await runAudit(cfg, { onProgress: opts.onProgress, date, force: opts.force, ocr: opts.ocr });
  // the same province as case-file PDFs (one scanned): shows PDF ingestion; kept apart, its ids repeat the JSON's
  opts.onProgress?.(tr('读取案卷 PDF 样例（samples/pdf，含一份扫描件）…', 'reading the case-file PDF samples (samples/pdf, one of them scanned)…'));
  const pdf = path.join(cfg.outputs!.dir!, 'pdf-dataset.json');
  const imported = await runImport([path.join(SAMPLES_DIR, 'pdf')], { ...opts.ocr, output: pdf, onProgress: opts.onProgress });
  const warnings = imported.ocrMissing ? [...result.warnings, imported.ocrMissing.reason] : result.warnings;
  // after the audit: notices, returned feedback, status, the second half-year compared with the first, 通报/约谈
  const followup = await runFollowupDemo({ outDir: cfg.outputs!.dir!, inputs: cfg.inputs, seed: DEMO_SEED, lang, issuer: cfg.report?.ranBy ?? tr('执法监督机构', 'Enforcement supervision office'), onProgress: opts.onProgress });
  return { ...result, warnings, files: [...result.files, pdf, ...followup], seed: result.seed ?? DEMO_SEED };
}
