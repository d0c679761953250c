/** The import summary: per input status and counts, in the contract `{inputs, records, rejects, warnings}`. */
import type { IngestResult, InputSummary } from './index.js';

export interface ImportSummary {
  inputs: InputSummary[];
  records: number;
  cases: number;
  schemes: number;
  rejects: number;
  warnings: number;
}

export function summarize(result: IngestResult): ImportSummary {
  const d = result.dataset;
  return {
    inputs: result.inputs,
    records: result.counts.cases + result.counts.schemes,
    cases: result.counts.cases,
    schemes: result.counts.schemes,
    rejects: d.rejects.length,
    warnings: d.warnings.length,
  };
}
