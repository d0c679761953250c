/** The sample manifest: everything a third party needs to re-draw and verify a sample (issue 5). */
import type { RecordKind } from './types.js';

export const MANIFEST_SCHEMA_VERSION = 1;

export interface ManifestStratum {
  key: string;
  population: number;
  /** rate × population as an exact decimal string; null without a rate */
  rateTimesPopulation: string | null;
  /** ceil(rate × population) */
  rateQuota: number;
  /** files of this stratum among the `min` lowest tickets of the frame */
  floorShare: number;
  /** max(rateQuota, floorShare), never more than population */
  quota: number;
}

export interface ManifestSelection {
  id: string;
  stratum: string;
  ticket: number;
}

export interface ManifestExclusion {
  id: string;
  /** missing-date: no date for the period filter; own-unit: a file of the drawing body itself (the province's or the city's own unit) */
  reason: 'missing-date' | 'own-unit';
  /** the unit of an own-unit exclusion */
  unit?: string;
  file: string;
  sheet?: string;
  row?: number;
}

export interface ManifestInput {
  map?: Record<string, string>;
  duplicates?: 'error' | 'reject';
  skipBad?: boolean;
}

export interface RecordsFingerprint {
  count: number;
  /** SHA-256 of the sorted normalised ids, one per line */
  ids: string;
  /** SHA-256 of the records (sorted, keys sorted, without `source`), one JSON line each */
  content: string;
}

export interface Manifest {
  schemaVersion: number;
  toolVersion: string;
  algorithm: string;
  kind: RecordKind;
  seed: string;
  /** 'generated' when no --seed was given and the tool made one */
  seedSource: 'given' | 'generated';
  preset: string | null;
  /** version of the preset (absent: version 1, written before preset versions existed) */
  presetVersion?: number;
  /** canonical decimal string ("0.3"), or null for a floor only */
  rate: string | null;
  min: number | null;
  /** the strata rule (unit, level, city, type, none) */
  stratifyBy: string;
  /** floor per stratum (one per city for province-annual); absent: none */
  stratumMin?: number;
  /**
   * the division table that placed units with no city/level of their own (name and version); absent: city and
   * level strata were read from the records' own fields only (manifests before issue 15)
   */
  divisions?: string;
  /** the frame was limited to one province's or city's units, its own unit excluded */
  scope?: ManifestScope;
  /** units of the frame whose city or level could not be told (unknown or ambiguous name), with their records */
  unplaced?: ManifestUnplaced[];
  filters: {
    period: string | null;
    from: string | null;
    to: string | null;
    dateField: string | null;
    /** records of the kind before filtering */
    records: number;
    /** records whose date lies outside the period */
    outOfPeriod: number;
    /** records without the date (listed in `excluded`) */
    missingDate: number;
    /** records of units outside the scope */
    outOfScope?: number;
    /** records of the scope's own unit (listed in `excluded`, reason own-unit) */
    ownUnit?: number;
    /** records left: the sampling frame */
    frame: number;
  };
  inputs: { path: string; sha256: string }[];
  /** how the inputs were read (mapping, duplicates mode, --skip-bad), so verify reads them the same way */
  input?: ManifestInput;
  /** fingerprint of the records of the drawn kind, format-independent (see records-fingerprint.ts) */
  records?: RecordsFingerprint;
  strata: ManifestStratum[];
  /** in draw order */
  selected: ManifestSelection[];
  excluded: ManifestExclusion[];
  /** commit-then-draw: the commitment the frame was checked against before the draw */
  commitment?: { path: string; sha256: string; idSetHash: string; seedRule: string | null };
  /** where the seed came from (e.g. a lottery result fixed in advance) */
  seedNote?: string;
}

export interface ManifestScope {
  level: 'province' | 'city';
  /** GB/T 2260 code */
  code: string;
  name: string;
}

export interface ManifestUnplaced {
  unit: string;
  problem: 'unknown' | 'ambiguous';
  records: number;
  /** the places an ambiguous name matches */
  candidates?: string[];
}

/**
 * A manifest as a report reads it back: the fields of `Manifest`, any of them absent (a manifest of an earlier
 * version, or a partial one in a test); the analysis reads what is there and says nothing of what is not.
 */
export type ManifestView = Partial<Omit<Manifest, 'filters' | 'strata' | 'selected' | 'excluded' | 'rate' | 'seed'>> & {
  seed?: string | number;
  rate?: string | number | null;
  filters?: Partial<Manifest['filters']>;
  strata?: Pick<ManifestStratum, 'key' | 'population' | 'quota'>[];
  selected?: (Pick<ManifestSelection, 'id'> & Partial<ManifestSelection>)[];
  excluded?: (Pick<ManifestExclusion, 'id'> & Partial<Omit<ManifestExclusion, 'reason'>> & { reason?: string })[];
};
