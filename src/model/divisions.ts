/**
 * Which province, city (设区市) and county an enforcing unit belongs to, and its level, from its name
 * (南昌市应急管理局, 赣州市章贡区应急管理局, 南昌经济技术开发区…) and, where present, the registration
 * division in its unified social credit code (characters 3–8). Exports often carry nothing else.
 */
import { divisionTable, type Division, type DivisionLevel } from './divisions-data.js';

export type { Division, DivisionLevel } from './divisions-data.js';
export { divisionTable } from './divisions-data.js';

export type ResolvedLevel = DivisionLevel | 'unknown';

export interface ResolvedUnit {
  province?: Division;
  city?: Division;
  county?: Division;
  /** the unit's own level: a provincial department (厅), a city bureau, a county (or zone) bureau */
  level: ResolvedLevel;
  /** what decided it */
  via?: 'name' | 'credit-code';
  /** why the level is unknown: nothing matched, or a name found in several places that nothing told apart */
  problem?: 'unknown' | 'ambiguous';
  /** the places an ambiguous name matches */
  candidates?: Division[];
}

export interface ResolveContext {
  /** the province the data belongs to (name, short name or code): decides county names found in several provinces */
  province?: string;
}

// the part of a name that says it is a zone rather than the city's own bureau: 南昌|经济技术开发区
const ZONE = /^(.{0,12}?(?:经济技术开发区|经济开发区|高新技术产业开发区|高新技术产业园区|高新技术开发区|高新区|经开区|开发区|新区|工业园区|产业园区|园区|管理区|示范区|保税区|综合试验区|试验区))/;

/** Resolve a unit's divisions from its name (and credit code). Never throws; an unmatched name is level 'unknown'. */
export function resolveUnit(name: string, creditCode?: string, context: ResolveContext = {}): ResolvedUnit {
  const s = (name ?? '').normalize('NFKC').replace(/\s+/g, '');
  const byName = fromName(s, context);
  const registered = creditDivision(creditCode);
  if (byName.problem === 'ambiguous' && registered) {
    const pick = byName.candidates!.filter((d) => within(d, registered));
    if (pick.length === 1) return { ...complete(pick[0]!, pick[0]!.level), via: 'credit-code' };
  }
  if (byName.level === 'unknown' && byName.problem === 'unknown' && registered) {
    return { ...complete(registered, registered.level), via: 'credit-code' };
  }
  return byName;
}

/** The division named by characters 3–8 of an 18-character unified social credit code (GB 32100), if in the table. */
export function creditDivision(code: string | undefined): Division | undefined {
  const c = (code ?? '').normalize('NFKC').trim().toUpperCase();
  if (!/^[0-9A-Z]{18}$/.test(c)) return undefined;
  const t = divisionTable();
  const area = c.slice(2, 8);
  return t.byCode.get(area) ?? t.byCode.get(`${area.slice(0, 4)}00`) ?? t.byCode.get(`${area.slice(0, 2)}0000`);
}

function within(d: Division, area: Division): boolean {
  const code = area.code!;
  if (area.level === 'province') return d.provinceCode === code;
  if (area.level === 'city') return d.cityCode === code || d.code === code;
  return d.code === code;
}

/** Walk the name from the left: province? city? county? Each step must lie inside the one before. */
function fromName(s: string, context: ResolveContext): ResolvedUnit {
  const t = divisionTable();
  let pos = 0;
  let found: Division[] = [];
  for (;;) {
    const next = matchAt(s, pos, found);
    if (!next) break;
    found = next.divisions;
    pos += next.length;
    if (found[0]!.level === 'county') break;
  }
  if (found.length === 0) return { level: 'unknown', problem: 'unknown' };
  if (found.length > 1 && context.province) {
    const p = provinceOf(context.province);
    if (p) {
      const inside = found.filter((d) => d.provinceCode === p.code);
      if (inside.length) found = inside;
    }
  }
  if (found.length > 1) return { level: 'unknown', problem: 'ambiguous', candidates: found };
  let at = found[0]!;
  let level: DivisionLevel = at.level;
  const zone = at.level !== 'county' ? ZONE.exec(s.slice(pos)) : null;
  if (zone) {
    // 经开区 and 高新区 are the usual short forms of the zones' names: one zone, one stratum
    const zoneName = (s.slice(0, pos) + zone[1]!).replace(/经开区$/, '经济技术开发区').replace(/高新区$/, '高新技术产业开发区');
    const listed = [...t.byCode.values()].find(
      (d) => d.zone && (at.level === 'city' ? d.cityCode === at.code : d.provinceCode === at.code && !d.cityCode) && stripPrefixes(d.name).endsWith(stripPrefixes(zoneName)),
    );
    at = listed ?? {
      code: null,
      name: zoneName,
      level: 'county',
      provinceCode: at.provinceCode,
      ...(at.level === 'city' ? { cityCode: at.code! } : {}),
      zone: true,
    };
    // a zone under a city works like a county; one directly under the province (赣江新区) like a city
    level = at.cityCode ? 'county' : 'city';
  }
  return { ...complete(at, level), via: 'name' };
}

