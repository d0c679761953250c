/** run* functions behind `caseaudit score` and `caseaudit worksheet`: ingest → (sample) → evaluate → merge → write. */
import { ingestWithOcr, type OcrIngestOptions } from '../ocr/ingest-ocr.js';
import type { CaseFile } from '../model/types.js';
import { writeFileAtomic } from '../util/fs.js';
import { evaluateCases, scoreCases, type ScoreOptions } from './index.js';
import { filterByManifest } from './sample-filter.js';
import { readReviewSheets } from './read-reviews.js';
import { buildWorksheet } from './worksheet.js';
import { parseFailOn } from './fail-on.js';
import type { FileResult, ScoreResult } from './types.js';
import type { SampleInputRecord } from '../sample/input-check.js';

export interface ScoreRunOptions extends OcrIngestOptions, Omit<ScoreOptions, 'reviews'> {
  /** sample manifest: score only the drawn files */
  sample?: string;
  /** with `sample`: go on when the inputs' hashes differ from the manifest's (recorded in the results) */
  allowChangedInput?: boolean;
  /** with `sample`: the inputs were derived in this run from the manifest's own inputs (no hash check) */
  derivedInputs?: boolean;
  /** reviewer worksheets to merge, in order */
  reviews?: string[];
  /** --fail-on expressions (grade:fail, veto, score<N) */
  failOn?: string[];
  /** write results JSON here ('-' = stdout) */
  output?: string;
}

async function loadCases(inputs: string[], opts: ScoreRunOptions): Promise<{ cases: CaseFile[]; changedInput?: SampleInputRecord }> {
  const { dataset } = await ingestWithOcr(inputs, opts);
  if (!opts.sample) return { cases: dataset.cases };
  return filterByManifest(dataset.cases, opts.sample, { inputs, allowChangedInput: opts.allowChangedInput, derived: opts.derivedInputs });
}

/** Score inputs; `failed` lists the files that crossed a --fail-on threshold. */
export async function runScore(inputs: string[], opts: ScoreRunOptions = {}): Promise<{ result: ScoreResult; failed: FileResult[] }> {
  const checks = (opts.failOn ?? []).map(parseFailOn);
  const { cases, changedInput } = await loadCases(inputs, opts);
  const reviews = opts.reviews?.length ? await readReviewSheets(opts.reviews) : undefined;
  const result = scoreCases(cases, { checklists: opts.checklists, rulesConfig: opts.rulesConfig, calendarDir: opts.calendarDir, reviews, onCount: opts.onCount });
  if (changedInput) result.sampleInputs = changedInput;
  if (opts.output) {
    const text = `${JSON.stringify(result, null, 2)}\n`;
    if (opts.output === '-') process.stdout.write(text);
    else await writeFileAtomic(opts.output, text);
  }
  return { result, failed: result.files.filter((f) => checks.some((c) => c(f))) };
}

/** Write the reviewer worksheet for the inputs (or the drawn sample) to `output` (.xlsx). */
export async function runWorksheet(inputs: string[], opts: ScoreRunOptions & { output: string }): Promise<{ files: number; rows: number; output: string; sampleInputs?: SampleInputRecord }> {
  const { cases, changedInput } = await loadCases(inputs, opts);
  const states = evaluateCases(cases, { checklists: opts.checklists, rulesConfig: opts.rulesConfig, calendarDir: opts.calendarDir, onCount: opts.onCount });
  await writeFileAtomic(opts.output, await buildWorksheet(states));
  return { files: states.length, rows: states.reduce((n, s) => n + s.items.length, 0), output: opts.output, ...(changedInput ? { sampleInputs: changedInput } : {}) };
}
