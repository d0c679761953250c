/**
 * The order units are listed in: administrative order from the division data of the sampling work
 * (src/model/divisions.ts) — the province first, then each city in division-code order followed by its
 * counties and districts — with units not recognised after them and the unnamed ('') last. `unitLevel` is
 * the name-only reading kept for callers without the division data.
 */
import { compareUnitsAdministrative, unitComparator } from '../model/divisions.js';

const collator = new Intl.Collator('zh-Hans-CN-u-co-pinyin');

/** 0 province, 1 city (设区市), 2 county or district, 3 other, 4 not stated. */
export function unitLevel(unit: string): number {
  if (!unit) return 4;
  if (/省.*(厅|局)|自治区.*(厅|局)/.test(unit) && !/[市县区]/.test(unit.replace(/^.*?(省|自治区)/, ''))) return 0;
  const rest = unit.replace(/^.*?(省|自治区)/, '');
  if (/^[^县区]{1,8}市(应急管理局|.*局)/.test(rest) && !/市.+[县区]/.test(rest)) return /县|区/.test(rest.split('市')[0]!) ? 2 : 1;
  if (/[县区旗]|县级市/.test(rest)) return 2;
  return 3;
}

/** The name-only order (level, then pinyin): for names the division data cannot place. */
export function compareUnitsByName(a: string, b: string): number {
  return unitLevel(a) - unitLevel(b) || collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);
}

/** '' (unit not stated) after every named unit. */
function unnamedLast(cmp: (a: string, b: string) => number): (a: string, b: string) => number {
  return (a, b) => (a === '' || b === '' ? (a === '' ? 1 : 0) - (b === '' ? 1 : 0) : cmp(a, b));
}

/** Compare two unit names in administrative order (a total order). */
export const compareUnits = unnamedLast(compareUnitsAdministrative);

/** A copy of a list sorted by unit in administrative order, the units read together (stable for equal units). */
export function byUnit<T>(list: readonly T[], unitOf: (x: T) => string | undefined): T[] {
  const cmp = unnamedLast(unitComparator(new Set(list.map((x) => unitOf(x) ?? '').filter(Boolean))));
  return list
    .map((x, i) => ({ x, i, u: unitOf(x) ?? '' }))
    .sort((p, q) => cmp(p.u, q.u) || p.i - q.i)
    .map((p) => p.x);
}
