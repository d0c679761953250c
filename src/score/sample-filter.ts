/** Keep the case files a sample manifest drew, via the sampling stage (verified manifest, missing ids are errors). */
import { loadManifest, selectFromManifest } from '../sample/index.js';
import type { CaseFile } from '../model/types.js';

/** Filter cases to a manifest's selection, in the manifest's order. */
export async function filterByManifest(cases: CaseFile[], manifestFile: string): Promise<CaseFile[]> {
  const manifest = await loadManifest(manifestFile);
  return selectFromManifest({ schemaVersion: 1, cases, schemes: [], rejects: [], warnings: [] }, manifest, 'cases');
}
