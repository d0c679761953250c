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

/** Build the analysis from loaded inputs (shared by `report` and `run`). */
export function analyzeInputs(inputs: LoadedInputs, opts: Pick<ReportOptions, 'title' | 'period' | 'ranBy' | 'checklists'> & { date: Date }): Analysis {
  return analyze(inputs, {
    ...analysisHooks(opts.checklists),
    title: opts.title,
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
  const rendered = reportFormats.length || !focus ? await renderReport(analysis, { formats: reportFormats, lang: opts.lang ?? getLang(), date: opts.date, title: opts.title, addressee: opts.addressee, issuer: opts.issuer }) : [];
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
