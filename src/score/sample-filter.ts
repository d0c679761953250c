/** Keep the case files a sample manifest drew, via the sampling stage (verified manifest, missing ids are errors). */
import { loadManifest, selectFromManifest } from '../sample/index.js';
import { checkSampleInputs, type SampleInputRecord } from '../sample/input-check.js';
import type { CaseFile } from '../model/types.js';

/** How the inputs are checked against the manifest's input hashes (input-check.ts). */
export interface SampleInputPolicy {
  /** the files or folders given (hashed and compared with the manifest's inputs) */
  inputs: string[];
  /** go on with changed inputs (recorded) */
  allowChangedInput?: boolean;
  /** the inputs were derived from the manifest's own inputs in this run (caseaudit run): no check */
  derived?: boolean;
}

/** Filter cases to a manifest's selection, in the manifest's order; a changed input is refused unless allowed. */
export async function filterByManifest(cases: CaseFile[], manifestFile: string, policy?: SampleInputPolicy): Promise<{ cases: CaseFile[]; changedInput?: SampleInputRecord }> {
  const manifest = await loadManifest(manifestFile);
  // drawn ids missing from the inputs first: the more precise message
  const drawn = selectFromManifest({ schemaVersion: 1, cases, schemes: [], rejects: [], warnings: [] }, manifest, 'cases');
  const changedInput = policy && !policy.derived ? await checkSampleInputs(manifest, manifestFile, policy.inputs, policy.allowChangedInput, manifest.kind === 'cases' ? cases : undefined) : undefined;
  return { cases: drawn, ...(changedInput ? { changedInput } : {}) };
}
