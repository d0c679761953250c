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

const DAXIE_DIGITS = '零壹贰叁肆伍陆柒捌玖';
const DAXIE_ALL = `${DAXIE_DIGITS}拾佰仟万亿元角分整`;

/** Write yuan as a cheque writes it (大写): 15000 → 壹万伍仟元整, 10500 → 壹万零伍佰元整, 12.5 → 壹拾贰元伍角. */
export function formatChineseAmount(yuan: number): string {
  const fen = Math.round(yuan * 100);
  const whole = Math.floor(fen / 100);
  const section = (n: number): string => {
    let out = '';
    let zero = false;
    [1000, 100, 10, 1].forEach((u, i) => {
      const d = Math.floor(n / u) % 10;
      if (d === 0) zero = out !== '';
      else {
        out += (zero ? '零' : '') + DAXIE_DIGITS[d] + ['仟', '佰', '拾', ''][i];
        zero = false;
      }
    });
    return out;
  };
  let text = '';
  const parts = [Math.floor(whole / 1e8), Math.floor(whole / 1e4) % 1e4, whole % 1e4];
  parts.forEach((p, i) => {
    if (p === 0) return;
    if (text && p < 1000) text += '零';
    text += section(p) + ['亿', '万', ''][i];
  });
  text = `${text || '零'}元`;
  const jiao = Math.floor(fen / 10) % 10;
  const f = fen % 10;
  if (!jiao && !f) return `${text}整`;
  return text + (jiao ? `${DAXIE_DIGITS[jiao]}角` : '零') + (f ? `${DAXIE_DIGITS[f]}分` : '');
}

/**
 * Compare a fine in words (大写, maybe partly unreadable) with the same fine in figures. `equal`: the words say
 * the figures; `consistent`: every readable character is the one the figures need and only digits are unreadable
 * (the words confirm the size, not those digits); `conflict`: they cannot be the same amount.
 */
export function compareAmountWords(words: string, yuan: number): 'equal' | 'consistent' | 'conflict' {
  const w = words.replace(/\s+/g, '').replace(/^人民币/, '').replace(/正$/, '整');
  const parsed = parseAmount(w);
  if (parsed.ok && parsed.value !== undefined) return parsed.value === yuan ? 'equal' : 'conflict';
  const want = formatChineseAmount(yuan);
  if (w.length !== want.length) return 'conflict';
  for (let i = 0; i < w.length; i++) {
    if (w[i] === want[i]) continue;
    if (DAXIE_ALL.includes(w[i]!) || !DAXIE_DIGITS.slice(1).includes(want[i]!)) return 'conflict';
  }
  return 'consistent';
}
