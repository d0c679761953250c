/**
 * How sure OCR is of each extracted value. A value keeps its page and the engine's confidence (the lowest
 * character confidence of its best reading); it is uncertain when that is below LOW_CONFIDENCE, when the file
 * states it twice and the statements disagree (fine in words vs figures; the case sequence number across
 * documents), or when it is missing and some page could not be read. Uncertain fields make rules report
 * "not checked (OCR uncertain)" instead of a finding.
 */
import type { CaseFile, OcrInfo } from '../model/types.js';
import { findDates } from '../ingest/normalize/dates.js';
import { parseAmount } from '../ingest/normalize/amounts.js';
import { checkCreditCode } from '../ingest/normalize/credit-code.js';
import type { OcrPage } from './pipeline.js';

/** A value read with a character below this confidence (0–100) is uncertain. */
export const LOW_CONFIDENCE = 50;
/** A page whose mean confidence is below this is unreadable (its text is not used). */
export const UNREADABLE_CONFIDENCE = 55;

/** Fields checked for confidence, as paths into CaseFile. */
export const KEY_FIELDS = ['id', 'unit', 'party.name', 'party.creditCode', 'fine', 'violatedArticles', 'penaltyArticles', 'officers', 'dates.filed', 'dates.notified', 'dates.decided', 'dates.served'] as const;

/** Fields the decision (决定书) is the authority for. */
const DECISION_FIELDS = ['id', 'unit', 'fine', 'violatedArticles', 'penaltyArticles', 'officers', 'dates.decided'];

interface Span {
  page: number;
  confidence: number;
}

/** The lowest confidence over text[from, to), ignoring whitespace. */
function spanConf(p: OcrPage, from: number, to: number): number {
  let low = 100;
  for (let i = from; i < to; i++) if (!/\s/.test(p.text[i]!)) low = Math.min(low, p.conf[i] ?? 100);
  return Math.round(low * 10) / 10;
}

/** Every place a literal appears (whitespace inside the page text ignored). */
function findLiteral(pages: OcrPage[], needle: string): Span[] {
  const want = needle.replace(/\s+/g, '');
  if (!want) return [];
  const out: Span[] = [];
  for (const p of pages) {
    const idx: number[] = [];
    let compact = '';
    for (let i = 0; i < p.text.length; i++) if (!/\s/.test(p.text[i]!)) {
      compact += p.text[i];
      idx.push(i);
    }
    for (let at = compact.indexOf(want); at >= 0; at = compact.indexOf(want, at + 1)) {
      out.push({ page: p.page, confidence: spanConf(p, idx[at]!, idx[at + want.length - 1]! + 1) });
    }
  }
  return out;
}

function findDate(pages: OcrPage[], iso: string): Span[] {
  return pages.flatMap((p) => findDates(p.text).filter((d) => d.iso === iso).map((d) => ({ page: p.page, confidence: spanConf(p, d.index, d.index + d.raw.length) })));
}

const AMOUNT_RE = /人民币([零壹贰叁肆伍陆柒捌玖拾佰仟万亿元角分整]+)|¥\s*([\d,]+(?:\.\d+)?)|([\d,]+(?:\.\d+)?)\s*(万元|元)/g;

/** Every stated amount on the pages, with its value. */
function amounts(pages: OcrPage[]): (Span & { value: number; index: number; end: number })[] {
  const out: (Span & { value: number; index: number; end: number })[] = [];
  for (const p of pages) for (const m of p.text.matchAll(AMOUNT_RE)) {
    const raw = m[1] ?? (m[2] ? m[2] : `${m[3]}${m[4]}`);
    const v = parseAmount(raw);
    if (v.ok && v.value !== undefined) out.push({ page: p.page, value: v.value, index: m.index ?? 0, end: (m.index ?? 0) + m[0].length, confidence: spanConf(p, m.index ?? 0, (m.index ?? 0) + m[0].length) });
  }
  return out;
}

/** Fine in words next to the fine in figures (人民币叁万元整（¥30000.00）) that disagree. */
function fineStatementsDisagree(pages: OcrPage[]): boolean {
  const all = amounts(pages);
  for (let i = 0; i + 1 < all.length; i++) {
    const a = all[i]!;
    const b = all[i + 1]!;
    if (a.page === b.page && b.index - a.end <= 3 && a.value !== b.value) return true;
  }
  return false;
}

