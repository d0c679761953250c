/** Units in administrative order: the province's department first, then cities, then counties and districts, unknown last. */
import { describe, expect, it } from 'vitest';
import { byUnit, compareUnits, compareUnitsByName, unitLevel } from '../../src/report/unit-order.js';

describe('unit order', () => {
  it('puts the province first, then each city in division-code order with its counties, unknown units after, the unnamed last', () => {
    const units = ['上栗县应急管理局', '', '萍乡市应急管理局', '新余市应急管理局', '江西省应急管理厅', '渝水区应急管理局', '南昌市应急管理局', '南昌县应急管理局', '某某开发区安监办'];
    // 南昌 3601 (南昌县 360121), 萍乡 3603 (上栗县 360322), 新余 3605 (渝水区 360502)
    expect([...units].sort(compareUnits)).toEqual(['江西省应急管理厅', '南昌市应急管理局', '南昌县应急管理局', '萍乡市应急管理局', '上栗县应急管理局', '新余市应急管理局', '渝水区应急管理局', '某某开发区安监办', '']);
    expect(byUnit(units, (u) => u)).toEqual([...units].sort(compareUnits));
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
    expect(compareUnitsByName('江西省应急管理厅', '九江市应急管理局')).toBeLessThan(0);
    expect(compareUnits('a', 'b')).toBe(-compareUnits('b', 'a'));
  });
});
