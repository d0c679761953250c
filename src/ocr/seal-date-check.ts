/**
 * A signature's date the seal left in doubt, confirmed by the order of the procedure. A date under a seal may hold
 * a digit the engine was unsure of (2025 or 2023: its runner-up was another digit), digits filled in (25年 → 2025年,
 * seal-date.ts) or a digit the ring hid on every reading (4月2日 for 4月21日). The file states the neighbouring
 * procedural dates, and the law orders them: a case is filed (立案) before the party is told of the intended
 * penalty (告知, 行政处罚法 第四十四条), the decision follows the 告知书 (第四十五条, 第六十二条: the party's statement is
 * heard first), and the decision is served after it is made (送达回执, 第六十一条). When every other way the doubtful digits
 * could read — each doubtful or filled-in digit any digit, a digit hidden before or after a one-digit month or day —
 * falls outside the span the file's certain dates leave, and the date read falls inside, the date is certain.
 * Risk, kept small: a file whose own dates break that order AND whose date OCR could not read is confirmed as
 * read; the order rules then see the date as read, which is inside the span. The other way round, a date a seal's
 * second reading gave that breaks the order is made uncertain (sealDatesOutOfOrder).
 */
import type { CaseFile } from '../model/types.js';
import { documentSpecs } from '../ingest/pdf/segment.js';
import { brokenDate, dateOnlyInText } from './cross-check.js';
import { LOW_CONFIDENCE } from './second-opinion.js';
import { signatureDate } from './seal-date.js';
import type { OcrPage } from './pipeline.js';
import { DATE_ORDER, inSpan, proceduralSpan } from './confirm.js';
/** at most this many doubtful digits are tried every way (10^n readings) */
const MAX_DOUBTFUL = 3;

function validIso(y: number, m: number, d: number): string | undefined {
  const t = new Date(Date.UTC(y, m - 1, d));
  if (y < 1000 || t.getUTCFullYear() !== y || t.getUTCMonth() !== m - 1 || t.getUTCDate() !== d) return undefined;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** A part with one digit hidden before or after it (a one-digit month or day only), and the part itself. */
function withHidden(part: string): string[] {
  if (part.length !== 1) return [part];
  const out = [part];
  for (let k = 0; k <= 9; k++) out.push(`${k}${part}`, `${part}${k}`);
  return out;
}

/**
 * Every ISO date the signature's date could be, the doubtful digits (below LOW_CONFIDENCE) taken every way and a digit
 * hidden before or after a one-digit month or day; undefined when too many digits are doubtful to try.
 */
export function readingsOf(year: string, month: string, day: string, doubtful: boolean[]): Set<string> | undefined {
  const digits = [...year, ...month, ...day];
  const at = doubtful.flatMap((d, k) => (d ? [k] : []));
  if (at.length > MAX_DOUBTFUL) return undefined;
  const out = new Set<string>();
  for (let n = 0; n < 10 ** at.length; n++) {
    const ds = [...digits];
    at.forEach((k, j) => {
      ds[k] = String(Math.floor(n / 10 ** j) % 10);
    });
    const y = ds.slice(0, year.length).join('');
    const m = ds.slice(year.length, year.length + month.length).join('');
    const d = ds.slice(year.length + month.length).join('');
    for (const mm of withHidden(m)) for (const dd of withHidden(d)) {
      const iso = validIso(Number(y), Number(mm), Number(dd));
      if (iso) out.add(iso);
    }
  }
  return out;
}

/** The page and signature of a document's date when its only doubt is in the signature's digits. */
function doubtfulSignature(c: CaseFile, key: string, iso: string, pages: OcrPage[]): Set<string> | undefined {
  const spec = documentSpecs().find((s) => s.dateKey === key && s.dateFrom === 'signature');
  const doc = (c.documents ?? []).find((d) => d.title === spec?.title && d.date === iso);
  if (!spec || !doc) return undefined;
  const on = doc.pages ?? [];
  // the date is uncertain for another reason: broken on the page, or found only in the running text
  if (brokenDate(pages, on) || dateOnlyInText(pages, on, iso)) return undefined;
  for (const p of pages) {
    if (!on.includes(p.page)) continue;
    const s = signatureDate(p);
    if (!s || s.year.length !== 4) continue;
    if (validIso(Number(s.year), Number(s.month), Number(s.day)) !== iso) continue;
    const doubtful: boolean[] = [];
    for (let k = s.from; k < s.to; k++) {
      const ch = p.text[k]!;
      const low = (p.conf[k] ?? 100) < LOW_CONFIDENCE;
      if (/\d/.test(ch)) doubtful.push(low);
      else if (low && !/\s/.test(ch)) return undefined; // 年/月/日 themselves unsure: not only a digit in doubt
    }
    return readingsOf(s.year, s.month, s.day, doubtful);
  }
  return undefined;
}

/**
 * The uncertain key dates (of `uncertain`) that the procedure's order confirms: each is a signature's date whose only
 * doubt is in its digits, and of all the ways those digits could read only the date read falls between the file's
 * certain earlier and later dates (filed ≤ notified ≤ decided ≤ served). Repeats until nothing more is confirmed
 * (a date confirmed bounds its neighbours). `others`: the case is uncertain for reasons the dates do not show
 * (unreadable pages, a garbled title): nothing is confirmed.
 */
export function datesConfirmedByOrder(c: CaseFile, pages: OcrPage[], uncertain: ReadonlySet<string>, others = false): string[] {
  if (others) return [];
  const unsure = new Set(uncertain);
  const confirmed: string[] = [];
  const dates = c.dates as Record<string, string | undefined> | undefined;
  for (let changed = true; changed; ) {
    changed = false;
    DATE_ORDER.forEach((key) => {
      const field = `dates.${key}`;
      const iso = dates?.[key];
      if (!iso || !unsure.has(field)) return;
      const span = proceduralSpan(key, (k) => (dates?.[k] && !unsure.has(`dates.${k}`) ? dates[k] : undefined));
      const inside = (d: string) => inSpan(span, d);
      if (!inside(iso)) return;
      const readings = doubtfulSignature(c, key, iso, pages);
      if (!readings || [...readings].some((d) => d !== iso && inside(d))) return;
      unsure.delete(field);
      confirmed.push(field);
      changed = true;
    });
  }
  return confirmed;
}

/**
 * Key dates taken from a seal's second reading (seal-date.ts: read on the lower half, or a year completed) that break
 * the procedure's order against the file's certain dates: a reading the seal disturbed is more likely wrong than the
 * file, so such a date is uncertain (its rules say "not checked") rather than the source of a finding.
 */
export function sealDatesOutOfOrder(c: CaseFile, pages: OcrPage[], uncertain: ReadonlySet<string>): string[] {
  const dates = c.dates as Record<string, string | undefined> | undefined;
  const out: string[] = [];
  DATE_ORDER.forEach((key) => {
    const iso = dates?.[key];
    if (!iso || uncertain.has(`dates.${key}`)) return;
    const spec = documentSpecs().find((s) => s.dateKey === key && s.dateFrom === 'signature');
    const doc = (c.documents ?? []).find((d) => d.title === spec?.title && d.date === iso);
    if (!doc || !pages.some((p) => doc.pages?.includes(p.page) && p.sealDate?.iso === iso)) return;
    if (!inSpan(proceduralSpan(key, (k) => (dates?.[k] && !uncertain.has(`dates.${k}`) ? dates[k] : undefined)), iso)) out.push(`dates.${key}`);
  });
  return out;
}
