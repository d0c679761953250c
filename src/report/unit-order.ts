/**
 * The order units are listed in: administrative order — the province first, then cities, then counties and
 * districts — with units not recognised last. One function, so the report can switch to the division data
 * (`compareUnitsAdministrative` of src/model/divisions.ts) without touching any table.
 */
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

/** Compare two unit names in administrative order; a total order (ties broken by pinyin, then code point). */
export function compareUnits(a: string, b: string): number {
  return unitLevel(a) - unitLevel(b) || collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);
}

/** A copy of a list sorted by unit in administrative order (stable for equal units). */
export function byUnit<T>(list: readonly T[], unitOf: (x: T) => string | undefined): T[] {
  return list
    .map((x, i) => ({ x, i }))
    .sort((p, q) => compareUnits(unitOf(p.x) ?? '', unitOf(q.x) ?? '') || p.i - q.i)
    .map((p) => p.x);
}
