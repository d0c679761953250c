import { describe, it, expect } from 'vitest';
import { findLaw, finesFor, loadLawCatalog, provisionMissing } from '../../src/checklist/law-catalog.js';

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