/** Drop leading province and city names: 湖南湘潭高新技术产业园区 → 高新技术产业园区. */
function stripPrefixes(name: string): string {
  const t = divisionTable();
  let s = name;
  for (let again = true; again; ) {
    again = false;
    for (let len = Math.min(t.maxNameLength, s.length - 2); len >= 2; len--) {
      const head = s.slice(0, len);
      if ((t.byName.get(head) ?? t.byShortName.get(head))?.some((d) => d.level !== 'county')) {
        s = s.slice(len);
        again = true;
        break;
      }
    }
  }
  return s;
}

/** The longest division name at `pos` inside one of `parents` (anywhere when none): full names first, then short. */
function matchAt(s: string, pos: number, parents: Division[]): { divisions: Division[]; length: number } | undefined {
  const t = divisionTable();
  const inside = (d: Division) =>
    parents.length === 0 ||
    parents.some((p) => (p.level === 'province' ? d.provinceCode === p.code && d.level !== 'province' : p.level === 'city' ? d.cityCode === p.code : false));
  for (const map of [t.byName, t.byShortName]) {
    for (let len = Math.min(t.maxNameLength, s.length - pos); len >= 2; len--) {
      const hit = map.get(s.slice(pos, pos + len))?.filter(inside);
      if (hit?.length) return { divisions: hit, length: len };
    }
  }
  return undefined;
}

/** A division with its ancestors filled in. */
function complete(d: Division, level: DivisionLevel): ResolvedUnit {
  const t = divisionTable();
  const province = t.byCode.get(d.provinceCode);
  const city = d.level === 'city' ? d : d.cityCode ? t.byCode.get(d.cityCode) : undefined;
  return {
    ...(province ? { province } : {}),
    ...(city ? { city } : {}),
    ...(d.level === 'county' ? { county: d } : {}),
    level,
  };
}

/** A province by full name, short name or 6-digit code. */
export function provinceOf(text: string): Division | undefined {
  const t = divisionTable();
  const s = text.normalize('NFKC').trim();
  const d = t.byCode.get(s) ?? t.byName.get(s)?.find((x) => x.level === 'province') ?? t.byShortName.get(s)?.find((x) => x.level === 'province');
  return d?.level === 'province' ? d : undefined;
}

/** A prefecture-level city (or a county directly under a province) by name, short name or code, optionally inside a province. */
export function cityOf(text: string, province?: Division): Division[] {
  const t = divisionTable();
  const s = text.normalize('NFKC').replace(/\s+/g, '');
  const all = t.byCode.has(s) ? [t.byCode.get(s)!] : [...(t.byName.get(s) ?? []), ...(t.byShortName.get(s) ?? [])];
  return all.filter((d) => (d.level === 'city' || (d.level === 'county' && !d.cityCode)) && (!province || d.provinceCode === province.code));
}

/**
 * The stratum a unit falls in for `--strata city`: its city; a county directly under a province (仙桃市, the
 * districts of a municipality) or a zone directly under a province counts as its own city. Undefined for the
 * province's own unit and for an unknown unit.
 */
export function cityOfUnit(r: ResolvedUnit): Division | undefined {
  if (r.level === 'unknown' || r.level === 'province') return undefined;
  return r.city ?? r.county;
}

const cache = new Map<string, ResolvedUnit>();
function cached(name: string): ResolvedUnit {
  let r = cache.get(name);
  if (!r) {
    r = resolveUnit(name);
    if (cache.size > 50_000) cache.clear();
    cache.set(name, r);
  }
  return r;
}

