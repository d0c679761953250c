/**
 * How sure OCR is of each extracted value. A value keeps its page and the engine's confidence (the lowest
 * character confidence of its best reading, after the second opinion on doubtful digits); it is uncertain when
 * that is below LOW_CONFIDENCE, when the file states it twice and the statements disagree (cross-check.ts: fine
 * in words vs figures, the case number across documents), when its document's date is broken, or when it is
 * missing and some page could not be read. Uncertain fields make rules report "not checked (OCR uncertain)"
 * instead of a finding.
 */
import type { CaseFile, OcrInfo } from '../model/types.js';
import { checkCreditCode } from '../ingest/normalize/credit-code.js';
import { brokenDate, dateOnlyInText, oneEdit, placeMisread, unitPlaceDisputed, codeReadings, fineStatedTwice, fineStatementsDisagree, idCheck, mergeOfficers, officerNameDisputed, partyNameDisputed, partyReadings, unitVote, validCodesRead } from './cross-check.js';
import { documentSpecs } from '../ingest/pdf/segment.js';
import { DATE_ORDER, fineNotOnDecision, yearConfirmed } from './confirm.js';
import { locate } from './spans.js';
import { LOW_CONFIDENCE } from './second-opinion.js';
import type { OcrPage } from './pipeline.js';
import { datesConfirmedByOrder, sealDatesOutOfOrder } from './seal-date-check.js';

/** A value read with a character below this confidence (0–100) is uncertain (second-opinion.ts confirms digits). */
export { LOW_CONFIDENCE };
/** A page whose mean confidence is below this is unreadable (its text is not used). */
export const UNREADABLE_CONFIDENCE = 55;

/** Fields checked for confidence, as paths into CaseFile. */
export const KEY_FIELDS = ['id', 'unit', 'party.name', 'party.creditCode', 'fine', 'violatedArticles', 'penaltyArticles', 'officers', 'dates.filed', 'dates.notified', 'dates.decided', 'dates.served'] as const;

/** Fields the decision (决定书) is the authority for. */
const DECISION_FIELDS = ['id', 'unit', 'fine', 'violatedArticles', 'penaltyArticles', 'officers', 'dates.decided'];

/** A page OCR'd as the middle of a document although its first lines look like a title (…书, …表, …回执). */
function missedTitle(c: CaseFile, p: OcrPage): boolean {
  if ((c.documents ?? []).some((d) => d.pages?.[0] === p.page)) return false;
  if (!(c.documents ?? []).some((d) => d.pages?.includes(p.page))) return false;
  // …or a line one character off a title (询问笔孙 for 询问笔录: the title repair did not dare)
  const titles = documentSpecs().flatMap((d) => [d.title, ...d.variants]);
  return p.text.split('\n').slice(0, 3).some((l) => {
    const t = l.trim();
    return (t.length <= 20 && /(书|表|录|回执|收据|意见|清单).{0,2}$/.test(t)) || (t.length >= 4 && titles.some((x) => oneEdit(x, t)));
  });
}

/** The procedural date a document of this title gives (立案审批表 → filed), from templates/pdf/document-titles.json. */
function dateKeyOf(title: string): string | undefined {
  return documentSpecs().find((s) => s.title === title)?.dateKey;
}

function get(c: CaseFile, field: string): unknown {
  return field.split('.').reduce<unknown>((o, k) => (o && typeof o === 'object' ? (o as Record<string, unknown>)[k] : undefined), c);
}

