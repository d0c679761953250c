/**
 * OCR-tolerant normalisation, applied to OCR text before extraction. It undoes the confusions seen on scanned
 * case files (tesseract chi_sim on 200-dpi grey scans): spaces between CJK characters and inside numbers,
 * half-width or wrong punctuation after labels, case-number brackets read as ( ] 【 〈, the province in （赣）
 * read as another character, 大写 numerals read as look-alikes (叁→参, 仟→什), ¥ read as Y, 日 read as 曰/目,
 * O/l inside numbers. Each step keeps a confidence per character, so a value built from repaired characters
 * still carries the engine's confidence (a replacement gets the lowest confidence of what it replaced).
 */

/** Text with one confidence per UTF-16 unit (100 when unknown). */
export interface RepairText {
  text: string;
  conf: number[];
}

const CJK = '\\u3400-\\u9fff\\uf900-\\ufaff';
const CJK_PUNCT = '\\u3000-\\u303f\\uff01-\\uff0f\\uff1a-\\uff20\\u2018-\\u201d《》';

/** Replace every match of `re` (global) with `fn(match)`, carrying confidences along. */
export function rewrite(t: RepairText, re: RegExp, fn: (m: RegExpExecArray) => string, confOf?: (m: RegExpExecArray, rep: string) => number[] | undefined): RepairText {
  let text = '';
  const conf: number[] = [];
  let last = 0;
  for (const m of t.text.matchAll(re)) {
    const at = m.index ?? 0;
    text += t.text.slice(last, at);
    conf.push(...t.conf.slice(last, at));
    const rep = fn(m as RegExpExecArray);
    const given = confOf?.(m as RegExpExecArray, rep);
    if (given) {
      text += rep;
      conf.push(...given);
    } else if (rep === m[0]) {
      text += rep;
      conf.push(...t.conf.slice(at, at + rep.length));
    } else {
      const inner = t.conf.slice(at, at + m[0].length).filter((_, i) => !/\s/.test(m[0][i]!));
      const low = inner.length ? Math.min(...inner) : 100;
      // same-length replacements keep their own per-character confidences
      const same = rep.length === m[0].length;
      for (let i = 0; i < rep.length; i++) conf.push(same ? t.conf[at + i]! : low);
      text += rep;
    }
    last = at + m[0].length;
  }
  text += t.text.slice(last);
  conf.push(...t.conf.slice(last));
  return { text, conf };
}

/** Confidence below which a single character at a line's end is a speck, not text. */
export const SPECK_CONF = 20;

/** Drop characters at a line's end that the engine read with almost no confidence (specks, stains). */
function dropSpecks(t: RepairText): RepairText {
  const keep: boolean[] = [...t.text].map(() => true);
  // walk each line from its end: low-confidence non-space characters (and the spaces between them) go
  let i = t.text.length - 1;
  let atLineEnd = true;
  for (; i >= 0; i--) {
    const ch = t.text[i]!;
    if (ch === '\n') {
      atLineEnd = true;
      continue;
    }
    if (!atLineEnd) continue;
    if (/[ \t]/.test(ch)) keep[i] = false;
    else if ((t.conf[i] ?? 100) < SPECK_CONF) keep[i] = false;
    else atLineEnd = false;
  }
  // never empty a line completely: a line of specks is left for the unreadable-page check to judge
  let text = '';
  const conf: number[] = [];
  let lineStart = 0;
  for (let j = 0; j <= t.text.length; j++) {
    if (j < t.text.length && t.text[j] !== '\n') continue;
    const kept = [...Array(j - lineStart).keys()].map((k) => lineStart + k).filter((k) => keep[k]);
    const idx = kept.length ? kept : [...Array(j - lineStart).keys()].map((k) => lineStart + k);
    for (const k of idx) {
      text += t.text[k];
      conf.push(t.conf[k] ?? 100);
    }
    if (j < t.text.length) {
      text += '\n';
      conf.push(t.conf[j] ?? 100);
    }
    lineStart = j + 1;
  }
  return { text, conf };
}

