import { describe, it, expect } from 'vitest';
import { findLaw, fineSpan, finesFor, loadLawCatalog, provisionMissing, statutoryFineRange } from '../../src/checklist/law-catalog.js';
import { parseArticleRefs } from '../../src/ingest/normalize/articles.js';

describe('law catalog (built from the texts)', () => {
  const cat = loadLawCatalog();
  const aq = findLaw(cat, '中华人民共和国安全生产法')!;
  it('holds the four laws with their article counts', () => {
    expect(cat.laws.map((l) => [l.title, Object.keys(l.articles).length])).toEqual([
      ['中华人民共和国安全生产法', 119],
      ['中华人民共和国行政处罚法', 86],
      ['中华人民共和国行政强制法', 71],
      ['行政执法机关移送涉嫌犯罪案件的规定', 20],
    ]);
  });
  it('resolves short titles and edition suffixes', () => {
    expect(findLaw(cat, '安全生产法')?.id).toBe(aq.id);
    expect(findLaw(cat, '中华人民共和国安全生产法（2021年修正）')?.id).toBe(aq.id);
    expect(findLaw(cat, '危险化学品安全管理条例')).toBeUndefined();
  });
  it('knows paragraphs and items: 第九十七条 has 7 items', () => {
    expect(aq.articles['97']).toEqual([7]);
    expect(provisionMissing(aq, { article: 97, item: 7, raw: '' })).toBeUndefined();
    expect(provisionMissing(aq, { article: 97, item: 8, raw: '' })).toBeDefined();
    expect(provisionMissing(aq, { article: 120, raw: '' })).toBe('第120条');
  });
  it('has the ranges of 第九十七条 as written: ≤10万, 10–20万 overdue, 2–5万 responsible persons', () => {
    const f = finesFor(cat, aq, { article: 97, raw: '' })!;
    expect(f.map((e) => [e.target, e.tier, e.min, e.max])).toEqual([
      ['unit', 'base', 0, 100000],
      ['unit', 'overdue', 100000, 200000],
      ['responsible', 'overdue', 20000, 50000],
    ]);
  });
});

describe('fine ranges come from the catalog, each with its article (安全生产法 2021)', () => {
  const cat = loadLawCatalog();
  const range = (citation: string) => statutoryFineRange(cat, citation, parseArticleRefs);

  it('第九十四条 (主要负责人): 二万元以上五万元以下, 逾期未改正 五万元以上十万元以下 — together 2–10万', () => {
    expect(range('《中华人民共和国安全生产法》第九十四条')).toEqual({ min: 20000, max: 100000, text: '处二万元以上五万元以下的罚款；处五万元以上十万元以下的罚款' });
  });

  it('第九十七条: 十万元以下 up to 二十万元 when overdue; the tier alone spans what the law says for it', () => {
    expect(range('《安全生产法》第九十七条第（三）项')).toMatchObject({ min: 0, max: 200000 });
    const law = findLaw(cat, '安全生产法')!;
    const overdueUnit = finesFor(cat, law, { article: 97, raw: '第九十七条' } as never)!.filter((e) => e.tier === 'overdue' && e.target === 'unit');
    expect(fineSpan(overdueUnit)).toMatchObject({ min: 100000, max: 200000, fixed: true, relative: false, text: '处十万元以上二十万元以下的罚款' });
  });

  it('第一百一十条: a share of last year’s income has no fixed range', () => {
    expect(range('《安全生产法》第一百一十条')).toBeUndefined();
    const law = findLaw(cat, '安全生产法')!;
    expect(fineSpan(finesFor(cat, law, { article: 110, raw: '第一百一十条' } as never)!)).toMatchObject({ fixed: false, relative: true, max: Infinity });
  });

  it('an article the catalog has no fine for, or an unknown law: no range', () => {
    expect(range('《安全生产法》第二十八条')).toBeUndefined();
    expect(range('《某某条例》第九条')).toBeUndefined();
  });
});
