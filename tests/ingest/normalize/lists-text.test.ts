import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { splitList } from '../../../src/ingest/normalize/lists.js';
import { caseIdKey, cleanName, cleanText, isBlank, toHalfWidth } from '../../../src/ingest/normalize/text.js';
import { parseChineseInt } from '../../../src/ingest/normalize/chinese-numerals.js';

describe('splitList', () => {
  it('splits on 、，,;； and newlines', () => {
    expect(splitList('张三、李四，王五,赵六;钱七；孙八\n周九\r\n吴十')).toEqual(['张三', '李四', '王五', '赵六', '钱七', '孙八', '周九', '吴十']);
  });
  it('never splits inside brackets of any style', () => {
    expect(splitList('特殊作业（动火、受限空间）管理、重大危险源')).toEqual(['特殊作业（动火、受限空间）管理', '重大危险源']);
    expect(splitList('《安全生产法》第九十七条（一、二项）；《条例》【第三、四条】')).toEqual(['《安全生产法》第九十七条（一、二项）', '《条例》【第三、四条】']);
    expect(splitList('a (b, c (d; e)), f')).toEqual(['a (b, c (d; e))', 'f']);
  });
  it('drops blanks and placeholders, trims items', () => {
    expect(splitList(' 张三 、、 李四 、无')).toEqual(['张三', '李四']);
    expect(splitList('— —')).toEqual([]);
    expect(splitList(undefined)).toEqual([]);
  });
  it('an unclosed bracket does not swallow the rest of the list', () => {
    expect(splitList('特殊作业（动火、受限空间管理、重大危险源')).toEqual(['特殊作业（动火', '受限空间管理', '重大危险源']);
    expect(splitList('甲）、乙')).toEqual(['甲）', '乙']);
  });
  it('property: items joined by any separators come back as they were, brackets and all', () => {
    const plain = fc.string({ unit: fc.constantFrom('作', '业', '安', '全', 'A', '1', '号'), minLength: 1, maxLength: 6 });
    const inner = fc.array(plain, { minLength: 1, maxLength: 3 }).chain((parts) => fc.constantFrom('、', '，', ',', '；').map((sep) => parts.join(sep)));
    const item = fc.tuple(plain, fc.option(fc.tuple(fc.constantFrom(['（', '）'], ['(', ')'], ['【', '】'], ['《', '》']), inner)), fc.option(plain))
      .map(([head, br, tail]) => head + (br ? br[0][0] + br[1] + br[0][1] : '') + (tail ?? ''));
    fc.assert(
      fc.property(fc.array(item, { minLength: 1, maxLength: 6 }), fc.constantFrom('、', '，', ',', ';', '；', '\n', '、 '), (items, sep) => {
        expect(splitList(items.join(sep))).toEqual(items);
      }),
      { numRuns: 300 },
    );
  });
});

describe('text', () => {
  it('isBlank knows the placeholders of real exports', () => {
    for (const v of [undefined, null, '', '   ', '-', '—', '— —', '——', '/', '无', '暂无', 'N/A', '#N/A', '\u3000']) expect(isBlank(v), String(v)).toBe(true);
    for (const v of ['0', 0, '无锡', '张三', false]) expect(isBlank(v), String(v)).toBe(false);
  });
  it('toHalfWidth converts full-width ASCII and the ideographic space only', () => {
    expect(toHalfWidth('ＡＢＣ１２３（）：\u3000、《》')).toBe('ABC123(): 、《》');
  });
  it('cleanText and cleanName tidy whitespace; names lose spaces between CJK characters', () => {
    expect(cleanText('  南昌  某 公司\r\n二车间 ')).toBe('南昌 某 公司\n二车间');
    expect(cleanName(' 张 三 ')).toBe('张三');
    expect(cleanName('ACME  Ltd')).toBe('ACME Ltd');
    expect(cleanText('暂无')).toBeUndefined();
  });
  it('caseIdKey: bracket styles, widths and spaces do not make a different case number', () => {
    const key = caseIdKey('（赣）应急罚〔2025〕12号');
    for (const v of ['(赣)应急罚[2025]12号', '（赣）应急罚【2025】12号', ' (赣) 应急罚 〔2025〕 12 号', '（赣）应急罚﹝２０２５﹞12号']) expect(caseIdKey(v), v).toBe(key);
    expect(caseIdKey('（赣）应急罚〔2025〕13号')).not.toBe(key);
    fc.assert(fc.property(fc.string(), (s) => {
      expect(caseIdKey(caseIdKey(s))).toBe(caseIdKey(s));
    }));
  });
});

const CN = '零一二三四五六七八九';
/** A test-side writer of Chinese numerals (standard form, 零 between gaps) for 0 … 99,999,999. */
function toChinese(n: number): string {
  if (n === 0) return '零';
  const section = (x: number): string => {
    let out = '';
    let zero = false;
    [1000, 100, 10, 1].forEach((u, i) => {
      const d = Math.floor(x / u) % 10;
      if (d === 0) {
        zero = out !== '';
        return;
      }
      if (zero) out += '零';
      zero = false;
      out += CN[d] + ['千', '百', '十', ''][i]!;
    });
    return out;
  };
  const hi = Math.floor(n / 10000);
  const lo = n % 10000;
  let s = hi ? `${section(hi)}万` : '';
  if (lo) s += (hi && lo < 1000 ? '零' : '') + section(lo);
  return s.replace(/^一十/, '十');
}

describe('parseChineseInt', () => {
  it.each([
    ['九十七', 97], ['一百零二', 102], ['十', 10], ['十二', 12], ['二〇二五', 2025], ['叁万伍仟', 35000],
    ['一亿二千万', 120000000], ['两千', 2000], ['一千零一', 1001], ['十万', 100000], ['一万亿', 1e12], ['零', 0], ['2025', 2025],
  ])('%s → %d', (s, n) => expect(parseChineseInt(s)).toBe(n));
  it('refuses text that is not a numeral, and lone units', () => {
    for (const s of ['', '三a', '万', '亿万', 'abc']) expect(parseChineseInt(s), s).toBeUndefined();
  });
  it('property: n → Chinese → n', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 99_999_999 }), (n) => {
      expect(parseChineseInt(toChinese(n))).toBe(n);
    }), { numRuns: 1000 });
  });
});