/** Province names → the one-character abbreviation used in case numbers such as （赣）应急罚〔2025〕12号. */
export const PROVINCE_ABBR: Record<string, string> = {
  北京: '京', 天津: '津', 河北: '冀', 山西: '晋', 内蒙古: '蒙', 辽宁: '辽', 吉林: '吉', 黑龙江: '黑', 上海: '沪', 江苏: '苏',
  浙江: '浙', 安徽: '皖', 福建: '闽', 江西: '赣', 山东: '鲁', 河南: '豫', 湖北: '鄂', 湖南: '湘', 广东: '粤', 广西: '桂',
  海南: '琼', 重庆: '渝', 四川: '川', 贵州: '黔', 云南: '滇', 西藏: '藏', 陕西: '陕', 甘肃: '甘', 青海: '青', 宁夏: '宁', 新疆: '新',
};

/** The province an issuing body names (江西省应急管理厅 → 江西), from the first 「X省/自治区/市 … 应急管理」 found. */
export function inferProvince(text: string): string | undefined {
  const compact = text.replace(/\s+/g, '');
  const names = Object.keys(PROVINCE_ABBR).join('|');
  const m = new RegExp(`(${names})(?:省|市|壮族自治区|回族自治区|维吾尔自治区|自治区)?应急管理`).exec(compact) ?? new RegExp(`(${names})(?:省|壮族自治区|回族自治区|维吾尔自治区|自治区)`).exec(compact);
  return m?.[1];
}

// 大写 numerals and the look-alikes tesseract produces for them
const DAXIE_FIX: Record<string, string> = { 参: '叁', 惨: '叁', 什: '仟', 任: '仟', 仔: '仟', 伯: '佰', 百: '佰', 武: '贰', 贡: '贰', 戴: '贰', 染: '柒', 桂: '柒', 类: '柒', 柴: '柒', 沫: '柒', 拐: '捌', 致: '玖', 壶: '壹', 位: '伍', 恬: '陆', 拓: '拾', 肄: '肆', 正: '整' };
const DAXIE = '零壹贰叁肆伍陆柒捌玖拾佰仟万亿元角分整';
// a run may be broken across lines (the line wrap of the document): the newline goes
const DAXIE_RUN = new RegExp(`(人民币|罚款)([${DAXIE}${Object.keys(DAXIE_FIX).join('')}\n]{2,})`, 'g');

/** Confidence given to a province abbreviation inferred from the issuing body's name. */
export const INFERRED_CONF = 90;

const OPEN = '[(（〈<【\\[〔{『「]';
const CLOSE = '[)）〉>】\\]〕}』」|]';

export interface RepairOptions {
  /** province of the issuing body (for the （X） prefix of case numbers); inferred from the text when absent */
  province?: string;
}

/** Repair OCR text (see the module comment). Plain strings in, plain strings out; see repairOcrConf for confidences. */
export function repairOcrText(text: string, opts: RepairOptions = {}): string {
  return repairOcr({ text, conf: Array.from({ length: text.length }, () => 100) }, opts).text;
}