/** The sort key of a resolved unit: province, then its own unit, then cities in code order, each followed by its counties. */
export function administrativeKey(r: ResolvedUnit): string[] {
  if (r.level === 'unknown') return ['\u{10FFFF}'];
  const p = r.province?.code ?? '';
  if (r.level === 'province') return [p, ''];
  const city = r.city?.code ?? r.county?.code ?? '\u{10FFFF}';
  if (r.level === 'city' && !r.county) return [p, city, ''];
  if (r.level === 'city') return [p, r.county?.code ?? `~${r.county?.name ?? ''}`, ''];
  const own = r.county?.code ?? `~${r.county?.name ?? ''}`; // zones without a code after the listed counties
  return [p, r.city ? city : own, r.city ? own : ''];
}

function compareKeys(ka: string[], kb: string[], a: string, b: string): number {
  for (let i = 0; i < Math.max(ka.length, kb.length); i++) {
    const x = ka[i] ?? '';
    const y = kb[i] ?? '';
    if (x !== y) return x < y ? -1 : 1;
  }
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Order unit names administratively: province; its cities in division-code order, each city's bureau before its counties; unknown units last. Ties by name. */
export function compareUnitsAdministrative(a: string, b: string): number {
  return compareKeys(administrativeKey(cached(a)), administrativeKey(cached(b)), a, b);
}

/**
 * The same order for the units of one dataset, read together (resolveUnits): a county name found in several
 * provinces (西湖区) is placed inside the province most of these units lie in instead of going last.
 */
export function unitComparator(units: Iterable<string>, province?: string): (a: string, b: string) => number {
  const res = resolveUnits(units, province);
  const key = (u: string) => administrativeKey(res.units.get(u.trim()) ?? cached(u));
  return (a, b) => compareKeys(key(a), key(b), a, b);
}

export interface UnitResolution {
  /** unit name as written → its divisions */
  units: Map<string, ResolvedUnit>;
  /** the province the units belong to: given, or the one most resolved units lie in */
  province?: Division;
  /** units whose divisions are unknown or ambiguous, with how many records name them */
  problems: { unit: string; problem: 'unknown' | 'ambiguous'; records: number; candidates?: string[] }[];
}

/**
 * Resolve every unit of a dataset at once. The province (when not given) is the one most units resolve to;
 * names found in several provinces (西湖区, 鼓楼区) are then read inside it.
 */
export function resolveUnits(names: Iterable<string | undefined>, province?: string): UnitResolution {
  const counts = new Map<string, number>();
  for (const n of names) {
    const k = (n ?? '').trim();
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  const first = new Map([...counts.keys()].map((n) => [n, resolveUnit(n)] as const));
  let context = province ? provinceOf(province) : undefined;
  if (!context) {
    const votes = new Map<string, number>();
    for (const [n, r] of first) if (r.province) votes.set(r.province.code!, (votes.get(r.province.code!) ?? 0) + counts.get(n)!);
    const best = [...votes.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0];
    if (best) context = divisionTable().byCode.get(best[0]);
  }
  const units = new Map<string, ResolvedUnit>();
  const problems: UnitResolution['problems'] = [];
  for (const [n, r0] of first) {
    const r = r0.problem === 'ambiguous' && context ? resolveUnit(n, undefined, { province: context.code! }) : r0;
    units.set(n, r);
    if (r.problem) {
      problems.push({
        unit: n,
        problem: r.problem,
        records: counts.get(n)!,
        ...(r.candidates ? { candidates: r.candidates.map((d) => placeName(d)) } : {}),
      });
    }
  }
  problems.sort((a, b) => (a.unit < b.unit ? -1 : a.unit > b.unit ? 1 : 0));
  return { units, ...(context ? { province: context } : {}), problems };
}

/** A division with its parents: 江西省南昌市进贤县. */
export function placeName(d: Division): string {
  const t = divisionTable();
  const parts = [t.byCode.get(d.provinceCode)?.name, d.cityCode ? t.byCode.get(d.cityCode)?.name : undefined, d.level !== 'province' && d.code !== d.cityCode ? d.name : undefined];
  return [...new Set(parts.filter(Boolean))].join('');
}
