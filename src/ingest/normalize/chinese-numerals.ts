/** Chinese numerals (小写 and 大写) → numbers: 九十七 → 97, 叁万伍仟 → 35000, 二〇二五 → 2025. */

const DIGITS: Record<string, number> = {
  零: 0, 〇: 0, Ｏ: 0, 一: 1, 壹: 1, 幺: 1, 二: 2, 贰: 2, 貳: 2, 两: 2, 兩: 2, 三: 3, 叁: 3, 參: 3, 四: 4, 肆: 4,
  五: 5, 伍: 5, 六: 6, 陆: 6, 陸: 6, 七: 7, 柒: 7, 八: 8, 捌: 8, 九: 9, 玖: 9,
};
const SMALL_UNITS: Record<string, number> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 };
const BIG_UNITS: Record<string, number> = { 万: 1e4, 萬: 1e4, 亿: 1e8, 億: 1e8 };

export const CN_NUMERAL_CHARS = '零〇一壹幺二贰貳两兩三叁參四肆五伍六陆陸七柒八捌九玖十拾百佰千仟万萬亿億';

/** Parse an integer written in Chinese numerals; undefined when the text is not one. */
export function parseChineseInt(text: string): number | undefined {
  const s = text.trim();
  if (!s) return undefined;
  if (/^\d+$/.test(s)) return Number(s);
  for (const ch of s) {
    if (!(ch in DIGITS) && !(ch in SMALL_UNITS) && !(ch in BIG_UNITS)) return undefined;
  }
  // a lone 万/亿 (or 亿万) is a unit, not a number
  if ([...s].every((ch) => ch in BIG_UNITS)) return undefined;
  // digit-by-digit form such as 二〇二五
  if ([...s].every((ch) => ch in DIGITS) && s.length > 1) {
    return Number([...s].map((ch) => DIGITS[ch]).join(''));
  }
  let total = 0;
  let section = 0;
  let digit: number | undefined;
  for (const ch of s) {
    if (ch in DIGITS) {
      digit = DIGITS[ch];
    } else if (ch in SMALL_UNITS) {
      section += (digit ?? 1) * SMALL_UNITS[ch]!;
      digit = undefined;
    } else {
      const unit = BIG_UNITS[ch]!;
      section += digit ?? 0;
      // 亿 scales everything before it; 万 only its own section (一亿二千万 = 1.2e8)
      total = unit === 1e8 ? (total + section) * unit : total + section * unit;
      section = 0;
      digit = undefined;
    }
  }
  return total + section + (digit ?? 0);
}
