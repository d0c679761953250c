/** The import summary: per input status and counts, in the contract `{inputs, records, rejects, warnings}`. */
import type { IngestResult, InputSummary, SkippedInput } from './index.js';

export interface ImportSummary {
  inputs: InputSummary[];
  /** files read per kind (json, xlsx, xls, csv, pdf; unreadable ones included), and files left out of folders */
  files: Record<string, number>;
  /** files in input folders that were not read, and why */
  skipped: SkippedInput[];
  records: number;
  cases: number;
  schemes: number;
  rejects: number;
  warnings: number;
}

export function summarize(result: IngestResult): ImportSummary {
  const d = result.dataset;
  const files: Record<string, number> = {};
  for (const i of result.inputs) files[i.kind] = (files[i.kind] ?? 0) + 1;
  if (result.skipped.length) files.skipped = result.skipped.length;
  return {
    inputs: result.inputs,
    files,
    skipped: result.skipped,
    records: result.counts.cases + result.counts.schemes,
    cases: result.counts.cases,
    schemes: result.counts.schemes,
    rejects: d.rejects.length,
    warnings: d.warnings.length,
  };
}
