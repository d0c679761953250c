/**
 * A fingerprint of a set of records that does not depend on the file they came from: the same cases exported as
 * .xlsx, .xls, CSV or JSON give the same fingerprint. Records are compared without `source` (file, sheet, row),
 * with object keys sorted, in the order of their normalised ids.
 */
import { createHash } from 'node:crypto';
import { caseIdKey } from '../model/keys.js';
import type { RecordsFingerprint } from '../model/manifest.js';
import type { CaseFile, Scheme } from '../model/types.js';

/** A plain object's keys in sorted order (arrays and values left as they are), for JSON.stringify. */
function sortedKeys(_key: string, value: unknown): unknown {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return value;
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(value as object).sort()) out[k] = (value as Record<string, unknown>)[k];
  return out;
}

/** JSON with object keys sorted at every level (arrays keep their order; undefined members dropped, as JSON does). */
function canonical(value: unknown): string {
  return JSON.stringify(value, sortedKeys);
}

/** Fingerprint records: count, hash of the sorted id keys, hash of the provenance-free records in id order. */
export function recordsFingerprint(records: (CaseFile | Scheme)[]): RecordsFingerprint {
  const rows = records.map((r) => {
    const { source: _source, ...rest } = r;
    return { key: caseIdKey(r.id), text: canonical(rest) };
  });
  rows.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.text < b.text ? -1 : a.text > b.text ? 1 : 0));
  const ids = createHash('sha256');
  const content = createHash('sha256');
  for (const r of rows) {
    ids.update(`${r.key}\n`);
    content.update(`${r.text}\n`);
  }
  return { count: rows.length, ids: ids.digest('hex'), content: content.digest('hex') };
}
