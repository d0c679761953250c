/**
 * Second statements that confirm a value OCR read with a doubtful character, on faded or photographed pages where
 * the engine is unsure of digits it read right (a 4 it nearly read as 1, the 5 of 2025 under a seal's ring). Each
 * check needs a statement of the same fact made independently elsewhere in the file, read surely:
 * - a date whose only doubtful characters are its year's: the document's own number carries the year it was
 *   issued in (渝应急罚告〔2025〕58号 above 202?年8月26日), and the date must still fall in the file's procedural
 *   order against the dates read surely (a number can give the case's year to a document issued the next January);
 * - a fine taken from the 告知书 because the decision's own sentence was garbled: the decision must state the same
 *   amount somewhere (its figures), or the fine is uncertain (a fine can be lowered after 陈述申辩).
 * Used by assess.ts; the credit code's confirmation (its check character and a second reading) is in cross-check.ts.
 */
import type { CaseFile } from '../model/types.js';
import { findDates } from '../ingest/normalize/dates.js';
import { amounts } from './spans.js';
import { brokenDate, dateOnlyInText } from './cross-check.js';
import { LOW_CONFIDENCE } from './second-opinion.js';
import type { OcrPage } from './pipeline.js';

/** A document number's year: 〔2025〕58号, 〔2025〕第58号, or with the opening bracket lost (罚告2025）58号). */
const NUMBER_YEAR = /((?:19|20)\d{2})\s*[〕］\]】）)]\s*第?\s*\d{1,6}\s*号/g;

/** Lines from the top of a document's first page in which its own number stands. */
const NUMBER_LINES = 6;

/**
 * The procedural order of the dates a case file gives (立案 → 告知 → 决定 → 送达): 行政处罚法 第四十四条 (告知 before the
 * decision), 第六十二条 (the party heard first), 第六十一条 (served after it is made). The one order every OCR date
 * check uses (here and seal-date-check.ts).
 */
export const DATE_ORDER = ['filed', 'notified', 'decided', 'served'] as const;

/**
 * The span the file's sure dates leave for a step's date (`sure`: key → ISO date, or undefined when not sure): not
 * before the latest earlier step's date (lo), not after the earliest later step's (hi); `anchors` counts the sure
 * dates it rests on.
 */
export function proceduralSpan(key: string, sure: (k: string) => string | undefined): { lo?: string; hi?: string; anchors: number } {
  const at = DATE_ORDER.indexOf(key as (typeof DATE_ORDER)[number]);
  const before = DATE_ORDER.slice(0, Math.max(0, at)).map(sure).filter((d): d is string => !!d);
  const after = (at < 0 ? [] : DATE_ORDER.slice(at + 1)).map(sure).filter((d): d is string => !!d);
  return {
    ...(before.length ? { lo: before.reduce((a, b) => (a > b ? a : b)) } : {}),
    ...(after.length ? { hi: after.reduce((a, b) => (a < b ? a : b)) } : {}),
    anchors: before.length + after.length,
  };
}

/** Is `date` inside a span (proceduralSpan)? */
export const inSpan = (span: { lo?: string; hi?: string }, date: string): boolean => (!span.lo || date >= span.lo) && (!span.hi || date <= span.hi);

/** The year a document's own number states with every digit read surely, or undefined. */
export function numberYear(page: OcrPage): string | undefined {
  const head = page.text.split('\n').slice(0, NUMBER_LINES).join('\n');
  for (const m of head.matchAll(NUMBER_YEAR)) {
    const at = m.index ?? 0;
    if ([0, 1, 2, 3].every((k) => (page.conf[at + k] ?? 100) >= LOW_CONFIDENCE)) return m[1];
    return undefined; // the document's number is its first: a doubtful one is not replaced by another
  }
  return undefined;
}

/**
 * Is the date `iso` on these pages doubtful only in its year's digits? True when some reading of it has a doubtful
 * year digit (below LOW_CONFIDENCE) and every other character sure. A date read surely throughout is not: it is
 * uncertain for another reason (taken from the running text, a garbled title), which its number's year cannot mend.
 */
export function doubtfulOnlyInYear(pages: OcrPage[], on: number[], iso: string): boolean {
  for (const p of pages) {
    if (!on.includes(p.page)) continue;
    for (const d of findDates(p.text)) {
      if (d.iso !== iso || !/^\d{4}/.test(d.raw)) continue;
      let ok = true;
      let yearDoubt = false;
      for (let k = 0; k < d.raw.length && ok; k++) {
        if (/\s/.test(d.raw[k]!)) continue;
        const low = (p.conf[d.index + k] ?? 100) < LOW_CONFIDENCE;
        if (low && k >= 4) ok = false;
        else if (low) yearDoubt = true;
      }
      if (ok && yearDoubt) return true;
    }
  }
  return false;
}

/**
 * Whether `date` keeps the procedural order against the other dates read surely (`sure`: key → ISO date): not before
 * an earlier step's, not after a later step's; false when no other date is sure (nothing to place it against).
 */
export function inProceduralOrder(key: string, date: string, sure: Record<string, string | undefined>): boolean {
  if (!DATE_ORDER.includes(key as (typeof DATE_ORDER)[number])) return false;
  const span = proceduralSpan(key, (k) => sure[k]);
  return span.anchors > 0 && inSpan(span, date);
}

/**
 * A date field OCR read with only its year doubtful, confirmed by the year of its document's own number (read
 * surely on the document's first page) and by the procedural order against the file's sure dates. Only the
 * documents that are numbered themselves: 立案审批表 (filed), 告知书 (notified), 决定书 (decided).
 */
export function yearConfirmed(c: CaseFile, pages: OcrPage[], key: string, sure: Record<string, string | undefined>): boolean {
  // a 送达回执 carries no number of its own: the one it names is the decision's, which may be of the year before
  if (key === 'served') return false;
  const iso = (c.dates as Record<string, string | undefined> | undefined)?.[key];
  if (!iso) return false;
  const docPage = c.fieldPages?.[`dates.${key}`];
  const doc = (c.documents ?? []).find((d) => docPage !== undefined && d.pages?.includes(docPage));
  const first = doc?.pages?.[0];
  const head = pages.find((p) => p.page === first);
  if (!doc || !head) return false;
  // a date found only inside a sentence (the 告知书's, quoted by the decision) or broken on the page: not the signature's
  if (brokenDate(pages, doc.pages ?? []) || dateOnlyInText(pages, doc.pages ?? [], iso)) return false;
  if (!doubtfulOnlyInYear(pages, doc.pages ?? [], iso)) return false;
  return numberYear(head) === iso.slice(0, 4) && inProceduralOrder(key, iso, sure);
}

/**
 * A fine read on another document (the 告知书's proposed fine, when the decision's sentence was garbled) that the
 * decision's pages, read, do not state anywhere: the decided fine may differ, so the value is uncertain.
 */
export function fineNotOnDecision(c: CaseFile, pages: OcrPage[]): boolean {
  if (c.fine === undefined) return false;
  const decision = (c.documents ?? []).find((d) => /处罚决定书/.test(d.title));
  const read = (decision?.pages ?? []).filter((n) => pages.some((p) => p.page === n));
  const from = c.fieldPages?.fine;
  if (!decision || !read.length || from === undefined || decision.pages?.includes(from)) return false;
  return !amounts(pages.filter((p) => read.includes(p.page))).some((a) => a.value === c.fine);
}
