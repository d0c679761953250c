/** Messy-but-readable cell values, as real exports show them: dates, amounts, booleans, lists. */

const FW = (s) => s.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
const DIGITS = '零壹贰叁肆伍陆柒捌玖';
const UNITS = ['', '拾', '佰', '仟'];

/** Date cell: an Excel date (mostly), or text 2025年3月8日, 2025/3/8, 2025-03-08, full-width digits. */
export function dateCell(rng, iso) {
  if (!iso) return null;
  const [y, m, d] = iso.split('-').map(Number);
  return rng.weighted([
    [() => new Date(Date.UTC(y, m - 1, d)), 70],
    [() => `${y}年${m}月${d}日`, 10],
    [() => `${y}/${m}/${d}`, 10],
    [() => iso, 5],
    [() => FW(`${y}年${m}月${d}日`), 5],
  ])();
}

/** 1–9999 in 大写 (壹仟零伍拾). */
function group(n) {
  let out = '';
  let zero = false;
  for (let p = 3; p >= 0; p--) {
    const dgt = Math.floor(n / 10 ** p) % 10;
    if (dgt === 0) { zero = out !== ''; continue; }
    if (zero) out += '零';
    out += DIGITS[dgt] + UNITS[p];
    zero = false;
  }
  return out;
}

/** Whole yuan below 一亿 in 大写 money form: 35000 → 人民币叁万伍仟元整. */
export function daxie(yuan) {
  const wan = Math.floor(yuan / 10000);
  const rest = yuan % 10000;
  let s = wan ? `${group(wan)}万` : '';
  if (rest) s += (wan && rest < 1000 ? '零' : '') + group(rest);
  return `人民币${s || '零'}元整`;
}

/** Amount cell in yuan: a number (mostly), 3.5万元, 人民币叁万伍仟元整, 30,000.00. */
export function amountCell(rng, yuan) {
  if (yuan === undefined) return null;
  return rng.weighted([
    [() => yuan, 75],
    [() => `${yuan / 10000}万元`, 10],
    [() => daxie(yuan), 10],
    [() => `${yuan.toLocaleString('en-US')}.00`, 5],
  ])();
}

/** 是/否, blank when unknown. */
export const yesNo = (b) => (b === undefined ? null : b ? '是' : '否');

/** A list joined the way exports do (mostly 、, sometimes ，). */
export function listCell(rng, list) {
  if (!list || !list.length) return null;
  return list.join(rng.chance(0.85) ? '、' : '，');
}

/** ISO or Chinese date text inside a list cell. */
export const dateText = (rng, iso) => (rng.chance(0.7) ? iso : (([y, m, d]) => `${y}年${m}月${d}日`)(iso.split('-').map(Number)));
