/** Field readers for one document of a case file: each returns the value and the page it was read on. */
import { cleanName, cleanText } from '../normalize/text.js';
import { normalizeCreditCode } from '../normalize/credit-code.js';
import { parseAmount } from '../normalize/amounts.js';
import { CN_NUMERAL_CHARS } from '../normalize/chinese-numerals.js';
import { formatArticleRef, parseArticleRefs } from '../normalize/articles.js';
import type { Officer } from '../../model/types.js';
import type { Found } from './collector.js';
import { readOfficersFrom } from './officers.js';
import type { Line, Segment } from './segment.js';

/** The document's text as one string, and the page of any offset in it. */
export function joined(lines: Line[]): { text: string; pageAt(index: number): number } {
  const starts: number[] = [];
  let text = '';
  for (const l of lines) {
    starts.push(text.length);
    text += `${l.text}\n`;
  }
  return {
    text,
    pageAt(index: number) {
      let i = 0;
      while (i + 1 < starts.length && starts[i + 1]! <= index) i++;
      return lines[i]?.page ?? lines[0]?.page ?? 1;
    },
  };
}

/** First match of `re` (capture group 1) in the document, with its page. */
function first(seg: Segment, re: RegExp, clean: (s: string) => string | undefined = cleanText): Found<string> | undefined {
  const j = joined(seg.lines);
  const m = re.exec(j.text);
  const value = m?.[1] !== undefined ? clean(m[1]) : undefined;
  return value ? { value, page: j.pageAt(m!.index), from: seg.spec.title } : undefined;
}

/** Cut a field value at a run of spaces (the next field on the same line). */
const cell = (s: string) => cleanName(s.split(/\s{2,}|\t/)[0]);

/** An organisation's name in a form's table cell, next to its label with no colon (当事人 | 九江市…有限公司), up to the next cell's label. */
const ORG_IN_CELL = /(?:^|\n)\s*(?:被处罚单位|当事人|被检查单位|受送达人)(?:名称|单位名称)?\s*([\u4e00-\u9fff（）()]{4,40}?(?:有限责任公司|有限公司|公司|厂|合作社|经营部|商行))\s*(?=\n|$|地址|住所|统一社会信用代码|社会信用代码|信用代码|法定代表人|负责人|联系电话|送达)/;

export const readParty = (seg: Segment) =>
  first(seg, /(?:被处罚单位|被处罚人|当事人|被检查单位|被询问单位|受检单位)(?:名称|[(（](?:单位|个人)[)）])?\s*[:：]\s*([^\n]+)/, cell) ?? first(seg, ORG_IN_CELL, cell);

export const readCreditCode = (seg: Segment) =>
  first(seg, /(?:统一社会信用代码|社会信用代码|信用代码)\s*[:：]\s*([0-9A-Za-z*]{6,20})/, (s) => normalizeCreditCode(s));

export const readAddress = (seg: Segment) => first(seg, /(?:单位地址|住所|地址)\s*[:：]\s*([^\n]+)/, cell);

/** The facts of the violation: after 违法事实/经查 up to the evidence or legal-basis sentence. */
export function readFacts(seg: Segment): Found<string> | undefined {
  const j = joined(seg.lines);
  const start = /(?:违法事实(?:及证据)?\s*[:：]?|经查[,，:：]?)/.exec(j.text);
  if (!start) return undefined;
  const from = start.index + start[0].length;
  const rest = j.text.slice(from);
  const end = /(以上事实|上述事实|以上违法事实|你(?:单位)?的?上述行为|上述行为|违反了|依据《|根据《)/.exec(rest);
  const facts = (end ? rest.slice(0, end.index) : rest.split(/\n\s*\n/)[0]!)
    .replace(/\s*\n\s*/g, '')
    .replace(/^[，,:：\s]+/, '')
    .replace(/^经查[，,:：]?/, '')
    .replace(/[，,；;。\s]+$/g, '');
  return facts ? { value: facts, page: j.pageAt(from), from: seg.spec.title } : undefined;
}

/** Laws that govern the procedure, not the violation: their articles are not penalty articles. */
const PROCEDURAL_LAW = /行政处罚法|行政复议法|行政诉讼法|行政强制法/;

