/** The synthetic province: 江西省应急管理厅, 11 city bureaus, two county bureaus per city. */

/** [city, case-number prefix, region code, urban districts, [county, code] × 2, industry weights] */
const CITIES = [
  ['南昌', '洪', '360100', ['青山湖区', '新建区', '经济技术开发区'], [['南昌县', '360121'], ['进贤县', '360124']], { 危险化学品: 3, 工贸: 4, 建筑施工: 3 }],
  ['景德镇', '景', '360200', ['珠山区', '昌江区'], [['浮梁县', '360222'], ['乐平市', '360281']], { 工贸: 4, 粉尘涉爆: 2, 危险化学品: 2 }],
  ['萍乡', '萍', '360300', ['安源区', '湘东区'], [['上栗县', '360322'], ['莲花县', '360321']], { 烟花爆竹: 5, 非煤矿山: 2, 工贸: 2 }],
  ['九江', '浔', '360400', ['濂溪区', '浔阳区', '湖口县金砂湾工业园'], [['瑞昌市', '360481'], ['修水县', '360424']], { 危险化学品: 5, 非煤矿山: 2, 冶金: 1 }],
  ['新余', '新', '360500', ['仙女湖区', '高新技术开发区'], [['分宜县', '360521'], ['渝水区', '360502']], { 冶金: 5, 有限空间: 2, 工贸: 2 }],
  ['鹰潭', '鹰', '360600', ['月湖区', '信江新区'], [['贵溪市', '360681'], ['余江区', '360603']], { 冶金: 4, 危险化学品: 2, 工贸: 2 }],
  ['赣州', '虔', '360700', ['章贡区', '南康区', '赣县区'], [['瑞金市', '360781'], ['于都县', '360731']], { 非煤矿山: 5, 粉尘涉爆: 3, 工贸: 2 }],
  ['吉安', '吉', '360800', ['吉州区', '青原区'], [['吉安县', '360821'], ['永丰县', '360825']], { 非煤矿山: 2, 工贸: 3, 有限空间: 2 }],
  ['宜春', '宜', '360900', ['袁州区', '宜阳新区'], [['丰城市', '360981'], ['樟树市', '360982']], { 危险化学品: 3, 非煤矿山: 2, 有限空间: 2 }],
  ['抚州', '抚', '361000', ['临川区', '高新技术产业开发区'], [['南城县', '361021'], ['东乡区', '361003']], { 工贸: 3, 粉尘涉爆: 2, 建筑施工: 2 }],
  ['上饶', '饶', '361100', ['信州区', '广丰区'], [['鄱阳县', '361128'], ['玉山县', '361123']], { 烟花爆竹: 2, 非煤矿山: 2, 工贸: 3 }],
];

const ALL_INDUSTRIES = ['危险化学品', '非煤矿山', '烟花爆竹', '冶金', '粉尘涉爆', '有限空间', '工贸', '建筑施工'];

function weights(extra) {
  return ALL_INDUSTRIES.map((i) => [i, 1 + (extra[i] ?? 0)]);
}

/** Every enforcing unit with what the generator needs to write its records. */
export function buildUnits() {
  const units = [{
    name: '江西省应急管理厅', level: 'province', city: undefined, prefix: '（赣）', region: '360000',
    place: '南昌', places: ['南昌市青山湖区', '九江市濂溪区', '赣州市章贡区', '宜春市袁州区'], industries: weights({ 危险化学品: 3, 非煤矿山: 2, 冶金: 2 }),
  }];
  for (const [city, short, region, districts, counties, ind] of CITIES) {
    units.push({
      name: `${city}市应急管理局`, level: 'city', city: `${city}市`, prefix: short, region,
      place: city, places: districts.map((d) => `${city}市${d}`), industries: weights(ind),
    });
    for (const [county, code] of counties) {
      const stem = county.replace(/(县|市|区)$/, '');
      units.push({
        name: `${county}应急管理局`, level: 'county', city: `${city}市`, prefix: county.endsWith('县') ? county.slice(0, -1) : stem,
        region: code, place: stem, places: [`${city}市${county}`], industries: weights(ind),
      });
    }
  }
  return units;
}
