/**
 * The case-number key every stage matches ids by (draw, verify, assignment, reviewer sheets, score, follow-up).
 * Forms are those of real 文书编号: 《安全生产行政执法文书》 writes the year in 六角括号 〔〕, while exports and
 * typed review sheets give (2025), （2025）, [2025], 【2025】, full-width digits and stray spaces.
 */
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { caseIdKey, caseNumbersIn, caseSeries, looseCaseKey, nameKey, sameCaseSeries } from '../../src/model/keys.js';
import { caseIdKey as fromText } from '../../src/ingest/normalize/text.js';

const CANONICAL = '赣应急罚〔2025〕12号';

describe('caseIdKey', () => {
  it('one key for the bracket, width and spacing variants of one case number', () => {
    const variants = [
      '赣应急罚(2025)12号',
      '赣应急罚（2025）12号',
      '赣应急罚[2025]12号',
      '赣应急罚［2025］12号',
      '赣应急罚【2025】12号',
      '赣应急罚﹝2025﹞12号',
      '赣应急罚〔２０２５〕１２号',
      '赣应急罚 〔2025〕 12 号',
      '赣应急罚\u3000〔2025〕12号',
      '赣应急罚\u00a0〔2025〕12号',
      ' 赣应急罚〔2025〕12号\t',
    ];
    const key = caseIdKey(CANONICAL);
    expect(key).toBe('赣应急罚(2025)12号');
    for (const v of variants) expect(caseIdKey(v), v).toBe(key);
  });

  it('keeps the issuing prefix in brackets: （赣）应急罚 and (赣)应急罚 match, 赣应急罚 stays another number', () => {
    expect(caseIdKey('（赣）应急罚〔2025〕12号')).toBe(caseIdKey('(赣)应急罚[2025]12号'));
    expect(caseIdKey('（赣）应急罚〔2025〕12号')).not.toBe(caseIdKey(CANONICAL));
  });

  it('different numbers stay different: year, serial, 字, 之一, another office', () => {
    const others = ['赣应急罚〔2024〕12号', '赣应急罚〔2025〕120号', '赣应急罚〔2025〕2号', '赣应急罚字〔2025〕12号', '赣应急罚〔2025〕12号之一', '洪应急罚〔2025〕12号', '赣应急强〔2025〕12号'];
    const keys = new Set([CANONICAL, ...others].map(caseIdKey));
    expect(keys.size).toBe(others.length + 1);
  });

  it('is idempotent and ignores the bracket style of any id', () => {
    const opens = ['(', '（', '[', '［', '【', '〔', '﹝'];
    const closes = [')', '）', ']', '］', '】', '〕', '﹞'];
    fc.assert(
      fc.property(fc.string({ maxLength: 8 }), fc.integer({ min: 1990, max: 2099 }), fc.nat(9999), fc.nat(6), fc.nat(6), (office, year, n, o, c) => {
        const id = `${office}${opens[o]}${year}${closes[c]}${n}号`;
        const key = caseIdKey(id);
        expect(caseIdKey(key)).toBe(key);
        expect(key).toBe(caseIdKey(`${office}〔${year}〕${n}号`));
      }),
    );
  });

  it('is the same function where ingest re-exports it', () => {
    expect(fromText).toBe(caseIdKey);
  });
});

describe('nameKey', () => {
  it('matches a reviewer or unit written with full-width letters or spaces', () => {
    expect(nameKey('张 三')).toBe(nameKey('张三'));
    expect(nameKey('南昌市应急管理局\u3000')).toBe('南昌市应急管理局');
    expect(nameKey('ＡＢ科技')).toBe('AB科技');
    expect(nameKey(undefined)).toBe('');
    expect(nameKey('张三')).not.toBe(nameKey('张山'));
  });
});

describe('case-number series (one serial per case, shared by its documents)', () => {
  it('reads area, year and serial whatever the document kind and bracket style', () => {
    expect(caseSeries('（赣）应急罚〔2025〕12号')).toEqual({ area: '赣', year: 2025, serial: 12 });
    expect(caseSeries('（赣）应急立[2025]012号')).toEqual({ area: '赣', year: 2025, serial: 12 });
    expect(caseSeries('南昌应急罚〔2025〕12号')).toEqual({ area: '南昌', year: 2025, serial: 12 });
    expect(caseSeries('安监罚〔2025〕12号')).toBeUndefined(); // not of the 应急 form: compared whole only
  });

  it('puts the filing form and the decision of one case together, never two areas or years', () => {
    expect(sameCaseSeries('（赣）应急立〔2025〕12号', '（赣）应急罚〔2025〕12号')).toBe(true);
    expect(sameCaseSeries('编号赣应急告〔2025〕12号', '（赣）应急罚〔2025〕12号')).toBe(true); // a label caught before the area
    expect(sameCaseSeries('洪应急罚〔2025〕12号', '（赣）应急罚〔2025〕12号')).toBe(false);
    expect(sameCaseSeries('（赣）应急罚〔2024〕12号', '（赣）应急罚〔2025〕12号')).toBe(false);
    expect(sameCaseSeries('（赣）应急罚〔2025〕2号', '（赣）应急罚〔2025〕12号')).toBe(false);
  });

  it('finds case numbers in a page or a file name, and compares them without brackets', () => {
    expect(caseNumbersIn('案件编号：（赣）应急罚〔2025〕2号 当事人：某公司；洪应急罚[2025] 4 号')).toEqual(['（赣）应急罚〔2025〕2号', '洪应急罚[2025] 4 号']);
    expect(looseCaseKey('（赣）应急罚〔2025〕2号')).toBe(looseCaseKey('赣应急罚2025 2号'));
  });
});
