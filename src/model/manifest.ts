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
  reason: 'missing-date';
  file: string;
  sheet?: string;
  row?: number;
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
  /** canonical decimal string ("0.3"), or null for a floor only */
  rate: string | null;
  min: number | null;
  /** the strata rule (unit, level, city, type, none) */
  stratifyBy: string;
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
    /** records left: the sampling frame */
    frame: number;
  };
  inputs: { path: string; sha256: string }[];
  strata: ManifestStratum[];
  /** in draw order */
  selected: ManifestSelection[];
  excluded: ManifestExclusion[];
}
