import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { parseArticleRefs, formatArticleRef } from '../../src/ingest/normalize/articles.js';

describe('parseArticleRefs', () => {
  it('reads law, article, paragraph and item in Chinese numerals', () => {
    expect(parseArticleRefs('《中华人民共和国安全生产法》第九十七条第一款第（三）项')).toEqual([
      { law: '中华人民共和国安全生产法', article: 97, paragraph: 1, item: 3, raw: '第九十七条第一款第（三）项' },
    ]);
  });
  it('reads 第一百零一条, digits and the bare （二） item form', () => {
    const refs = parseArticleRefs('依据《安全生产法》第一百零一条（二）和第102条第2款');
    expect(refs.map((r) => [r.law, r.article, r.paragraph, r.item])).toEqual([
      ['安全生产法', 101, undefined, 2],
      ['安全生产法', 102, 2, undefined],
    ]);
  });
  it('gives each provision the nearest law title before it', () => {
    const refs = parseArticleRefs('违反《安全生产法》第二十八条，依据《行政处罚法》第三十二条第（一）项从轻处罚');
    expect(refs.map((r) => `${r.law}:${r.article}`)).toEqual(['安全生产法:28', '行政处罚法:32']);
  });
  it('skips 第X条之一 rather than misread it, and text without articles', () => {
    expect(parseArticleRefs('《刑法》第一百三十四条之一')).toEqual([]);
    expect(parseArticleRefs('安全生产相关规定')).toEqual([]);
  });
  it('round-trips any article number written in digits', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 300 }), fc.option(fc.integer({ min: 1, max: 9 }), { nil: undefined }), (a, p) => {
        const ref = { law: '安全生产法', article: a, ...(p ? { paragraph: p } : {}), raw: '' };
        const [back] = parseArticleRefs(formatArticleRef(ref));
        expect(back?.article).toBe(a);
        expect(back?.paragraph).toBe(p);
      }),
    );
  });
});
