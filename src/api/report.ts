/** `runReport`: load stage results, analyse them and write every requested format atomically (all or nothing). */
import path from 'node:path';
import { getLang, type Lang } from '../i18n.js';
import { analyze, type Analysis } from '../analyze/index.js';
import { renderReport } from '../report/index.js';
import { writeFilesAtomic } from '../util/fs.js';
import { isoSeconds, sourceDate } from '../util/time.js';
import { toolVersion } from '../util/paths.js';
import { loadReportInputs, type LoadedInputs } from './inputs.js';
import { analysisHooks } from './hooks.js';
import { attachFollowup, renderFocusFiles, type FollowupReportOptions } from './followup-report.js';

export interface ReportOptions extends FollowupReportOptions {
  results: string;
  schemes?: string;
  manifest?: string;
  dataset?: string;
  formats: string[];
  outDir: string;
  lang?: Lang;
  title?: string;
  period?: string;
  ranBy?: string;
  addressee?: string;
  issuer?: string;
  /** checklist files in use (their item titles name the frequent problems) */
  checklists?: string[];
  /** defaults to SOURCE_DATE_EPOCH or now */
  date?: Date;
}

export interface ReportResult {
  outDir: string;
  files: string[];
  analysis: Analysis;
}

/**
 * The report title for a period: `--period` wins over a period written in the title (a config reused for the next
 * half-year), so 江西省2025年上半年…报告 with --period 2025H2 reads 江西省2025年下半年…报告. A title that names no
 * period is left as written.
 */
export function titleForPeriod(title: string | undefined, period: string | undefined): string | undefined {
  const m = /^(\d{4})(?:[Hh]([12]))?$/.exec(period?.trim() ?? '');
  if (!title || !m) return title;
  const zh = `${m[1]}年${m[2] === '1' ? '上半年' : m[2] === '2' ? '下半年' : '度'}`;
  const en = `${m[1]}${m[2] ? ` H${m[2]}` : ''}`;
  return title
    .replace(/\d{4}\s*年\s*(?:上半年|下半年|度|全年)?/, (x) => (/年\s*$/.test(x) && !m[2] ? `${m[1]}年` : zh))
    .replace(/\b\d{4}\s*H[12]\b|\b\d{4}(?=\s+(?:audit|report|review))/i, en);
}

/** Build the analysis from loaded inputs (shared by `report` and `run`). */
export function analyzeInputs(inputs: LoadedInputs, opts: Pick<ReportOptions, 'title' | 'period' | 'ranBy' | 'checklists'> & { date: Date }): Analysis {
  return analyze(inputs, {
    ...analysisHooks(opts.checklists),
    title: titleForPeriod(opts.title, opts.period),
    period: opts.period,
    ranBy: opts.ranBy,
    generatedAt: isoSeconds(opts.date),
    toolVersion: toolVersion(),
    sources: inputs.sources,
    topProblems: 10,
  });
}

/** Render an analysis and write all files into outDir at once. */
export async function writeReport(analysis: Analysis, opts: Omit<ReportOptions, 'results'> & { date: Date }): Promise<string[]> {
  // `focus` is the stand-alone problem-focus briefing (focus.docx + focus.md), not a format of the report itself
  const formats = opts.formats.flatMap((f) => f.split(',')).map((f) => f.trim());
  const focus = formats.some((f) => f.toLowerCase() === 'focus');
  const reportFormats = formats.filter((f) => f.toLowerCase() !== 'focus');
  const rendered = reportFormats.length || !focus ? await renderReport(analysis, { formats: reportFormats, lang: opts.lang ?? getLang(), date: opts.date, title: titleForPeriod(opts.title, opts.period), addressee: opts.addressee, issuer: opts.issuer }) : [];
  const files = rendered.map((r) => ({ path: path.join(opts.outDir, r.name), data: r.data }));
  if (focus) files.push(...(await renderFocusFiles(analysis, { outDir: opts.outDir, lang: opts.lang ?? getLang(), date: opts.date, issuer: opts.issuer })));
  await writeFilesAtomic(files);
  return files.map((f) => f.path);
}

/** The `caseaudit report` core: results (+ schemes, manifest, dataset) → report files. */
export async function runReport(opts: ReportOptions): Promise<ReportResult> {
  const date = opts.date ?? sourceDate();
  const inputs = await loadReportInputs(opts);
  const analysis = analyzeInputs(inputs, { ...opts, date });
  await attachFollowup(analysis, inputs.dataset, opts, opts.lang ?? getLang());
  const files = await writeReport(analysis, { ...opts, date });
  return { outDir: opts.outDir, files, analysis };
}
