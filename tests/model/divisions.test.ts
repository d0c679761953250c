import { describe, it, expect } from 'vitest';
import { cityOfUnit, compareUnitsAdministrative, creditDivision, resolveUnit, resolveUnits, unitComparator } from '../../src/model/divisions.js';

// Codes from GB/T 2260 (民政部 行政区划代码): 360000 江西省, 360100 南昌市, 360124 进贤县, 360121 南昌县, 360702 章贡区,
// 360781 瑞金市, 430000 湖南省, 430100 长沙市, 440106 广州市天河区, 110105 北京市朝阳区, 429004 仙桃市 (直辖县级).
const at = (name: string, code?: string) => {
  const r = resolveUnit(name, code);
  return { level: r.level, province: r.province?.code, city: r.city?.code, county: r.county?.code ?? r.county?.name, problem: r.problem };
};

describe('resolveUnit', () => {
  it('reads the level and places of Jiangxi units from their names alone', () => {
    expect(at('江西省应急管理厅')).toEqual({ level: 'province', province: '360000', city: undefined, county: undefined, problem: undefined });
    expect(at('南昌市应急管理局')).toMatchObject({ level: 'city', province: '360000', city: '360100', county: undefined });
    expect(at('进贤县应急管理局')).toMatchObject({ level: 'county', province: '360000', city: '360100', county: '360124' });
    expect(at('南昌县应急管理局')).toMatchObject({ level: 'county', city: '360100', county: '360121' }); // not 南昌市
    expect(at('赣州市章贡区应急管理局')).toMatchObject({ level: 'county', city: '360700', county: '360702' });
    expect(at('瑞金市应急管理局')).toMatchObject({ level: 'county', city: '360700', county: '360781' }); // county-level city
    expect(at('江西省南昌市进贤县应急管理局')).toMatchObject({ level: 'county', county: '360124' });
  });

  it('puts development zones under their city as county-level units', () => {
    expect(at('南昌经济技术开发区应急管理局')).toMatchObject({ level: 'county', city: '360100', county: '南昌经济技术开发区' });
    expect(at('南昌经开区应急管理局')).toMatchObject({ level: 'county', city: '360100', county: '南昌经济技术开发区' });
    expect(at('南昌高新区应急管理局')).toMatchObject({ level: 'county', city: '360100', county: '南昌高新技术产业开发区' });
    // a zone listed with a statistical code (湖南湘潭高新技术产业园区 430371)
    expect(at('湘潭高新技术产业园区应急管理局')).toMatchObject({ level: 'county', city: '430300', county: '430371' });
  });

  it('covers the whole country, not only Jiangxi', () => {
    expect(at('湖南省应急管理厅')).toMatchObject({ level: 'province', province: '430000' });
    expect(at('长沙市应急管理局')).toMatchObject({ level: 'city', city: '430100' });
    expect(at('广州市天河区应急管理局')).toMatchObject({ level: 'county', city: '440100', county: '440106' });
    expect(at('北京市朝阳区应急管理局')).toMatchObject({ level: 'county', province: '110000', city: undefined, county: '110105' });
    expect(at('仙桃市应急管理局')).toMatchObject({ level: 'county', province: '420000', city: undefined, county: '429004' });
    expect(at('湘西土家族苗族自治州应急管理局')).toMatchObject({ level: 'city', city: '433100' });
    expect(at('吉林市应急管理局')).toMatchObject({ level: 'city', province: '220000', city: '220200' });
  });

  it('says unknown or ambiguous instead of guessing', () => {
    expect(at('某某化工有限公司')).toMatchObject({ level: 'unknown', problem: 'unknown' });
    const r = resolveUnit('西湖区应急管理局'); // 南昌市西湖区 360103 and 杭州市西湖区 330106
    expect(r).toMatchObject({ level: 'unknown', problem: 'ambiguous' });
    expect(r.candidates!.map((d) => d.code).sort()).toEqual(['330106', '360103']);
    expect(resolveUnit('西湖区应急管理局', undefined, { province: '江西' }).city?.code).toBe('360100');
    expect(resolveUnit('西湖区应急管理局', undefined, { province: '浙江省' }).city?.code).toBe('330100');
  });

  it('uses characters 3–8 of the credit code as the registration division', () => {
    expect(creditDivision('11360124MB1234567X')?.code).toBe('360124');
    expect(creditDivision('113601')).toBeUndefined();
    expect(resolveUnit('西湖区应急管理局', '11360103MB1234567X')).toMatchObject({ level: 'county', via: 'credit-code' });
    expect(resolveUnit('西湖区应急管理局', '11330106MB1234567X').city?.code).toBe('330100');
    expect(resolveUnit('本局', '11360100MB1234567X')).toMatchObject({ level: 'city', via: 'credit-code' });
  });

  it('names the city stratum: counties directly under a province count as their own city', () => {
    expect(cityOfUnit(resolveUnit('进贤县应急管理局'))?.name).toBe('南昌市');
    expect(cityOfUnit(resolveUnit('仙桃市应急管理局'))?.name).toBe('仙桃市');
    expect(cityOfUnit(resolveUnit('江西省应急管理厅'))).toBeUndefined();
  });
});

