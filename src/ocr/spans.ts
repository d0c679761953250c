/** Where OCR'd values sit on their pages and how surely they were read: spans of text with their lowest confidence. */
import { findDates } from '../ingest/normalize/dates.js';
import { parseAmount } from '../ingest/normalize/amounts.js';
import type { OcrPage } from './pipeline.js';

export interface Span {
  page: number;
  confidence: number;
}

/** The lowest confidence over text[from, to), ignoring whitespace. */
export function spanConf(p: OcrPage, from: number, to: number): number {
  let low = 100;
  for (let i = from; i < to; i++) if (!/\s/.test(p.text[i]!)) low = Math.min(low, p.conf[i] ?? 100);
  return Math.round(low * 10) / 10;
}

/** Every place a literal appears (whitespace inside the page text ignored). */
export function findLiteral(pages: OcrPage[], needle: string): Span[] {
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

export function findDate(pages: OcrPage[], iso: string): Span[] {
  return pages.flatMap((p) => findDates(p.text).filter((d) => d.iso === iso).map((d) => ({ page: p.page, confidence: spanConf(p, d.index, d.index + d.raw.length) })));
}

// (figures in brackets with the ¥ lost, （15000.00）, count as figures too)
const AMOUNT_RE = /人民币([零壹贰叁肆伍陆柒捌玖拾佰仟万亿元角分整]+)|¥\s*([\d,]+(?:\.\d+)?)|([\d,]+(?:\.\d+)?)\s*(万元|元)|(?<=[（(])\s*(\d[\d,]*\.\d{2})(?=\s*[)）])/g;

/** Every stated amount on the pages, with its value. */
export function amounts(pages: OcrPage[]): (Span & { value: number; index: number; end: number })[] {
  const out: (Span & { value: number; index: number; end: number })[] = [];
  for (const p of pages) for (const m of p.text.matchAll(AMOUNT_RE)) {
    const raw = m[1] ?? m[2] ?? m[5] ?? `${m[3]}${m[4]}`;
    const v = parseAmount(raw);
    if (v.ok && v.value !== undefined) out.push({ page: p.page, value: v.value, index: m.index ?? 0, end: (m.index ?? 0) + m[0].length, confidence: spanConf(p, m.index ?? 0, (m.index ?? 0) + m[0].length) });
  }
  return out;
}

/** Where and how surely each part of a value was read: the best reading of each part, the weakest part. */
export function locate(pages: OcrPage[], field: string, value: unknown): Span | undefined {
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
