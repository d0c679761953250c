/** Amount normalizer → yuan: 30000, 30,000.00, ¥3万元, 3.5万, 人民币叁万伍仟元整, 0.2 (when the column is in 万元). */
import { isBlank, toHalfWidth } from './text.js';
import { parseChineseInt, CN_NUMERAL_CHARS } from './chinese-numerals.js';
import type { Parsed } from './dates.js';

export type AmountUnit = 'yuan' | 'wan';

/**
 * Multiply a decimal string by 10^shift exactly (no binary float on the way): ('3.5', 4) → 35000. Accepts the
 * exponent form String(number) gives for very small or large numbers ('1e-7', '1e+21'), and negative shifts.
 */
export function shiftDecimal(decimal: string, shift: number): number {
  const m = /^([+-]?)(\d*)(?:\.(\d*))?(?:e([+-]?\d+))?$/i.exec(decimal.trim());
  if (!m) return Number.NaN;
  const [, sign, intPart = '', frac = '', exp] = m;
  const digits = intPart + frac;
  // position of the decimal point inside `digits` after the shift
  const point = intPart.length + shift + (exp ? Number(exp) : 0);
  const padded = point > digits.length ? digits.padEnd(point, '0') : point < 0 ? '0'.repeat(-point) + digits : digits;
  const at = Math.max(point, 0);
  const whole = padded.slice(0, at).replace(/^0+(?=\d)/, '') || '0';
  const rest = padded.slice(at).replace(/0+$/, '');
  const n = Number(rest ? `${whole}.${rest}` : whole);
  return sign === '-' ? -n : n;
}

const CN_AMOUNT = new RegExp(`^[${CN_NUMERAL_CHARS}]+元?(?:零?[${CN_NUMERAL_CHARS}]角)?(?:零?[${CN_NUMERAL_CHARS}]分)?$`);

/** Parse 大写/小写 Chinese money: 叁万伍仟元整, 壹佰元伍角. */
export function parseChineseAmount(text: string): number | undefined {
  const s = text.replace(/^(人民币|RMB|¥|￥)/, '').replace(/[整正]$/, '');
  if (!CN_AMOUNT.test(s)) return undefined;
  const m = /^([^元角分]+?)元?(?:零?([^元角分零])角)?(?:零?([^元角分零])分)?$/.exec(s);
  if (!m) return undefined;
  const yuan = parseChineseInt(m[1]!.replace(/零$/, ''));
  if (yuan === undefined) return undefined;
  const jiao = m[2] ? parseChineseInt(m[2]) ?? 0 : 0;
  const fen = m[3] ? parseChineseInt(m[3]) ?? 0 : 0;
  // in fen first, so 壹元壹角贰分 is 1.12 and not 1.1200000000000001
  return (yuan * 100 + jiao * 10 + fen) / 100;
}

/**
 * Parse an amount into yuan. `unit` says what a bare number means (a header such as 罚款金额（万元） → 'wan');
 * an explicit 万/元 in the text wins over it.
 */
export function parseAmount(value: unknown, unit: AmountUnit = 'yuan'): Parsed<number> {
  if (value === null || value === undefined) return { ok: true, value: undefined };
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return { ok: false, reason: `not an amount: ${value}` };
    if (value < 0) return { ok: false, reason: `negative amount: ${value}` };
    return { ok: true, value: unit === 'wan' ? shiftDecimal(String(value), 4) : value };
  }
  if (isBlank(value)) return { ok: true, value: undefined };
  const raw = String(value);
  const s = toHalfWidth(raw)
    .replace(/[\s,，]/g, '')
    .replace(/[(（]大写[:：]?[^()（）]*[)）]$/, '') // 30000元（大写：叁万元整）
    .replace(/^(罚款|人民币|RMB|¥|￥)+/i, '')
    .replace(/[整正]$/, '');
  if (s === '') return { ok: true, value: undefined };
  const m = /^(-?\d+(?:\.\d+)?)(万元|万|元)?$/.exec(s);
  if (m) {
    if (m[1]!.startsWith('-')) return { ok: false, reason: `negative amount: ${raw}` };
    const isWan = m[2] ? m[2].startsWith('万') : unit === 'wan';
    return { ok: true, value: isWan ? shiftDecimal(m[1]!, 4) : Number(m[1]) };
  }
  const cn = parseChineseAmount(s);
  if (cn !== undefined) return { ok: true, value: cn };
  // mixed forms such as 3万5千元
  const mixed = /^(\d+(?:\.\d+)?)万(\d+)千?元?$/.exec(s);
  if (mixed) return { ok: true, value: shiftDecimal(mixed[1]!, 4) + Number(mixed[2]) * (s.includes('千') ? 1000 : 1) };
  return { ok: false, reason: `unrecognised amount: ${raw}` };
}
