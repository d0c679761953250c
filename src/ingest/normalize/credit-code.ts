/** Unified social credit code (统一社会信用代码, GB 32100-2015): 18 characters with a mod-31 check character. */
import { toHalfWidth } from './text.js';

const CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

export type CreditCodeStatus = 'valid' | 'masked' | 'invalid';

/** Upper-case, half-width, no spaces. The raw value is kept by callers. */
export function normalizeCreditCode(raw: string): string {
  return toHalfWidth(raw).replace(/[\s-]/g, '').toUpperCase();
}

/** The check character for the first 17 characters, or undefined if one is outside the charset. */
export function creditCodeCheckChar(first17: string): string | undefined {
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const v = CHARSET.indexOf(first17[i]!);
    if (v < 0) return undefined;
    sum += v * WEIGHTS[i]!;
  }
  const c = (31 - (sum % 31)) % 31;
  return CHARSET[c];
}

/** Check a code: valid, masked (contains * so it cannot be checked), or invalid with a reason. */
export function checkCreditCode(raw: string): { status: CreditCodeStatus; code: string; reason?: string } {
  const code = normalizeCreditCode(raw);
  if (code.includes('*')) return { status: 'masked', code };
  if (code.length !== 18) return { status: 'invalid', code, reason: `length ${code.length}, expected 18` };
  const expected = creditCodeCheckChar(code.slice(0, 17));
  if (expected === undefined) return { status: 'invalid', code, reason: 'character outside the GB 32100 set' };
  if (code[17] !== expected) return { status: 'invalid', code, reason: `check character ${code[17]}, expected ${expected}` };
  return { status: 'valid', code };
}