/** Repair OCR text with per-character confidences. */
export function repairOcr(input: RepairText, opts: RepairOptions = {}): RepairText {
  let t = dropSpecks(input);
  t = rewrite(t, /\r\n?/g, () => '\n');
  // stray marks tesseract reads from specks or table rules at a line's ends: a trailing or leading |, a doubled
  // opening bracket
  t = rewrite(t, /[ \t]*\|[ \t]*$/gm, () => '');
  t = rewrite(t, /^[〔【\[(（〈<](?=\s*[(（])/gm, () => '');
  // (PP-OCR reads a colon out of the blank before a line's opening full-width bracket: ：（赣）应急罚…)
  t = rewrite(t, new RegExp(`^[“”"'‘’、，。,.·:;：；|]+\\s*(?=[${CJK}]|${OPEN})`, 'gm'), () => '');
  // full-width letters/digits → half-width (CJK punctuation stays)
  t = rewrite(t, /[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]/g, (m) => String.fromCharCode(m[0].charCodeAt(0) - 0xfee0));
  t = rewrite(t, /\u3000/g, () => ' ');
  // spaces next to CJK characters or CJK punctuation mean nothing in Chinese text
  t = rewrite(t, new RegExp(`(?<=[${CJK}${CJK_PUNCT}])[ \\t]+|[ \\t]+(?=[${CJK}${CJK_PUNCT}])`, 'g'), () => '');
  // spaces inside numbers: 3 0000 → 30000, 2025 年 → 2025年 (above), 36 16 → 3616
  t = rewrite(t, /(?<=\d)[ \t]+(?=[\d.,])|(?<=\d[.,])[ \t]+(?=\d)/g, () => '');
  // O/o and l/I/| between digits are 0 and 1
  t = rewrite(t, /(?<=\d)[Oo〇](?=\d)/g, () => '0');
  t = rewrite(t, /(?<=\d)[lI|](?=\d|[年月日号条])|(?<=[年月])[lI|](?=\d)/g, () => '1');
  // book-title marks: << >> « » 〈〈 〉〉 → 《》
  t = rewrite(t, /<<|«|〈〈/g, () => '《');
  t = rewrite(t, />>|»|〉〉/g, () => '》');
  // a label at the start of a line followed by : ; ! i or nothing sensible → full-width colon
  t = rewrite(t, new RegExp(`(^|\\n)([${CJK}]{2,10}?)(?:[:;!：；！i]{1,3}|[:;：；]\\s*[,.，。])[ \\t]*(?=\\S)`, 'g'), (m) => `${m[1]}${m[2]}：`);
  t = rewrite(t, /(执法证号|证号|编号|代码)[:;：；!]{1,2}[ \t]*/g, (m) => `${m[1]}：`);
  // the labels of case-file forms, whatever mark OCR put after them (当事人，→ 当事人：)
  t = rewrite(t, /^(当事人|受送达人|地址|统一社会信用代码|执法人员|案件编号|案由|送达文书|送达地点|送达方式|送达时间|送达人|承办人意见|审批意见)[，,.。、;；:：!]{1,2}[ \t]*/gm, (m) => `${m[1]}：`);
  // the gap after a surname read as 了 in a list of names (孙了晓东 for 孙晓东; 了 is not used in given names)
  t = rewrite(t, /(?<=^(?:执法人员|送达人|承办人员?|检查人员|办案人员)：(?:[^\n]*[、，,）)])?[\u4e00-\u9fff])了(?=[\u4e00-\u9fff]{1,2}(?:[（(、，,\s]|$))/gm, () => '');
  // half-width parentheses around CJK → full-width (（ ） are what documents use)
  t = rewrite(t, /\(([^()\n]{0,40})\)/g, (m) => (new RegExp(`[${CJK}]`).test(m[1]!) ? `（${m[1]}）` : m[0]));
  t = rewrite(t, new RegExp(`[(〈<](?=[${CJK}])`, 'g'), () => '（');
  t = rewrite(t, /〉/g, () => '）');
  // a case number's 号 read as 写/弓/亏 (〔2025〕102写)
  t = rewrite(t, new RegExp(`(?<=${OPEN}{1,2}\\s*(?:19|20)\\d{2}\\s*${CLOSE}{1,2}\\s*\\d{1,5}\\s*)[写弓亏](?![${CJK}])`, 'g'), () => '号');
  // a colon read out of the blank after a case number's year bracket: 〔2025]：102号
  t = rewrite(t, new RegExp(`(?<=${OPEN}{1,2}\\s*(?:19|20)\\d{2}\\s*${CLOSE}{1,2})[ \\t]*[:：;；][ \\t]*(?=\\d{1,5}\\s*号)`, 'g'), () => '');
  // case-number year brackets: (2025 ] 【2025] 〔【2025] → 〔2025〕
  t = rewrite(t, new RegExp(`${OPEN}{1,2}\\s*((?:19|20)\\d{2})\\s*${CLOSE}{1,2}(?=\\s*\\d{1,5}\\s*号)`, 'g'), (m) => `〔${m[1]}〕`);
  // province prefix of a case number: (诸 )应急罚 → （赣）应急罚 when the issuing province is known
  const province = opts.province ?? inferProvince(t.text);
  const abbr = province ? PROVINCE_ABBR[province] : undefined;
  // an inferred abbreviation is as sure as the province name it came from: confidence INFERRED_CONF
  // (an opening book-title mark 《 is a misread （ there: 《闽)应急罚〔2025〕100号)
  t = rewrite(
    t,
    new RegExp(`(?:${OPEN}|《)\\s*([^\\s()（）《\\n]{1,3})\\s*${CLOSE}(?=[${CJK}]{0,6}?(?:罚|立|决|告|字|令|复)[${CJK}]{0,3}〔)`, 'g'),
    (m) => (abbr && m[1] !== abbr ? `（${abbr}）` : `（${m[1]}）`),
    (m, rep) => (abbr && m[1] !== abbr ? [...rep].map(() => INFERRED_CONF) : undefined),
  );
  t = rewrite(t, /(?<=〕)[ \t]+(?=\d)|(?<=\d)[ \t]+(?=号)/g, () => '');
  // ¥ read as Y (or full-width ￥): Y55000.00 → ¥55000.00
  t = rewrite(t, /(?<![A-Za-z0-9])[Y￥¥]\s*(?=\d)/g, () => '¥');
  // 大写 amounts: 伍万伍什元整 → 伍万伍仟元整, 参万元 → 叁万元
  t = rewrite(t, DAXIE_RUN, (m) => m[1] + [...m[2]!.replace(/\n+$/, '')].map((c) => (c === '\n' ? '' : DAXIE_FIX[c] ?? c)).join('') + (m[2]!.match(/\n+$/)?.[0] ?? ''));
  // the same look-alikes inside a fine in words that OCR broke elsewhere: 人民币业万融什元整 → 人民币业万融仟元整
  t = rewrite(t, /(?<=人民币)[^（(¥。，；;]{1,20}?(?=元)/g, (m) => [...m[0]].map((c) => DAXIE_FIX[c] ?? c).join(''));
  // credit codes (GB 32100 uses no I O S V Z): upper-case, and the look-alike digits for those letters
  t = rewrite(t, /(?<=(?:信用代码|社会信用代码|代码)：?)([0-9A-Za-z]{18})(?![0-9A-Za-z])/g, (m) =>
    m[1]!.toUpperCase().replace(/[IO]|S|Z|V/g, (c) => ({ I: '1', O: '0', S: '5', Z: '2', V: 'U' })[c] ?? c),
  );
  // a stray comma or colon closing a 「label：value」 line (当事人：上饶市万利物流有限公司，)
  t = rewrite(t, new RegExp(`^([${CJK}]{2,10}：[^，,。；;：:\\n]+?)[ \\t]*[，,、.;；:：]+[ \\t]*$`, 'gm'), (m) => m[1]!);
  // a speck after an issuing body's name on its own line (南昌市应急管理局，)
  t = rewrite(t, /(?<=(?:局|厅|委员会|大队|支队|中心|政府))[ \t]*[，,、.。:：;；'"“”]+[ \t]*$/gm, () => '');
  // dates: 19曰 / 19目 / 19晶 → 19日 after a month
  t = rewrite(t, /(?<=\d{4}年\d{1,2}月\d{1,2})[曰目白晶]/g, () => '日');
  // amounts in figures: a comma before the last two digits is the decimal point (¥52000,00 → ¥52000.00);
  // a thousands separator always has three digits after it
  t = rewrite(t, /(?<=¥\d[\d,]*),(?=\d{2}(?![\d,]))/g, () => '.');
  return t;
}

/**
 * Document titles with one character misread (行政处昼决定书 → 行政处罚决定书): a short line that ends in a string
 * one substitution away from exactly one known title (5 characters or more) gets that title. Lines already
 * ending in a title are left alone, so 听证告知书 and 听证通知书 stay apart.
 */
export function repairTitles(input: RepairText, titles: string[]): RepairText {
  const long = [...new Set(titles)].filter((x) => x.length >= 5);
  return rewrite(input, /^[^\n]{5,30}$/gm, (m) => {
    const line = m[0];
    const trimmed = line.trimEnd();
    if (long.some((x) => trimmed.endsWith(x))) return line;
    // a title followed by one or two specks read as characters: 行政处罚决定书本
    const extra = long.find((x) => new RegExp(`${x}[^（(【\\[〔\\s]{1,2}$`).test(trimmed));
    if (extra) return trimmed.slice(0, trimmed.lastIndexOf(extra) + extra.length);
    const near = long.filter((x) => {
      if (trimmed.length < x.length) return false;
      const tail = trimmed.slice(trimmed.length - x.length);
      let diff = 0;
      for (let i = 0; i < x.length && diff < 2; i++) if (tail[i] !== x[i]) diff++;
      return diff === 1;
    });
    if (near.length !== 1) return line;
    const x = near[0]!;
    return trimmed.slice(0, trimmed.length - x.length) + x + line.slice(trimmed.length);
  });
}
