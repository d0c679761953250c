/** Enterprise identity: credit codes and names as compared across a plan and enforcement records. */
import { checkCreditCode } from '../ingest/normalize/credit-code.js';

/**
 * A name as compared: NFKC (full-width → half-width), no whitespace, every bracket style as (), and the legal-form
 * suffixes written one way (有限责任公司 → 有限公司, 股份有限公司 kept apart). `江西 赣州（通昌）石化有限责任公司` and
 * `江西赣州(通昌)石化有限公司` share a key.
 */
export function nameKey(name: string): string {
  return name
    .normalize('NFKC')
    .replace(/[\s\u3000]+/g, '')
    .replace(/[（【〔［\[{]/g, '(')
    .replace(/[）】〕］\]}]/g, ')')
    .replace(/有限责任公司$/, '有限公司')
    .replace(/有限责任公司(?=\()/, '有限公司')
    .toLowerCase();
}

/**
 * A credit code as compared (half-width, upper case, no spaces), or undefined when it is masked (has *) or not 18
 * characters. A code failing its check character still identifies: equal codes are the same written code.
 */
export function codeKey(code: string | undefined): string | undefined {
  if (!code) return undefined;
  const c = checkCreditCode(code);
  return c.status === 'masked' || c.code.length !== 18 ? undefined : c.code;
}
