/** Split a case-file PDF's pages into its documents by their titles (templates/pdf/document-titles.json). */
import { readTemplateJson } from '../../util/paths.js';
import { findDates } from '../normalize/dates.js';
import { toHalfWidth } from '../normalize/text.js';
import type { DateKey } from '../../model/types.js';
import type { PageText } from './page-texts.js';

/** One document kind of a case file, as data. */
export interface DocumentSpec {
  title: string;
  variants: string[];
  dateKey?: DateKey;
  dateFrom?: 'signature' | 'record' | 'deadline';
  record?: boolean;
  evidence?: boolean;
  served?: boolean;
  decision?: boolean;
  /** this document's 文号 is the case number; lower ranks win */
  caseNumber?: number;
  flag?: 'extensionApproved' | 'paymentDeferred' | 'recorded';
}

/** A line of text and the page it is on. */
export interface Line {
  page: number;
  text: string;
}

/** A document found in the file: its kind, where it is, its own number (文号) and date. */
export interface Segment {
  spec: DocumentSpec;
  /** the title line as written (may carry the unit's name) */
  heading: string;
  /** the unit written before the title on its line, or on the line above it */
  unit?: string;
  pages: number[];
  /** the document's lines from its title on */
  lines: Line[];
  number?: { value: string; page: number };
  date?: { iso: string; page: number };
}

let specs: DocumentSpec[] | undefined;
/** The document titles from templates/pdf/document-titles.json. */
export function documentSpecs(): DocumentSpec[] {
  specs ??= readTemplateJson<{ documents: DocumentSpec[] }>('pdf', 'document-titles.json').documents;
  return specs;
}

/** A document number (文号): （赣）应急罚〔2025〕12号, 南昌应急罚〔2025〕12号, 赣应急立[2025]3号. */
export const DOC_NUMBER = /[（(]?[\u4e00-\u9fff]{1,6}[)）]?[\u4e00-\u9fff]{0,12}\s*[〔［\[【(（]\s*\d{4}\s*[〕］\]】)）]\s*第?\s*\d{1,6}\s*号/;
/** Cheap check before the DOC_NUMBER regex (which backtracks on long lines without one). */
function hasDocNumber(line: string): boolean {
  return line.includes('号') && DOC_NUMBER.test(line);
}
const UNIT_SUFFIX = /(局|厅|委员会|委|政府|大队|支队|中心|办公室|管委会|执法队)$/;
const HEADING_LINES = 4;
const MAX_TITLE_LINE = 40;

/** Spaces removed, brackets half-width: the form titles are compared in. */
function compact(s: string): string {
  return toHalfWidth(s).replace(/\s+/g, '');
}

/** The title forms, longest first, so 当场行政处罚决定书 wins over 行政处罚决定书. */
const formsCache = new WeakMap<DocumentSpec[], { form: string; spec: DocumentSpec }[]>();
function forms(all: DocumentSpec[]): { form: string; spec: DocumentSpec }[] {
  const hit = formsCache.get(all);
  if (hit) return hit;
  const list = all
    .flatMap((spec) => [spec.title, ...spec.variants].map((f) => ({ form: compact(f), spec })))
    .sort((a, b) => b.form.length - a.form.length);
  formsCache.set(all, list);
  return list;
}

/** The document kind a line is the title of, with the unit written before it, or undefined. */
export function matchTitle(line: string, all = documentSpecs()): { spec: DocumentSpec; unit?: string } | undefined {
  const c = compact(line);
  if (!c || c.length > MAX_TITLE_LINE || /[。，；：:、,;]/.test(c)) return undefined;
  const bare = c.replace(/[(][^()]{1,8}[)]$/, '');
  for (const { form, spec } of forms(all)) {
    for (const s of [c, bare]) {
      if (!s.endsWith(form)) continue;
      const prefix = s.slice(0, s.length - form.length);
      if (prefix === '') return { spec };
      if (UNIT_SUFFIX.test(prefix)) return { spec, unit: prefix };
    }
  }
  return undefined;
}

/** Split pages into documents. Text before the first title (cover, index) is returned as `preamble`. */
export function segmentDocuments(pages: PageText[], all = documentSpecs()): { documents: Segment[]; preamble: Line[] } {
  const documents: Segment[] = [];
  const preamble: Line[] = [];
  let current: Segment | undefined;
  for (const p of pages) {
    const lines = unwrapLines(p.text.split('\n').filter((l) => l.trim() !== ''));
    // a title (near the top, or followed by a 文号) starts a document; the unit line just above it belongs to it
    const starts = new Map<number, { spec: DocumentSpec; unit?: string; heading: string }>();
    lines.forEach((text, i) => {
      // near the top a title starts the page's document; a second one there (a receipt's 送达文书 cell naming the
      // 行政处罚决定书 on a line of its own) starts a document only when its 文号 follows, as anywhere below
      const heading = i < HEADING_LINES && starts.size === 0;
      const title = heading || hasDocNumber(lines[i + 1] ?? '') ? matchTitle(text, all) : undefined;
      if (!title) return;
      const above = i > 0 ? compact(lines[i - 1]!) : '';
      const unitAbove = !title.unit && UNIT_SUFFIX.test(above) && above.length <= 30 && !starts.has(i - 1);
      const unit = title.unit ?? (unitAbove ? above : undefined);
      starts.set(unitAbove ? i - 1 : i, { spec: title.spec, heading: compact(text), ...(unit ? { unit } : {}) });
    });
    lines.forEach((text, i) => {
      const start = starts.get(i);
      if (start) {
        current = { ...start, pages: [p.page], lines: [] };
        documents.push(current);
      }
      (current ? current.lines : preamble).push({ page: p.page, text });
      if (current && !current.pages.includes(p.page)) current.pages.push(p.page);
    });
  }
  for (const d of documents) {
    const num = documentNumber(d);
    if (num) d.number = num;
    const date = documentDate(d);
    if (date) d.date = date;
  }
  return { documents, preamble };
}