describe('resolveUnits', () => {
  it('reads ambiguous names inside the province most units belong to, and lists what stays unresolved', () => {
    const res = resolveUnits(['南昌市应急管理局', '进贤县应急管理局', '西湖区应急管理局', '鼓楼区应急管理局', '某单位', '某单位']);
    expect(res.province?.code).toBe('360000');
    expect(res.units.get('西湖区应急管理局')?.city?.code).toBe('360100');
    expect(res.problems).toEqual([
      { unit: '某单位', problem: 'unknown', records: 2 },
      { unit: '鼓楼区应急管理局', problem: 'ambiguous', records: 1, candidates: ['江苏省南京市鼓楼区', '江苏省徐州市鼓楼区', '福建省福州市鼓楼区', '河南省开封市鼓楼区'] },
    ]);
  });
});

describe('compareUnitsAdministrative', () => {
  it('orders province, then cities by code each followed by its counties, unknown last', () => {
    const units = ['某单位', '赣州市章贡区应急管理局', '进贤县应急管理局', '赣州市应急管理局', '南昌经开区应急管理局', '江西省应急管理厅', '南昌市应急管理局', '南昌县应急管理局', '瑞金市应急管理局'];
    expect([...units].sort(compareUnitsAdministrative)).toEqual([
      '江西省应急管理厅',
      '南昌市应急管理局',
      '南昌县应急管理局', // 360121
      '进贤县应急管理局', // 360124
      '南昌经开区应急管理局', // a zone without a code: after the listed counties
      '赣州市应急管理局',
      '赣州市章贡区应急管理局', // 360702
      '瑞金市应急管理局', // 360781
      '某单位',
    ]);
  });

  it('with the units of one dataset, places an ambiguous district inside the data’s province', () => {
    const units = ['西湖区应急管理局', '南昌县应急管理局', '南昌市应急管理局', '九江市应急管理局', '某单位'];
    expect([...units].sort(compareUnitsAdministrative)).toEqual(['南昌市应急管理局', '南昌县应急管理局', '九江市应急管理局', '某单位', '西湖区应急管理局']);
    // 南昌市西湖区 is 360103: after the city bureau, before 南昌县 (360121)
    expect([...units].sort(unitComparator(units))).toEqual(['南昌市应急管理局', '西湖区应急管理局', '南昌县应急管理局', '九江市应急管理局', '某单位']);
  });
});

describe('placeRecords', () => {
  it('places a unit its name cannot place by the credit code of the enforcing unit (双公示 处罚机关统一社会信用代码)', async () => {
    const { placeRecords } = await import('../../src/model/divisions-places.js');
    const rec = (unit: string, unitCreditCode?: string) => ({ id: unit, unit, ...(unitCreditCode ? { unitCreditCode } : {}), source: { file: 'x' } });
    const records = [rec('鼓楼区应急管理局', '11350102MB0000000X'), rec('南昌市应急管理局'), rec('鼓楼区应急管理局')];
    const placed = placeRecords(records);
    expect(placed.of(records[0]!)).toMatchObject({ provinceCode: '350000', cityCode: '350100', city: '福州市', level: 'county' });
    expect(placed.unplaced).toEqual([]);
    expect(placeRecords([rec('鼓楼区应急管理局')]).unplaced).toMatchObject([{ unit: '鼓楼区应急管理局', problem: 'ambiguous' }]);
  });
});
