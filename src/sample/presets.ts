/** Sampling presets: data in templates/presets/<id>.json, so a province can change rates without code. */
import { readdirSync, existsSync } from 'node:fs';
import { ConfigError, UsageError } from '../errors.js';
import { tr, type LocalText } from '../i18n.js';
import { readTemplateJson, templatePath } from '../util/paths.js';
import { STRATA_KINDS, type StrataKind } from './strata.js';
import { parseRate } from './rate.js';
import type { RecordKind } from '../ingest/types.js';
import { CASE_PERIOD_DATES, type CasePeriodDate } from './period.js';

export interface Preset {
  id: string;
  /** raised whenever the preset draws differently; recorded in manifests (absent in the file: 1) */
  version: number;
  title: LocalText;
  /** the rule the preset implements, quoted from its source */
  basis: string;
  kind: RecordKind;
  /** decimal or percent string, or null for a floor only */
  rate: string | null;
  min: number | null;
  strata: StrataKind;
  period: 'half-year' | 'year';
  /** cases: the date that places a file in the period (default decided) */
  periodDate?: CasePeriodDate;
  /** place units by the division table when the records carry no city/level (province/city draws) */
  divisions?: boolean;
  /** at least this many files from every stratum (province-annual: one per city) */
  stratumMin?: number;
  /** limit the frame to one province's or city's units (--scope, else the data's), its own unit excluded */
  scope?: 'province' | 'city';
}

/** Ids of the bundled presets, sorted. */
export function presetIds(): string[] {
  return readdirSync(templatePath('presets'))
    .filter((f) => f.endsWith('.json'))
    .map((f) => f.slice(0, -5))
    .sort();
}

/** Load and check one preset by id. */
export function loadPreset(id: string): Preset {
  const file = templatePath('presets', `${id}.json`);
  if (!/^[a-z0-9-]+$/.test(id) || !existsSync(file)) {
    throw new UsageError(tr(`未知的抽样预设：${id}`, `unknown sampling preset: ${id}`), { hint: `--preset ${presetIds().join('|')}` });
  }
  const p = readTemplateJson<Preset>('presets', `${id}.json`);
  const bad = (what: string) =>
    new ConfigError(tr(`抽样预设 ${file} 无效：${what}`, `sampling preset ${file} is invalid: ${what}`), { location: { file } });
  if (p.id !== id) throw bad(`id must be "${id}"`);
  if (p.kind !== 'cases' && p.kind !== 'schemes') throw bad('kind must be "cases" or "schemes"');
  if (p.rate !== null && typeof p.rate !== 'string') throw bad('rate must be a string such as "30%" or null');
  if (p.rate !== null) parseRate(p.rate);
  if (p.min !== null && !(Number.isInteger(p.min) && p.min > 0)) throw bad('min must be a positive integer or null');
  if (p.rate === null && p.min === null) throw bad('needs a rate, a min, or both');
  if (!(STRATA_KINDS as readonly string[]).includes(p.strata)) throw bad(`strata must be one of ${STRATA_KINDS.join(', ')}`);
  if (p.period !== 'half-year' && p.period !== 'year') throw bad('period must be "half-year" or "year"');
  if (p.version === undefined) p.version = 1;
  if (!(Number.isInteger(p.version) && p.version >= 1)) throw bad('version must be a positive integer');
  if (p.periodDate !== undefined && !(CASE_PERIOD_DATES as readonly string[]).includes(p.periodDate)) throw bad(`periodDate must be one of ${CASE_PERIOD_DATES.join(', ')}`);
  if (p.periodDate !== undefined && p.kind !== 'cases') throw bad('periodDate is for case files only');
  if (p.divisions !== undefined && typeof p.divisions !== 'boolean') throw bad('divisions must be true or false');
  if (p.stratumMin !== undefined && !(Number.isInteger(p.stratumMin) && p.stratumMin > 0)) throw bad('stratumMin must be a positive integer');
  if (p.scope !== undefined && p.scope !== 'province' && p.scope !== 'city') throw bad('scope must be "province" or "city"');
  if (p.scope !== undefined && !p.divisions) throw bad('a scope needs "divisions": true');
  return p;
}
