/** Units in administrative order: the province's department first, then cities, then counties and districts, unknown last. */
import { describe, expect, it } from 'vitest';
import { byUnit, compareUnits, unitLevel } from '../../src/report/unit-order.js';

describe('unit order', () => {
  it('puts the province first, then cities, then counties and districts, the unnamed last', () => {
    const units = ['上栗县应急管理局', '', '萍乡市应急管理局', '江西省应急管理厅', '渝水区应急管理局', '南昌市应急管理局', '某工业园区管委会安监办'];
    const sorted = [...units].sort(compareUnits);
    expect(sorted[0]).toBe('江西省应急管理厅');
    expect(sorted.slice(1, 3).sort()).toEqual(['南昌市应急管理局', '萍乡市应急管理局'].sort());
    expect(sorted.at(-1)).toBe('');
    expect(sorted.indexOf('上栗县应急管理局')).toBeGreaterThan(sorted.indexOf('萍乡市应急管理局'));
    expect(sorted.indexOf('渝水区应急管理局')).toBeGreaterThan(sorted.indexOf('南昌市应急管理局'));
  });

  it('reads the level from the name', () => {
    expect(unitLevel('江西省应急管理厅')).toBe(0);
    expect(unitLevel('九江市应急管理局')).toBe(1);
    expect(unitLevel('南昌县应急管理局')).toBe(2);
    expect(unitLevel('东乡区应急管理局')).toBe(2);
    expect(unitLevel('')).toBe(4);
  });

  it('is a total order and byUnit keeps equal units in their order', () => {
    const list = [
      { u: '南昌市应急管理局', n: 1 },
      { u: '江西省应急管理厅', n: 2 },
      { u: '南昌市应急管理局', n: 3 },
    ];
    expect(byUnit(list, (x) => x.u).map((x) => x.n)).toEqual([2, 1, 3]);
    expect(compareUnits('a', 'b')).toBe(-compareUnits('b', 'a'));
  });
});
