/** Exact sampling rates: a decimal or percent string → a rational with a power-of-ten denominator, never a float. */
import { UsageError } from '../errors.js';
import { tr } from '../i18n.js';

/** A rate num/den with den = 10^k, 0 ≤ num ≤ den. */
export interface Rate {
  num: bigint;
  den: bigint;
}

/** Parse "0.3", ".3", "30%", "30％" or "12.5%" exactly. Rates must lie in [0, 1]. */
export function parseRate(text: string): Rate {
  const t = String(text).trim();
  const m = /^(\d*)(?:\.(\d+))?\s*([%％])?$/.exec(t);
  if (!m || (m[1] === '' && m[2] === undefined)) {
    throw new UsageError(tr(`抽样比例无效：${text}`, `invalid sampling rate: ${text}`), {
      hint: tr('写成小数（0.3）或百分数（30%）', 'write it as a decimal (0.3) or a percentage (30%)'),
    });
  }
  const frac = m[2] ?? '';
  let num = BigInt(`${m[1] || '0'}${frac}`);
  let den = 10n ** BigInt(frac.length);
  if (m[3]) den *= 100n;
  if (num > den) {
    throw new UsageError(tr(`抽样比例不能超过 100%：${text}`, `a sampling rate cannot exceed 100%: ${text}`));
  }
  // reduce trailing zeros so "0.30" and "30%" are the same rate
  while (den > 1n && num % 10n === 0n && den % 10n === 0n) {
    num /= 10n;
    den /= 10n;
  }
  return { num, den };
}

/** The rate as a canonical decimal string ("0.3", "0.125", "1"). */
export function formatRate(rate: Rate): string {
  return formatDecimal(rate.num, rate.den);
}

/** ceil(rate × n) in exact integer arithmetic. */
export function rateQuota(rate: Rate, n: number): number {
  const p = rate.num * BigInt(n);
  return Number((p + rate.den - 1n) / rate.den);
}

/** rate × n as an exact decimal string (the number behind a quota). */
export function rateTimes(rate: Rate, n: number): string {
  return formatDecimal(rate.num * BigInt(n), rate.den);
}

/** num/den (den a power of ten) as a decimal string without trailing zeros. */
function formatDecimal(num: bigint, den: bigint): string {
  const digits = den.toString().length - 1;
  const whole = num / den;
  if (digits === 0) return whole.toString();
  const frac = (num % den).toString().padStart(digits, '0').replace(/0+$/, '');
  return frac ? `${whole}.${frac}` : whole.toString();
}
