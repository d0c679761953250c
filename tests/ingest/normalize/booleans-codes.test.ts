import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { parseYesNo } from '../../../src/ingest/normalize/booleans.js';
import { checkCreditCode, creditCodeCheckChar, normalizeCreditCode } from '../../../src/ingest/normalize/credit-code.js';

describe('parseYesNo', () => {
  it('reads the yes/no spellings of exports', () => {
    for (const v of ['是', '有', '√', '✓', 'Y', 'y', 'Yes', 'TRUE', '1', '已推送', '已批准', '已召开', '纳入', ' 是 ', 'Ｙ', true, 1]) expect(parseYesNo(v), String(v)).toEqual({ ok: true, value: true });
    for (const v of ['否', '无', '×', '✗', 'N', 'n', 'No', 'false', '0', '未推送', '未批准', '未召开', '未纳入', false, 0]) expect(parseYesNo(v), String(v)).toEqual({ ok: true, value: false });
  });
  it('blank is unknown; anything else is an error', () => {
    for (const v of [undefined, null, '', '  ', '/', '— —']) expect(parseYesNo(v)).toEqual({ ok: true, value: undefined });
    for (const v of ['也许', '待定', 2, 'yes!']) expect(parseYesNo(v).ok, String(v)).toBe(false);
  });
});

const CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

describe('unified social credit code (GB 32100-2015)', () => {
  it('accepts published valid codes, also in lower case, full width or with spaces', () => {
    expect(checkCreditCode('91350100M000100Y43')).toEqual({ status: 'valid', code: '91350100M000100Y43' });
    expect(checkCreditCode('91350100m000100y43').status).toBe('valid');
    expect(checkCreditCode('９１３５０１００Ｍ０００１００Ｙ４３').status).toBe('valid');
    expect(checkCreditCode(' 9135 0100 M000 100Y 43 ').code).toBe('91350100M000100Y43');
  });
  it('flags a wrong check character, a wrong length and letters outside the set; masked codes cannot be checked', () => {
    expect(checkCreditCode('91350100M000100Y44')).toMatchObject({ status: 'invalid', reason: expect.stringMatching(/check character 4, expected 3/) });
    expect(checkCreditCode('91350100M000100Y4')).toMatchObject({ status: 'invalid', reason: expect.stringMatching(/length 17/) });
    expect(checkCreditCode('91350100M000100I43')).toMatchObject({ status: 'invalid', reason: expect.stringMatching(/outside/) });
    expect(checkCreditCode('913501**********43').status).toBe('masked');
    expect(normalizeCreditCode('ab-c')).toBe('ABC');
  });
  it('property: a code with its computed check character is valid, and any single changed character is caught', () => {
    const code17 = fc.array(fc.constantFrom(...CHARSET), { minLength: 17, maxLength: 17 }).map((a) => a.join(''));
    fc.assert(
      fc.property(code17, fc.integer({ min: 0, max: 17 }), fc.constantFrom(...CHARSET), (body, pos, ch) => {
        const code = body + creditCodeCheckChar(body)!;
        expect(checkCreditCode(code).status).toBe('valid');
        fc.pre(code[pos] !== ch);
        expect(checkCreditCode(code.slice(0, pos) + ch + code.slice(pos + 1)).status).toBe('invalid');
      }),
      { numRuns: 500 },
    );
  });
});
