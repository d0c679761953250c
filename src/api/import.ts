/** `caseaudit import`: read inputs (with OCR) into a dataset, streamed to a file when asked. */
import type { IngestResult } from '../ingest/index.js';
import { ingestWithOcr, type OcrIngestOptions } from '../ocr/ingest-ocr.js';
import { summarize, type ImportSummary } from '../ingest/summary.js';
import { StreamedJsonWriter } from '../util/json-stream.js';
import { assertNotFolder } from '../util/fs.js';
import { SCHEMA_VERSION, type CaseFile, type Scheme } from '../model/types.js';

export interface ImportOptions extends OcrIngestOptions {
  /** write the dataset here; '-' means stdout */
  output?: string;
  /**
   * keep the records in the returned dataset (default true). false: records are written to `output` as they
   * are read and not held — what `caseaudit import -o` does, so a 100,000-row export does not sit in memory.
   */
  keepRecords?: boolean;
}

/** Read inputs (with OCR) into a dataset; write it to `output` (atomically, streamed) when given. */
export async function runImport(inputs: string[], opts: ImportOptions = {}): Promise<IngestResult & { summary: ImportSummary }> {
  const { output, keepRecords = true, ...readOpts } = opts;
  if (output) assertNotFolder(output);
  const writer = output ? await StreamedJsonWriter.open(output, { schemaVersion: SCHEMA_VERSION }, ['cases', 'schemes']) : undefined;
  const kept = { cases: [] as CaseFile[], schemes: [] as Scheme[] };
  let result: IngestResult;
  try {
    result = await ingestWithOcr(inputs, readOpts, (kind, rec) => {
      if (keepRecords) (kept[kind] as (CaseFile | Scheme)[]).push(rec);
      return writer?.push(kind, rec);
    });
    result.dataset.cases = kept.cases;
    result.dataset.schemes = kept.schemes;
    await writer?.finish({ rejects: result.dataset.rejects, warnings: result.dataset.warnings });
  } catch (err) {
    await writer?.abort();
    throw err;
  }
  return { ...result, summary: summarize(result) };
}