function isEmpty(v: unknown): boolean {
  return v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0);
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
  // a date doubtful only in its year, which its document's own number states (confirm.ts)
  const sure = Object.fromEntries(DATE_ORDER.map((k) => [k, uncertain.has(`dates.${k}`) ? undefined : (c.dates as Record<string, string | undefined> | undefined)?.[k]]));
  for (const k of DATE_ORDER) if (uncertain.has(`dates.${k}`) && yearConfirmed(c, pages, k, sure)) uncertain.delete(`dates.${k}`);
  // the case number stated again on other documents confirms a low-confidence reading; disagreement casts doubt
  const id = idCheck(c, pages);
  if (id === 'doubt') uncertain.add('id');
  else if (id === 'confirmed') uncertain.delete('id');
  // a province bracket that closes without opening (人喜)应急罚〔2025〕100号 for （赣）…): its first characters were misread
  const head = (c.id ?? '').split(/[〔［\[【]|[（(]\s*\d{4}/)[0]!;
  if (fields.id && /[）)]/.test(head) && !/[（(]/.test(head)) uncertain.add('id');
  // a credit code that passes its check character and reads the same on two documents is confirmed
  if (c.party?.creditCode && checkCreditCode(c.party.creditCode).status === 'valid' && codeReadings(pages, c.party.creditCode) >= 2) uncertain.delete('party.creditCode');
  // a document whose date OCR broke (2025年6月提) gives no date: the date is uncertain, not missing
  for (const d of c.documents ?? []) {
    const key = dateKeyOf(d.title);
    if (key && !d.date && isEmpty(get(c, `dates.${key}`)) && brokenDate(pages, d.pages ?? [])) uncertain.add(`dates.${key}`);
  }
  // a document dated at its signature whose date was read only in its running text: the signature's date was lost
  for (const d of c.documents ?? []) {
    const spec = documentSpecs().find((s) => s.title === d.title);
    if (spec?.dateFrom !== 'signature' || !spec.dateKey || !d.date || get(c, `dates.${spec.dateKey}`) !== d.date) continue;
    if (dateOnlyInText(pages, d.pages ?? [], d.date)) uncertain.add(`dates.${spec.dateKey}`);
  }
  // the fine in words and in figures read alike: two statements agree, whatever the characters' confidence
  if (c.fine !== undefined && fineStatedTwice(pages, c.fine)) uncertain.delete('fine');
  if (!isEmpty(c.fine) && fineStatementsDisagree(pages)) uncertain.add('fine');
  if (fineNotOnDecision(c, pages)) uncertain.add('fine');
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
  // the unit heads and signs every document: the reading most lines agree on outvotes a misread one
  const unit = unitVote(pages);
  if (c.unit && unit) {
    corrections.unit = unit.unit;
    fields.unit = unit.span;
    uncertain.delete('unit');
  }
  // …unless its place name is read elsewhere with a character more (九江市溪区 beside 九江市濂溪区): all agreed on a misreading
  const unitRead = (unit?.unit ?? c.unit) as string | undefined;
  if (unitRead && fields.unit && (unitPlaceDisputed(unitRead, pages) || placeMisread(unitRead))) uncertain.add('unit');
  // a party whose name starts with a place that does not exist (九江市湾溪区…, 惠州市章贡区…) was misread
  const partyRead = (corrections['party.name'] ?? c.party?.name) as string | undefined;
  if (partyRead && fields['party.name'] && placeMisread(partyRead)) uncertain.add('party.name');
  // …or that the file states one character off as often or more (宏达陶次 / 宏达陶资 ×2): OCR cannot tell which is right
  if (partyRead && fields['party.name'] && partyNameDisputed(partyRead, pages)) uncertain.add('party.name');
  // one officer read two ways (马了晓东 / 马晓东) shares a certificate number: keep the reading found most often
  const merged = mergeOfficers(c.officers ?? [], pages);
  if (merged) corrections.officers = merged;
  if (officerNameDisputed(merged ?? c.officers ?? [], pages)) uncertain.add('officers');
  // a page that starts a document whose title OCR garbled: its dates and fields went to the document before it
  if (pages.some((p) => missedTitle(c, p))) for (const f of [...DECISION_FIELDS, 'dates.filed', 'dates.notified', 'dates.served']) if (!isEmpty(get(c, f))) uncertain.add(f);
  // the decision page unread: id, fine, articles, officers … may come from another document (告知书) instead
  const decisionRead = (c.documents ?? []).some((d) => /决定书/.test(d.title) && (d.pages ?? []).some((p) => !unreadable.includes(p)));
  if (unreadable.length && !decisionRead) for (const f of DECISION_FIELDS) uncertain.add(f);
  // a signature's date with a doubtful digit (under a seal) that only one way fits the procedure's order (seal-date-check.ts)
  for (const f of datesConfirmedByOrder(c, pages, uncertain, unreadable.length > 0 || pages.some((p) => missedTitle(c, p)))) uncertain.delete(f);
  // …and one the seal's second reading gave that breaks that order is uncertain
  for (const f of sealDatesOutOfOrder(c, pages, uncertain)) uncertain.add(f);
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
