import { describe, it, expect } from 'vitest';
import { rule } from '../../src/schemes/rules/key-items-missing.js';
import { resolveIndustries, readIndustry, keyItemCoverage, loadKeyItems } from '../../src/schemes/key-items.js';
import { cleanScheme, context, keyItems, testRule } from './rule-tester.js';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { tmpDir } from '../helpers/cli.js';
import { ConfigError } from '../../src/errors.js';

testRule(rule, {
  hit: [
    { name: 'hazardous chemicals without major hazard sources or special operations (core items)', scheme: cleanScheme({ items: ['消防器材', '安全培训台账', '可燃气体报警'] }), messageIds: ['coreMissing'] },
    { name: 'no items at all skips the core items too', scheme: cleanScheme({ items: undefined }), messageIds: ['coreMissing'] },
    { name: 'hazardous chemicals missing one core item', scheme: cleanScheme({ items: ['重大危险源', '可燃气体报警'] }), messageIds: ['coreMissing'] },
    { name: 'alias 化工 resolves to hazardous chemicals', scheme: cleanScheme({ industry: '化工', items: ['劳动防护用品'] }), messageIds: ['coreMissing'] },
    { name: 'two industries: the second one skipped', scheme: cleanScheme({ industry: '危化、有限空间', items: ['重大危险源', '动火作业', '紧急停车'] }), messageIds: ['tooFew'] },
    { name: 'non-coal mine covering none of its key items (避重就轻)', scheme: cleanScheme({ industry: '非煤矿山', items: ['消防器材配置', '劳动防护用品发放台账', '安全警示标志设置情况'] }), messageIds: ['tooFew'] },
    { name: '工贸（粉尘涉爆） covering no dust item is 避重就轻 of the dust list', scheme: cleanScheme({ industry: '工贸（粉尘涉爆）', items: ['相关方管理', '特种作业人员持证'] }), messageIds: ['tooFew'] },
    { name: '工贸（有限空间、粉尘涉爆）: the dust list skipped', scheme: cleanScheme({ industry: '工贸（有限空间、粉尘涉爆）', items: ['有限空间作业审批'] }), messageIds: ['tooFew'] },
    { name: 'confined spaces: generic 台账 and 警示标志 are not key items', scheme: cleanScheme({ industry: '有限空间', items: ['安全警示标志设置情况', '安全生产费用台账'] }), messageIds: ['tooFew'] },
  ],
  miss: [
    { name: 'hazardous chemicals fully covered', scheme: cleanScheme() },
    { name: 'full-width and spaces ignored', scheme: cleanScheme({ items: ['重大 危险源', '动火作业', 'ＳＩＳ安全仪表'] }) },
    { name: 'dust explosion covered', scheme: cleanScheme({ industry: '粉尘涉爆', items: ['除尘系统泄爆', '防爆电气', '粉尘清理制度'] }) },
    { name: 'light industry: one sub-sector item is enough', scheme: cleanScheme({ industry: '轻工（白酒）', items: ['酒库乙醇蒸气报警'] }) },
    { name: 'non-coal mine: one key item covered is not 避重就轻', scheme: cleanScheme({ industry: '非煤矿山', items: ['防治水措施', '消防器材'] }) },
    // 应急管理部令第10号: 第十一条 (dust) is the sub-sector's own list; naming it replaces the 第三条 generic items
    { name: '工贸（粉尘涉爆） covering every dust item is judged by the dust list only', scheme: cleanScheme({ industry: '工贸（粉尘涉爆）', items: ['除尘系统泄爆', '防爆电气', '粉尘清理制度'] }) },
    { name: '工贸（涉氨制冷） covering the ammonia items', scheme: cleanScheme({ industry: '工贸（涉氨制冷）', items: ['液氨储罐安全附件', '速冻装置'] }) },
    { name: '工贸（有限空间） covering the confined-space items', scheme: cleanScheme({ industry: '工贸（有限空间）', items: ['有限空间辨识台账', '有限空间作业审批和先通风、再检测、后作业'] }) },
    { name: '工贸企业-冶金 covering molten metal', scheme: cleanScheme({ industry: '工贸企业-冶金', items: ['高温熔融金属吊运', '煤气区域监测报警'] }) },
    { name: '非煤矿山（露天） judged by open-pit items only', scheme: cleanScheme({ industry: '非煤矿山（露天）', items: ['边坡监测', '台阶参数'] }) },
  ],
  notChecked: [
    { name: 'industry not stated', scheme: cleanScheme({ industry: undefined }) },
    { name: 'industry not in the catalog', scheme: cleanScheme({ industry: '房地产' }) },
    { name: 'broad sector with a qualifier that is no sub-sector: 工贸（家具）', scheme: cleanScheme({ industry: '工贸（家具）', items: ['消防器材'] }) },
    { name: 'broad sector with an unknown qualifier: 非煤矿山（石灰石）', scheme: cleanScheme({ industry: '非煤矿山（石灰石）', items: ['消防器材'] }) },
    { name: 'broad sector followed by an unknown word: 工贸木材加工', scheme: cleanScheme({ industry: '工贸木材加工', items: ['消防器材'] }) },
  ],
});

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