/** More than one case sequence (〔2025〕12号 vs 〔2025〕13号) across the OCR'd documents. */
function caseSequencesDisagree(pages: OcrPage[]): boolean {
  const seqs = new Set(pages.flatMap((p) => [...p.text.matchAll(/〔(\d{4})〕(\d{1,5})号/g)].map((m) => `${m[1]}-${Number(m[2])}`)));
  return seqs.size > 1;
}

/** Officers sharing a certificate number, merged to the name read most often; undefined when none. */
function mergeOfficers(officers: { name: string; certNo?: string }[], pages: OcrPage[]): { name: string; certNo?: string }[] | undefined {
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

/** A page OCR'd as the middle of a document although its first lines look like a title (…书, …表, …回执). */
function missedTitle(c: CaseFile, p: OcrPage): boolean {
  if ((c.documents ?? []).some((d) => d.pages?.[0] === p.page)) return false;
  if (!(c.documents ?? []).some((d) => d.pages?.includes(p.page))) return false;
  return p.text.split('\n').slice(0, 3).some((l) => l.length <= 20 && /(书|表|录|回执|收据|意见|清单).{0,2}$/.test(l.trim()));
}

/** The party's name as read after 当事人/受送达人 on each page, with the number of pages that read it so. */
function partyReadings(pages: OcrPage[]): Map<string, { n: number; span: Span }> {
  const out = new Map<string, { n: number; span: Span }>();
  for (const p of pages) for (const m of p.text.matchAll(/(?:当事人|受送达人|被检查单位|被处罚单位)：([^\n，,。；;：:（(]{2,40})/g)) {
    const at = (m.index ?? 0) + m[0].length - m[1]!.length;
    const span = { page: p.page, confidence: spanConf(p, at, at + m[1]!.length) };
    const prev = out.get(m[1]!);
    out.set(m[1]!, { n: (prev?.n ?? 0) + 1, span: prev && prev.span.confidence >= span.confidence ? prev.span : span });
  }
  return out;
}

/** Credit codes on the pages that pass the GB 32100 check, with their best reading. */
function validCodesRead(pages: OcrPage[]): Map<string, Span> {
  const out = new Map<string, Span>();
  for (const p of pages) for (const m of p.text.matchAll(/信用代码：?\s*([0-9A-Z]{18})(?![0-9A-Z])/g)) {
    if (checkCreditCode(m[1]!).status !== 'valid') continue;
    const at = (m.index ?? 0) + m[0].length - 18;
    const span = { page: p.page, confidence: spanConf(p, at, at + 18) };
    const prev = out.get(m[1]!);
    if (!prev || span.confidence > prev.confidence) out.set(m[1]!, span);
  }
  return out;
}

function get(c: CaseFile, field: string): unknown {
  return field.split('.').reduce<unknown>((o, k) => (o && typeof o === 'object' ? (o as Record<string, unknown>)[k] : undefined), c);
}

function isEmpty(v: unknown): boolean {
  return v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0);
}

/** Where and how surely each part of a value was read: the best reading of each part, the weakest part. */
function locate(pages: OcrPage[], field: string, value: unknown): Span | undefined {
  const parts: Span[][] = [];
  if (field.startsWith('dates.')) parts.push(findDate(pages, String(value)));
  else if (field === 'fine') parts.push(amounts(pages).filter((a) => a.value === value));
  else if (field === 'officers') for (const o of value as { name: string; certNo?: string }[]) {
    parts.push(findLiteral(pages, o.name));
    if (o.certNo) parts.push(findLiteral(pages, o.certNo));
  }
  else if (Array.isArray(value)) for (const v of value) parts.push(findLiteral(pages, String(v)));
  else parts.push(findLiteral(pages, String(value)));
  if (!parts.length || parts.some((p) => p.length === 0)) return undefined;
  const best = parts.map((spans) => spans.reduce((a, b) => (b.confidence > a.confidence ? b : a)));
  const worst = best.reduce((a, b) => (b.confidence < a.confidence ? b : a));
  return { page: worst.page, confidence: worst.confidence };
}

export interface Assessment {
  uncertainFields: string[];
  /** values replaced by a better reading (a credit code that passes its check, read on another page) */
  corrections: Record<string, unknown>;
  ocr: OcrInfo;
}

/**
 * Assess the OCR'd values of a case. `pages` are the OCR'd pages of its file (repaired text with confidences);
 * `unreadable` lists pages whose text was not used. Values read from text-layer pages are not assessed.
 */
export function assessOcrCase(c: CaseFile, pages: OcrPage[], unreadable: number[] = []): Assessment {
  const ocrPages = new Set(pages.map((p) => p.page));
  const fieldPages = c.fieldPages ?? {};
  const uncertain = new Set<string>();
  const fields: Record<string, { page: number; confidence: number }> = {};
  for (const field of KEY_FIELDS) {
    const value = get(c, field);
    if (isEmpty(value)) {
      if (unreadable.length) uncertain.add(field);
      continue;
    }
    const page = fieldPages[field] ?? fieldPages[`${field}[0]`];
    if (page !== undefined && !ocrPages.has(page)) continue; // read from a text layer
    const span = locate(page !== undefined ? pages.filter((p) => p.page === page) : pages, field, value) ?? locate(pages, field, value);
    if (span) {
      fields[field] = span;
      if (span.confidence < LOW_CONFIDENCE) uncertain.add(field);
    } else if (page !== undefined) {
      // a normalised value we cannot point at: the page's mean confidence stands in for it
      const p = pages.find((x) => x.page === page)!;
      fields[field] = { page, confidence: p.meanConfidence };
      if (p.meanConfidence < LOW_CONFIDENCE) uncertain.add(field);
    } else if (unreadable.length) uncertain.add(field);
  }
  if (!isEmpty(c.fine) && fineStatementsDisagree(pages)) uncertain.add('fine');
  // the check character is a second statement of the code: an OCR'd code that fails it was misread
  const corrections: Assessment['corrections'] = {};
  const code = c.party?.creditCode;
  if (code && fields['party.creditCode'] && checkCreditCode(code).status === 'invalid') {
    const valid = validCodesRead(pages);
    if (valid.size === 1) {
      const [good, at] = [...valid][0]!;
      corrections['party.creditCode'] = good;
      fields['party.creditCode'] = at;
      uncertain.delete('party.creditCode');
    } else uncertain.add('party.creditCode');
  }
  // the party is named on several documents: two or more readings that agree outvote a misread one
  const party = c.party?.name;
  if (party) {
    const votes = partyReadings(pages);
    const ranked = [...votes.entries()].sort((a, b) => b[1].n - a[1].n);
    const [top, second] = ranked;
    if (top && top[1].n >= 2 && (!second || top[1].n > second[1].n)) {
      corrections['party.name'] = top[0];
      fields['party.name'] = top[1].span;
      uncertain.delete('party.name');
    }
  }
  // one officer read two ways (马了晓东 / 马晓东) shares a certificate number: keep the reading found most often
  const merged = mergeOfficers(c.officers ?? [], pages);
  if (merged) corrections.officers = merged;
  // a page that starts a document whose title OCR garbled: its dates and fields went to the document before it
  if (pages.some((p) => missedTitle(c, p))) for (const f of [...DECISION_FIELDS, 'dates.filed', 'dates.notified', 'dates.served']) if (!isEmpty(get(c, f))) uncertain.add(f);
  // the decision page unread: id, fine, articles, officers … may come from another document (告知书) instead
  const decisionRead = (c.documents ?? []).some((d) => /决定书/.test(d.title) && (d.pages ?? []).some((p) => !unreadable.includes(p)));
  if (unreadable.length && !decisionRead) for (const f of DECISION_FIELDS) uncertain.add(f);
  if (caseSequencesDisagree(pages)) uncertain.add('id');
  const chars = pages.reduce((n, p) => n + p.text.replace(/\s/g, '').length, 0);
  const mean = chars ? pages.reduce((s, p) => s + p.meanConfidence * p.text.replace(/\s/g, '').length, 0) / chars : 0;
  return {
    uncertainFields: [...uncertain].sort(),
    corrections,
    ocr: {
      engine: pages[0]?.engine ?? '',
      pages: [...new Set([...pages.map((p) => p.page), ...unreadable])].sort((a, b) => a - b),
      ...(unreadable.length ? { unreadablePages: [...unreadable].sort((a, b) => a - b) } : {}),
      meanConfidence: Math.round(mean * 10) / 10,
      fields: Object.fromEntries(Object.entries(fields).sort(([a], [b]) => (a < b ? -1 : 1))),
    },
  };
}
