import { describe, it, expect } from 'vitest';
import rule from '../../src/schemes/rules/key-items-missing.js';
import { resolveIndustries, readIndustry, keyItemCoverage, loadKeyItems } from '../../src/schemes/key-items.js';
import { cleanScheme, context, keyItems } from './rule-tester.js';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { tmpDir } from '../helpers/cli.js';
import { ConfigError } from '../../src/errors.js';

describe('the verdict names the industry used', () => {
  it('工贸（粉尘涉爆） is reported as 粉尘涉爆, never as 工贸', () => {
    const out = rule.check(cleanScheme({ industry: '工贸（粉尘涉爆）', items: ['相关方管理'] }), context()) as unknown as { params: { industry: { zh: string } } }[];
    expect(out[0]!.params.industry.zh).toBe('粉尘涉爆');
  });
});

describe('industry aliases', () => {
  const ids = (name: string) => resolveIndustries(name, keyItems).map((i) => i.id);
  it('maps the names seen in exports to canonical industries', () => {
    expect(ids('危险化学品生产')).toEqual(['hazardous-chemicals']);
    expect(ids('危化')).toEqual(['hazardous-chemicals']);
    expect(ids('化工')).toEqual(['hazardous-chemicals']);
    expect(ids('烟花爆竹批发')).toEqual(['fireworks']);
    expect(ids('受限空间')).toEqual(['confined-spaces']);
    expect(ids('液氨制冷')).toEqual(['ammonia-refrigeration']);
    expect(ids('冶金')).toEqual(['metallurgy']);
    expect(ids('有色金属冶炼')).toEqual(['nonferrous']);
    expect(ids('粉尘涉爆（铝镁粉尘）')).toEqual(['combustible-dust']);
    expect(ids('工贸')).toEqual(['industry-and-trade']);
  });
  it('a specific mine type replaces the generic non-coal mine list', () => {
    expect(ids('非煤矿山')).toEqual(['metal-nonmetal-mines']);
    expect(ids('非煤矿山（露天）')).toEqual(['open-pit-mines']);
    expect(ids('金属非金属地下矿山')).toEqual(['underground-mines']);
    expect(ids('尾矿库')).toEqual(['tailings-ponds']);
  });
  it('a sub-sector replaces its broad sector (工贸 ⊃ 粉尘涉爆, 涉氨制冷, 有限空间, 冶金 …)', () => {
    expect(ids('工贸（粉尘涉爆）')).toEqual(['combustible-dust']);
    expect(ids('工贸(涉氨制冷)')).toEqual(['ammonia-refrigeration']);
    expect(ids('工贸、有限空间')).toEqual(['confined-spaces']);
    expect(ids('工贸行业 冶金')).toEqual(['metallurgy']);
    expect(ids('工贸企业')).toEqual(['industry-and-trade']);
    expect(ids('工贸（粉尘涉爆、涉氨制冷）')).toEqual(['combustible-dust', 'ammonia-refrigeration']);
    // a sub-sector of another sector does not drop the broad one named next to it
    expect(ids('危化、有限空间')).toEqual(['hazardous-chemicals', 'confined-spaces']);
  });
  it('an unknown qualifier of a broad sector is ambiguous; of a sub-sector it is harmless', () => {
    expect(readIndustry('工贸（家具）', keyItems).ambiguous?.qualifier).toBe('家具');
    expect(readIndustry('工贸企业', keyItems).ambiguous).toBeUndefined();
    expect(readIndustry('粉尘涉爆（铝镁粉尘）', keyItems).ambiguous).toBeUndefined();
    expect(readIndustry('危险化学品经营（加油）', keyItems).ambiguous).toBeUndefined();
  });
  it('an alias shared by two industries or a parent loop is a ConfigError', () => {
    const base = (id: string, alias: string, parent?: string) => ({ id, ...(parent ? { parent } : {}), name: { zh: id, en: id }, aliases: [alias], standard: 's', items: [{ id: 'i', name: { zh: 'i', en: 'i' }, keywords: ['k'] }] });
    const f = path.join(tmpDir(), 'k.json');
    writeFileSync(f, JSON.stringify({ industries: [base('a', '甲'), base('b', '甲')] }));
    expect(() => loadKeyItems(f)).toThrow(/aliases\[0\]/);
    writeFileSync(f, JSON.stringify({ industries: [base('a', '甲', 'b'), base('b', '乙', 'a')] }));
    expect(() => loadKeyItems(f)).toThrow(/parent/);
    writeFileSync(f, JSON.stringify({ industries: [base('a', '甲', 'zzz')] }));
    expect(() => loadKeyItems(f)).toThrow(/parent/);
  });
  it('unknown names resolve to nothing', () => {
    expect(ids('房地产')).toEqual([]);
    expect(ids('')).toEqual([]);
  });
  it('every industry cites its standard and every item has keywords', () => {
    for (const ind of keyItems.industries) {
      expect(ind.standard).toMatch(/〔20\d\d〕|令第\d+号|GB/);
      for (const item of ind.items) expect(item.keywords.length).toBeGreaterThan(0);
    }
  });
  it('hazardous chemicals must cover major hazard sources and special operations', () => {
    const hc = keyItems.industries.find((i) => i.id === 'hazardous-chemicals')!;
    const missing = keyItemCoverage(hc, ['安全生产责任制', '应急预案']).coreMissing.map((i) => i.id);
    expect(missing).toContain('major-hazard-sources');
    expect(missing).toContain('special-operations');
  });
  it('a malformed catalog is a ConfigError naming the key', () => {
    const f = path.join(tmpDir(), 'k.json');
    writeFileSync(f, JSON.stringify({ industries: [{ id: 'x', name: { zh: 'x', en: 'x' }, aliases: ['x'], standard: 's', items: [{ id: 'i', name: { zh: 'i', en: 'i' }, keywords: [] }] }] }));
    expect(() => loadKeyItems(f)).toThrow(ConfigError);
    expect(() => loadKeyItems(f)).toThrow(/industries\[0\]\.items\[0\]\.keywords/);
  });
});
