/**
 * Do the inputs given to a command that reviews a drawn sample (`score`/`worksheet`/`schemes --sample`) have the
 * content the sample was drawn from? The manifest records each input's SHA-256; a dataset edited, replaced or
 * re-exported since the draw is refused unless `--allow-changed-input`, which the results then record.
 */
import { UsageError } from '../errors.js';
import { tr } from '../i18n.js';
import type { Manifest } from '../model/manifest.js';
import type { CaseFile, Scheme } from '../model/types.js';
import { hashInputs } from './run.js';
import { recordsFingerprint } from './records-fingerprint.js';

/** What the results record when a changed input was allowed. */
export interface SampleInputRecord {
  manifest: string;
  allowedChangedInput: true;
  /** inputs whose content is not among the manifest's (path and SHA-256), and manifest inputs not given */
  changed: { path: string; sha256: string; was: 'given-now' | 'drawn-from' }[];
}

/**
 * Compare the inputs' hashes with the manifest's (by content: a moved or renamed file is the same input).
 * Equal: undefined. Different: a UsageError (exit 2) naming them, or with `allow`, the record for the results.
 */
export async function checkSampleInputs(manifest: Manifest, manifestFile: string, inputs: string[], allow: boolean | undefined, records?: (CaseFile | Scheme)[]): Promise<SampleInputRecord | undefined> {
  const now = await hashInputs(inputs);
  const then = new Set(manifest.inputs.map((i) => i.sha256));
  const nowSet = new Set(now.map((i) => i.sha256));
  const changed: SampleInputRecord['changed'] = [
    ...now.filter((i) => !then.has(i.sha256)).map((i) => ({ ...i, was: 'given-now' as const })),
    ...manifest.inputs.filter((i) => !nowSet.has(i.sha256)).map((i) => ({ ...i, was: 'drawn-from' as const })),
  ];
  if (!changed.length) return undefined;
  // the same cases in another file (CSV instead of .xlsx, a JSON import of it): the records' fingerprint matches
  if (records && manifest.records) {
    const fp = recordsFingerprint(records);
    if (fp.ids === manifest.records.ids && fp.content === manifest.records.content) return undefined;
  }
  if (allow) return { manifest: manifestFile, allowedChangedInput: true, changed };
  const list = changed.map((c) => (c.was === 'given-now' ? tr(`现输入 ${c.path}（SHA-256 ${c.sha256.slice(0, 12)}…）不在抽样时的输入中`, `input ${c.path} (SHA-256 ${c.sha256.slice(0, 12)}…) is not one the sample was drawn from`) : tr(`抽样时的输入 ${c.path}（SHA-256 ${c.sha256.slice(0, 12)}…）未给出或已改变`, `drawn-from input ${c.path} (SHA-256 ${c.sha256.slice(0, 12)}…) is missing or changed`)));
  throw new UsageError(tr(`输入与抽样清单 ${manifestFile} 记录的不同：抽样后数据已改变`, `the inputs differ from those recorded in the manifest ${manifestFile}: the data changed after the draw`), {
    location: { file: manifestFile, path: '$.inputs' },
    details: list,
    hint: tr(
      '请使用抽样时的输入文件；可用 caseaudit verify 核对。确需使用改变后的数据时加 --allow-changed-input（结果中会记录）',
      'use the inputs the sample was drawn from (check with caseaudit verify); to go on with the changed data pass --allow-changed-input (recorded in the results)',
    ),
  });
}
