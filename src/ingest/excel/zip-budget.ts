/**
 * Zip-bomb guard on what is really inflated, not on what the zip headers claim.
 *
 * Why: the size sniff (sniff.ts) trusts the central directory; a crafted .xlsx whose local and central headers
 * say 1 KB while each part inflates to 1 GB passed it, exceljs copied every worksheet into TMPDIR before the
 * XML budget stopped it (4 minutes, 3 GB written), and — on the worker thread, where the `tmp` package's exit
 * hook never runs — left 2 GB of temp files behind. Now every inflated byte of every part is counted as it
 * leaves the inflater (unzip-errors.ts), a part over the per-part limit or a workbook over the total stops the
 * read at once, and the temp files exceljs made during the read are removed on every path (rows.ts).
 */
import { AsyncLocalStorage } from 'node:async_hooks';

/** Default largest inflated size of one zip part (a worksheet of a 100,000-row export is ~200 MB). */
export const DEFAULT_PART_LIMIT = 512 * 1024 ** 2;

/** The per-part limit: CASEAUDIT_XLSX_PART_LIMIT_MB when set (a positive number of MiB), else the default. */
export function partLimit(): number {
  const mb = Number(process.env.CASEAUDIT_XLSX_PART_LIMIT_MB);
  return Number.isFinite(mb) && mb > 0 ? Math.floor(mb * 1024 ** 2) : DEFAULT_PART_LIMIT;
}

/**
 * Longest run of text without a tag accepted in a workbook part (characters): CASEAUDIT_XLSX_TEXT_LIMIT when set,
 * else 64 Mi. Excel itself stores at most 32,767 characters in a cell and a record field over 1,000,000 is
 * rejected anyway (post-check.ts); past this the read stops naming the cell instead of ending in V8's
 * "Invalid string length".
 */
export function textLimit(): number {
  const n = Number(process.env.CASEAUDIT_XLSX_TEXT_LIMIT);
  return Number.isInteger(n) && n > 0 ? n : 64 * 1024 ** 2;
}

/** The limits and bookkeeping of one workbook read. */
export interface ZipBudget {
  /** XML bytes still allowed through the parser (the whole workbook) */
  remaining: number;
  onExceeded: () => Error;
  /** inflated bytes allowed per zip part */
  partLimit: number;
  /** inflated bytes allowed for all parts together */
  totalLimit: number;
  /** inflated so far, all parts */
  inflated: number;
  /** the first limit crossed: the error the read ends with, whatever else fails after it */
  exceeded?: Error;
  /** temp files exceljs created during the read (removed when it ends) */
  temps: Set<string>;
  /** entries of the shared-strings part, once read (sheet-events.ts) */
  sharedStrings?: number;
  /** longest text node accepted (characters) */
  textLimit: number;
  /** the error for one text node longer than the cap (where: the cell, e.g. "C5", or the shared string) */
  textTooLong: (where: string, limit: number) => Error;
  /** the sheet being read (for messages), when known */
  sheet?: string;
  /** zip entries still inflating, oldest first; `drop()` discards the rest of one (counted, not parsed) */
  inflating: { path: string; drop: () => void }[];
  /** the error for a part (or the whole) inflating past its limit */
  partError: (part: string, limit: number, whole: boolean) => Error;
}

export const budgetStore = new AsyncLocalStorage<ZipBudget>();
