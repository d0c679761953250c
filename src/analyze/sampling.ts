/** The draw as the report states it (抽样情况): rule, frame, every class of record left out, strata and quotas. */
import type { SampleManifest } from './types.js';

export interface SamplingInfo {
  preset?: string;
  presetVersion?: number;
  rate?: string;
  min?: number;
  stratumMin?: number;
  strata?: string;
  period?: string;
  dateField?: string;
  scope?: string;
  /** records of the kind and the frame (absent when the manifest does not say) */
  records?: number;
  frame?: number;
  drawn: number;
  /** every class of record that did not enter the frame, with its count (0s omitted) */
  leftOut: { reason: 'out-of-period' | 'missing-date' | 'out-of-scope' | 'own-unit'; records: number; units?: string[] }[];
  /** units the division table could not place */
  unplaced: { unit: string; problem: string; records: number }[];
  byStratum: { key: string; population: number; quota: number }[];
}

const num = (v: unknown) => (typeof v === 'number' ? v : 0);

/** Read the sampling facts out of a manifest (loosely typed: reports also take manifests of other tools' versions). */
export function samplingInfo(m: SampleManifest): SamplingInfo {
  const f = (m.filters ?? {}) as Record<string, unknown>;
  const excluded = Array.isArray(m.excluded) ? (m.excluded as { reason?: string; unit?: string }[]) : [];
  const ownUnits = [...new Set(excluded.filter((e) => e.reason === 'own-unit').map((e) => e.unit ?? ''))].filter(Boolean);
  const leftOut: SamplingInfo['leftOut'] = [
    { reason: 'out-of-period' as const, records: num(f.outOfPeriod) },
    { reason: 'missing-date' as const, records: num(f.missingDate) },
    { reason: 'out-of-scope' as const, records: num(f.outOfScope) },
    { reason: 'own-unit' as const, records: num(f.ownUnit), ...(ownUnits.length ? { units: ownUnits } : {}) },
  ].filter((x) => x.records > 0);
  const strata = Array.isArray(m.strata) ? m.strata : [];
  const scope = m.scope as { name?: string } | undefined;
  const info: SamplingInfo = {
    ...(typeof f.records === 'number' ? { records: f.records } : {}),
    ...(typeof f.frame === 'number' ? { frame: f.frame } : {}),
    drawn: m.selected?.length ?? 0,
    leftOut,
    unplaced: Array.isArray(m.unplaced) ? (m.unplaced as SamplingInfo['unplaced']) : [],
    byStratum: strata.map((s) => ({ key: s.key, population: s.population, quota: s.quota })),
  };
  if (m.preset) info.preset = m.preset;
  if (typeof m.presetVersion === 'number') info.presetVersion = m.presetVersion;
  if (m.rate !== undefined && m.rate !== null) info.rate = String(m.rate);
  if (typeof m.min === 'number') info.min = m.min;
  if (typeof m.stratumMin === 'number') info.stratumMin = m.stratumMin;
  if (typeof m.stratifyBy === 'string') info.strata = m.stratifyBy;
  if (typeof f.period === 'string') info.period = f.period;
  if (typeof f.dateField === 'string') info.dateField = f.dateField;
  if (scope?.name) info.scope = scope.name;
  return info;
}
