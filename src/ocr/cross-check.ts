/**
 * Cross-checks of OCR'd values against the file's other statements of them: the fine in words and in figures,
 * the case number on several documents, the party, the unit and the credit code as read on each page.
 */
import type { CaseFile } from '../model/types.js';
import { compareAmountWords, parseAmount } from '../ingest/normalize/amounts.js';
import { checkCreditCode } from '../ingest/normalize/credit-code.js';
import { caseIdKey } from '../ingest/normalize/text.js';
import { findDates } from '../ingest/normalize/dates.js';
import { divisionTable } from '../model/divisions-data.js';
import { DOC_NUMBER, cleanNumber } from '../ingest/pdf/segment.js';
import { amounts, findLiteral, spanConf, type Span } from './spans.js';
import type { OcrPage } from './pipeline.js';

const WORDS_AND_FIGURES = /人民币([^（(¥。，；;]{1,20}?)\s*[（(]\s*¥?\s*(\d[\d,]*(?:\.\d+)?)\s*元?\s*[)）]/g;

/** The fine stated in words and in figures side by side (人民币伍万贰仟元整（¥52000.00）), both read as `fine`. */
export function fineStatedTwice(pages: OcrPage[], fine: number): boolean {
  for (const p of pages) for (const m of p.text.replace(/\n/g, '').matchAll(WORDS_AND_FIGURES)) {
    const v = parseAmount(m[2]!);
    if (v.ok && v.value === fine && compareAmountWords(m[1]!, fine) === 'equal') return true;
  }
  return false;
}

/**
 * The closing 整 of a fine in words read as another character that is no numeral or unit (人民币排万贰仟元差 on a
 * faded photograph): put back, so the words are compared by their numerals alone.
 */
export function zhengMisread(words: string): string {
  return words.replace(/(?<=元)[^零壹贰叁肆伍陆柒捌玖拾佰仟万亿元角分整\d]$/, '整');
}

/** Fine in words next to the fine in figures (人民币叁万元整（¥30000.00）) that disagree. */
export function fineStatementsDisagree(pages: OcrPage[]): boolean {
  // words OCR could only partly read must still fit the figures (人民币制万元整（¥80000.00）: ?万元整 fits 80000)
  for (const p of pages) for (const m of p.text.replace(/\n/g, '').matchAll(WORDS_AND_FIGURES)) {
    const v = parseAmount(m[2]!);
    if (!v.ok || v.value === undefined || compareAmountWords(zhengMisread(m[1]!), v.value) === 'conflict') return true;
  }
  const all = amounts(pages);
  for (let i = 0; i + 1 < all.length; i++) {
    const a = all[i]!;
    const b = all[i + 1]!;
    if (a.page === b.page && b.index - a.end <= 3 && a.value !== b.value) return true;
  }
  return false;
}

/** A case number split into its series (issuer + kind, year) and sequence: 浔应急罚〔2025〕54号 → 浔应急罚|2025, 54. */
function splitNumber(n: string): { series: string; seq: number } | undefined {
  const m = /^(.*)\((\d{4})\)第?(\d{1,6})号$/.exec(caseIdKey(n));
  return m ? { series: `${m[1]}|${m[2]}`, seq: Number(m[3]) } : undefined;
}

/**
 * A number a document names in brackets, 行政处罚决定书（信应急罚〔2025〕32号）: the opening bracket is the sentence's,
 * not the number's, unless it closes before the year as a province's does (（赣）应急罚〔2025〕6号).
 */
function unbracket(n: string): string {
  const m = /^[（(]([^）)]*?)[〔［\[【]\s*\d{4}/.exec(n);
  return m ? n.slice(1) : n;
}

/** Case numbers the OCR'd pages state: after 案件编号/文号 labels, after 处罚决定书 (a 送达回执 naming the decision). */
function numberReadings(pages: OcrPage[]): { ref: boolean; value: string }[] {
  const out: { ref: boolean; value: string }[] = [];
  const num = DOC_NUMBER.source;
  for (const p of pages) for (const line of p.text.split('\n')) {
    const l = line.replace(/\s+/g, '');
    for (const m of l.matchAll(new RegExp(`处罚决定书(${num})`, 'g'))) out.push({ ref: true, value: unbracket(cleanNumber(m[1]!)) });
    const own = new RegExp(`^(?:案件编号|文号|编号|案号)?[:：]?(${num})$`).exec(l);
    if (own) out.push({ ref: false, value: cleanNumber(own[1]!) });
  }
  return out;
}

/**
 * Whether the case number is confirmed, in doubt, or neither: in doubt when the decision's own number line was
 * not read (the id then comes from a document naming the decision, or the file name), when a document naming the
 * decision gives another number, or when two numbers of the same series (issuer, kind, year) differ; confirmed
 * when the number is stated again, identically, on another document.
 */
export function idCheck(c: CaseFile, pages: OcrPage[]): 'doubt' | 'confirmed' | 'single' {
  const decision = (c.documents ?? []).find((d) => /处罚决定书/.test(d.title));
  if (decision && !decision.number) return 'doubt';
  const id = caseIdKey(c.id);
  const readings = numberReadings(pages);
  const mine = splitNumber(c.id);
  let again = 0;
  for (const r of readings) {
    const key = caseIdKey(r.value);
    if (key === id) {
      again++;
      continue;
    }
    if (r.ref && decision) return 'doubt';
    const other = splitNumber(r.value);
    if (mine && other && other.series === mine.series && other.seq !== mine.seq) return 'doubt';
  }
  // the number's own line is one reading; any further identical one confirms it
  return again >= 2 ? 'confirmed' : 'single';
}

/** Officers sharing a certificate number, merged to the name read most often; undefined when none. */
export function mergeOfficers(officers: { name: string; certNo?: string }[], pages: OcrPage[]): { name: string; certNo?: string }[] | undefined {
  const byCert = new Map<string, { name: string; certNo?: string }[]>();
  for (const o of officers) if (o.certNo) byCert.set(o.certNo, [...(byCert.get(o.certNo) ?? []), o]);
  if (![...byCert.values()].some((g) => g.length > 1)) return undefined;
  const out: { name: string; certNo?: string }[] = [];
  const done = new Set<string>();
  for (const o of officers) {
    if (!o.certNo) {
      out.push(o);
      continue;
    }
    if (done.has(o.certNo)) continue;
    done.add(o.certNo);
    const group = byCert.get(o.certNo)!;
    out.push(group.reduce((a, b) => (findLiteral(pages, b.name).length > findLiteral(pages, a.name).length ? b : a)));
  }
  return out;
}

/** The party's name as read after 当事人/受送达人 on each page, with the number of pages that read it so. */
export function partyReadings(pages: OcrPage[]): Map<string, { n: number; span: Span }> {
  const out = new Map<string, { n: number; span: Span }>();
  // with a colon, or a form's table cell with none (当事人新余市…有限公司 on a line of its own)
  for (const p of pages) for (const m of p.text.matchAll(/(?:当事人|受送达人|被检查单位|被处罚单位)(?:：([^\n，,。；;：:（(]{2,40})|([\u4e00-\u9fff]{4,40}?(?:有限责任公司|有限公司|公司|厂|合作社|经营部|商行))(?=\n|$))/g)) {
    const name = (m[1] ?? m[2])!;
    const at = (m.index ?? 0) + m[0].length - name.length;
    const span = { page: p.page, confidence: spanConf(p, at, at + name.length) };
    const prev = out.get(name);
    out.set(name, { n: (prev?.n ?? 0) + 1, span: prev && prev.span.confidence >= span.confidence ? prev.span : span });
  }
  return out;
}

/**
 * The credit codes a page states, with their offsets: after a 信用代码 label, or on a line of their own next to a
 * line holding the label — a form's table cell breaks its label around the value (统一社会 / 9136… / 信用代码).
 */
export function codesStated(p: OcrPage): { code: string; at: number }[] {
  const out: { code: string; at: number }[] = [];
  for (const m of p.text.matchAll(/信用代码：?\s*([0-9A-Z]{18})(?![0-9A-Z])/g)) out.push({ code: m[1]!, at: (m.index ?? 0) + m[0].length - 18 });
  const lines = p.text.split('\n');
  let from = 0;
  lines.forEach((line, i) => {
    const m = /^\s*([0-9A-Z]{18})\s*$/.exec(line);
    if (m && [lines[i - 1], lines[i + 1]].some((l) => l !== undefined && /统一社会|信用代码/.test(l) && !/[0-9A-Z]{18}/.test(l))) out.push({ code: m[1]!, at: from + line.indexOf(m[1]!) });
    from += line.length + 1;
  });
  return out;
}

/** Credit codes on the pages that pass the GB 32100 check, with their best reading. */
export function validCodesRead(pages: OcrPage[]): Map<string, Span> {
  const out = new Map<string, Span>();
  for (const p of pages) for (const { code, at } of codesStated(p)) {
    if (checkCreditCode(code).status !== 'valid') continue;
    const span = { page: p.page, confidence: spanConf(p, at, at + 18) };
    const prev = out.get(code);
    if (!prev || span.confidence > prev.confidence) out.set(code, span);
  }
  return out;
}

const UNIT_LINE = /^[\u4e00-\u9fff]{2,24}(?:局|厅|委员会|政府|大队|支队|中心|执法队)$/;

/**
 * The enforcing unit as read on each page (its own line: heading and 落款): the reading found on two or more
 * lines and more often than any other, or undefined. A speck read before one heading (1九江市应急管理局) is outvoted.
 */
export function unitVote(pages: OcrPage[]): { unit: string; span: Span } | undefined {
  const votes = new Map<string, { n: number; span: Span }>();
  for (const p of pages) {
    let at = 0;
    for (const line of p.text.split('\n')) {
      const l = line.trim();
      if (UNIT_LINE.test(l)) {
        const from = at + line.indexOf(l);
        const span = { page: p.page, confidence: spanConf(p, from, from + l.length) };
        const prev = votes.get(l);
        votes.set(l, { n: (prev?.n ?? 0) + 1, span: prev && prev.span.confidence >= span.confidence ? prev.span : span });
      }
      at += line.length + 1;
    }
  }
  const [top, second] = [...votes.entries()].sort((a, b) => b[1].n - a[1].n);
  return top && top[1].n >= 2 && (!second || top[1].n > second[1].n) ? { unit: top[0], span: top[1].span } : undefined;
}

/** How many pages read this credit code after (or in a form cell beside) a 信用代码 label. */
export function codeReadings(pages: OcrPage[], code: string): number {
  return pages.filter((p) => codesStated(p).some((m) => m.code === code)).length;
}

const BROKEN_DATE = /\d{4}年\d{1,2}月(?!\d{1,2}日)|\d{4}年\d(?!\d?月\d{1,2}日)/;

/** A date OCR broke (2025年6月提: the day unreadable) on one of the given pages. */
export function brokenDate(pages: OcrPage[], on: number[]): boolean {
  return pages.some((p) => on.includes(p.page) && BROKEN_DATE.test(p.text.replace(/[ \t]+/g, '')));
}

/** The pages' text without white space (OCR puts spaces between words of one name), a page a line. */
const compactText = (pages: OcrPage[]) => pages.map((p) => p.text.replace(/\s+/g, '')).join('\n');

/** True when a and b differ by one character inserted, dropped or changed. */
export function oneEdit(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1);
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/**
 * The party's name as read, and the same name one character off stated in the file as often or more (the 现场检查记录's
 * 被检查单位 宏达陶次有限公司; the 告知书's salutation and the 送达回执's cell 宏达陶资有限公司): a look-alike misread on
 * one side or the other, and nothing says which. Only names of six characters or more (organisations): one
 * character off a person's two- or three-character name could be any word. Unlabelled statements count too — an
 * organisation's full name does not appear by chance.
 */
export function partyNameDisputed(name: string, pages: OcrPage[]): boolean {
  if ([...name].length < 6) return false;
  const text = compactText(pages);
  const own = text.split(name).length - 1;
  const first = name[0]!, last = name[name.length - 1]!;
  let variants = 0;
  for (let i = 0; i < text.length; i++) {
    for (const len of [name.length, name.length - 1, name.length + 1]) {
      if (i + len > text.length) continue;
      const v = text.slice(i, i + len);
      if ((v[0] !== first && v[len - 1] !== last) || v === name || name.includes(v) || v.includes(name)) continue;
      if (!/^[\u4e00-\u9fff（）()]+$/.test(v) || !oneEdit(name, v)) continue;
      variants++;
      i += len - 1;
      break;
    }
  }
  return variants > 0 && variants >= own;
}

const NAME_LIST = /(?:执法人员|送达人|承办人员?|检查人员|办案人员)：([^\n]+)/g;

/**
 * An officer's name that another document gives one character off (执法人员 孙了晓东, 送达人 孙晓东): one of the
 * readings is wrong and OCR cannot tell which, so the officers are uncertain.
 */
export function officerNameDisputed(officers: { name: string }[], pages: OcrPage[]): boolean {
  const names = officers.map((o) => o.name);
  for (const p of pages) for (const m of p.text.matchAll(NAME_LIST)) {
    for (const item of m[1]!.split(/[、,，;；]/)) {
      const r = item.replace(/[（(].*$/, '').replace(/\s+/g, '');
      if (/^[\u4e00-\u9fff·]{2,6}$/.test(r) && !names.includes(r) && names.some((n) => oneEdit(n, r))) return true;
    }
  }
  return false;
}

/**
 * The unit's place name read elsewhere in the file one character longer, or as often as the unit's own reading,
 * one character off (九江市溪区应急管理局 beside the party's address 九江市濂溪区…): OCR dropped or changed a character
 * of a place name on the unit's lines, and every one of those lines may agree on the misreading (a character the
 * engine reads badly in that font), so the unit is uncertain.
 */
export function unitPlaceDisputed(unit: string, pages: OcrPage[]): boolean {
  const place = unit.replace(/应急管理(局|厅)$|安全生产监督管理局$|(局|厅)$/, '');
  if ([...place].length < 4 || !/[省市县区旗]$/.test(place)) return false;
  const text = compactText(pages);
  const count = (s: string) => text.split(s).length - 1;
  const own = count(place);
  const seen = new Set<string>();
  for (const len of [place.length, place.length + 1]) {
    for (let i = 0; i + len <= text.length; i++) {
      const v = text.slice(i, i + len);
      if (v === place || seen.has(v) || v[0] !== place[0] || v[v.length - 1] !== place[place.length - 1] || !oneEdit(place, v)) continue;
      if (!/^[\u4e00-\u9fff]+$/.test(v)) continue;
      seen.add(v);
      if (len > place.length || count(v) >= own) return true;
    }
  }
  return false;
}

/**
 * The date OCR found for a document dated at its signature stands in its running text (本机关于2025年3月20日告知你单位…)
 * and nowhere as a signature's date: the signature's own date was not read (under the seal, or broken), and the
 * date taken is another event's.
 */
export function dateOnlyInText(pages: OcrPage[], on: number[], iso: string): boolean {
  let found = false;
  for (const p of pages) {
    if (!on.includes(p.page)) continue;
    const lines = p.text.split('\n');
    for (const [i, line] of lines.entries()) {
      const joined = line + (lines[i + 1] ?? '').slice(0, 12);
      for (const d of findDates(joined)) {
        if (d.iso !== iso || d.index >= line.length) continue;
        found = true;
        const end = d.index + d.raw.length;
        const rest = end > line.length ? (lines[i + 1] ?? '').slice(end - line.length) : line.slice(end);
        if (!/^[\s）)。.]*[\u4e00-\u9fff]{2}/.test(rest)) return false; // a date that ends its line: a signature's
      }
    }
  }
  return found;
}

const PLACE = /^(?:[\u4e00-\u9fff]{2,7}?省)?([\u4e00-\u9fff]{1,10}?(?:自治州|市|地区|盟))([\u4e00-\u9fff]{1,6}?(?:区|县|旗))?/;

/**
 * A name that starts with a place no division table knows, or a county under a city it does not belong to
 * (九江市湾溪区… for 九江市濂溪区…, 惠州市章贡区… for 赣州市章贡区…): OCR changed a character of the place name.
 */
export function placeMisread(name: string): boolean {
  const m = PLACE.exec(name.replace(/\s+/g, ''));
  if (!m) return false;
  const t = divisionTable();
  const cities = t.byName.get(m[1]!) ?? [];
  if (!cities.length) return true;
  if (!m[2]) return false;
  const counties = t.byName.get(m[2]) ?? [];
  const codes = new Set(cities.map((d) => d.code));
  return !counties.some((d) => (d.cityCode && codes.has(d.cityCode)) || codes.has(d.code));
}