/** Violated (违反…) and penalty (依据…) articles, in the normalised form 《法》第97条第1款第3项. */
export function readArticles(seg: Segment): { violated?: Found<string[]>; penalty?: Found<string[]> } {
  const j = joined(seg.lines);
  const violated: string[] = [];
  const penalty: string[] = [];
  let vPage: number | undefined;
  let pPage: number | undefined;
  const clauses = j.text.replace(/\n/g, '').split(/(?<=[。；;，,])/);
  let offset = 0;
  for (const clause of clauses) {
    const at = offset;
    offset += clause.length;
    if (!clause.includes('《')) continue;
    const refs = parseArticleRefs(clause).filter((r) => r.law && !PROCEDURAL_LAW.test(r.law)).map(formatArticleRef);
    if (!refs.length) continue;
    const page = j.pageAt(indexWithNewlines(j.text, at));
    if (/违反/.test(clause)) {
      violated.push(...refs.filter((r, k) => !violated.includes(r) && refs.indexOf(r) === k));
      vPage ??= page;
    } else if (/依据|根据|按照|依照/.test(clause)) {
      penalty.push(...refs.filter((r, k) => !penalty.includes(r) && refs.indexOf(r) === k));
      pPage ??= page;
    }
  }
  const from = seg.spec.title;
  return {
    ...(violated.length ? { violated: { value: violated, page: vPage!, from } } : {}),
    ...(penalty.length ? { penalty: { value: penalty, page: pPage!, from } } : {}),
  };
}

/** Offset in the text with newlines for an offset in the same text without them. */
function indexWithNewlines(text: string, flatIndex: number): number {
  let seen = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '\n') continue;
    if (seen === flatIndex) return i;
    seen++;
  }
  return text.length - 1;
}

const AMOUNT = `(?:[0-9][0-9,，.]*\\s*(?:万元|万|元)|[${CN_NUMERAL_CHARS}]+(?:元|圆)[${CN_NUMERAL_CHARS}角分]*整?)`;
const FINE_PATTERNS = [
  new RegExp(`罚款\\s*(?:人民币|￥|¥)?\\s*[:：]?\\s*(${AMOUNT})`),
  new RegExp(`(?:人民币|￥|¥)\\s*(${AMOUNT})[^，。,;；\\n]{0,12}罚款`),
  new RegExp(`(?:金额|罚没款金额|缴款金额)(?:（大写）|\\(大写\\))?\\s*[:：]\\s*(?:人民币)?\\s*(${AMOUNT})`),
  // the words unreadable (a scan), the figures after them in brackets: 罚款人民币捌万元整（¥80000.00）, also with
  // the ¥ lost (（15000.00）)
  /罚款\s*人民币\s*[^（(¥￥\n。，；;]{1,16}?\s*[（(]\s*[¥￥]?\s*([0-9][0-9,，]*(?:\.\d+)?)\s*元?\s*[)）]/,
];

/** The fine in yuan (小写 30000元 / 3万元 or 大写 叁万元整). */
export function readFine(seg: Segment): Found<number> | undefined {
  const j = joined(seg.lines);
  const text = j.text.replace(/\n/g, '');
  for (const re of FINE_PATTERNS) {
    const m = re.exec(text);
    if (!m) continue;
    const parsed = parseAmount(m[1]!.replace(/圆/g, '元'));
    if (parsed.ok && parsed.value !== undefined) {
      return { value: parsed.value, page: j.pageAt(indexWithNewlines(j.text, m.index)), from: seg.spec.title };
    }
  }
  return undefined;
}

/** Officers and their certificate numbers in any layout src/ingest/pdf/officers.ts reads. */
export function readOfficers(seg: Segment): Found<Officer>[] {
  return readOfficersFrom(seg).officers;
}

/** Penalty kinds named in the decision's operative sentence. */
export function readPenaltyKinds(seg: Segment): string[] {
  const text = joined(seg.lines).text.replace(/\n/g, '');
  const m = /(?:决定(?:给予|对你(?:单位)?)|作出如下)([^。]*)/.exec(text);
  const scope = m ? m[1]! : '';
  const kinds: [string, RegExp][] = [
    ['警告', /警告/],
    ['罚款', /罚款/],
    ['没收违法所得', /没收违法所得/],
    ['责令停产停业', /停产停业|停业整顿/],
    ['暂扣许可证', /暂扣/],
    ['吊销许可证', /吊销/],
  ];
  return kinds.filter(([, re]) => re.test(scope)).map(([k]) => k);
}