/** Display width: CJK and full-width characters count 2, others 1. */
function width(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\u1100-\uffff]/.test(ch) ? 2 : 1;
  return w;
}

/**
 * Join lines the PDF wrapped at the right margin back into one: a line as wide as the widest on its page
 * (within 8%) that does not end a sentence continues on the next line (so 韦\n华振 → 韦华振).
 */
export function unwrapLines(lines: string[]): string[] {
  const max = Math.max(0, ...lines.map(width));
  if (max < 40) return lines;
  const out: string[] = [];
  let carry = '';
  lines.forEach((l, i) => {
    const line = carry + l;
    carry = '';
    const next = lines[i + 1] ?? '';
    const wrapped = width(l) >= max * 0.92 && !/[。；;：:！？]$/.test(l.trim()) && next !== '' && !startsAnew(next);
    if (wrapped) carry = line.replace(/\s+$/, '');
    else out.push(line);
  });
  if (carry) out.push(carry);
  return out;
}

/** A line that cannot continue the one before: a labelled field, a unit (落款), a date, a title. */
function startsAnew(line: string): boolean {
  const c = compact(line);
  return /^[^，。,()（）]{1,12}[：:]/.test(c) || (UNIT_SUFFIX.test(c) && c.length <= 30) || /^[\d零〇○一二三四五六七八九十]{4}年[\d一二三四五六七八九十]{1,3}月[\d一二三四五六七八九十]{1,3}日$/.test(c) || matchTitle(c) !== undefined;
}

/** The 文号: a line near the title that holds only the number (optionally labelled 文号/编号/案号). */
function documentNumber(d: Segment): Segment['number'] {
  for (const l of d.lines.slice(0, 6)) {
    const c = l.text.replace(/\s+/g, '');
    if (!c.includes('号') || c.length > 40) continue;
    const m = DOC_NUMBER.exec(c);
    if (m && c.replace(/^(文号|编号|案号)[:：]?/, '') === m[0].replace(/^(文号|编号|案号)[:：]?/, '')) return { value: cleanNumber(m[0]), page: l.page };
  }
  return undefined;
}

/** A 文号 as written, without spaces and a leading 编号/案号 label. */
export function cleanNumber(s: string): string {
  return s.replace(/\s+/g, '').replace(/^(文号|编号|案号)/, '');
}

/** The document's own date: the record time (笔录/记录), the deadline (指令书) or the last date (落款). */
function documentDate(d: Segment): Segment['date'] {
  const all = datesIn(d.lines);
  if (!all.length) return undefined;
  if (d.spec.dateFrom === 'deadline') {
    const dl = all.find((x) => /^\s*(之)?前/.test(x.after) || /(期限|限期|期限至|于)\s*[：:]?\s*$/.test(x.before));
    return dl ? { iso: dl.iso, page: dl.page } : undefined;
  }
  if (d.spec.record || d.spec.dateFrom === 'record') {
    const t = all.find((x) => /(时间|日期)\s*[：:]?\s*(自)?\s*$/.test(x.before));
    if (t) return { iso: t.iso, page: t.page };
  }
  const last = all[all.length - 1]!;
  return { iso: last.iso, page: last.page };
}

/** Every date in the lines, with the page and the text just before and after it on its line. */
export function datesIn(lines: Line[]): { iso: string; page: number; before: string; after: string }[] {
  const out: { iso: string; page: number; before: string; after: string }[] = [];
  lines.forEach((l, i) => {
    const text = l.text;
    for (const d of findDates(text)) {
      out.push({ iso: d.iso, page: l.page, before: text.slice(Math.max(0, d.index - 8), d.index), after: text.slice(d.index + d.raw.length, d.index + d.raw.length + 4) });
    }
    // a date the line breaks in two (a narrow form cell: 审批人：王建华 2025 / 年3月12日), found across the break
    const next = lines[i + 1];
    if (!next || next.page !== l.page) return;
    const tail = text.slice(-12);
    const joined = tail + next.text.slice(0, 12);
    for (const d of findDates(joined)) {
      if (d.index >= tail.length || d.index + d.raw.length <= tail.length) continue;
      out.push({ iso: d.iso, page: l.page, before: joined.slice(Math.max(0, d.index - 8), d.index), after: joined.slice(d.index + d.raw.length, d.index + d.raw.length + 4) });
    }
  });
  return out;
}
