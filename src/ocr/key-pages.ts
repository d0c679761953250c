/**
 * `--ocr-pages key`: which scanned pages are read in full, and reading them in that order. A page is classified by
 * its top band (the top quarter: `pageBand`), where a case-file document puts its unit, title and 文号, against the
 * document titles (templates/pdf/document-titles.json). Read in full: the first page of each document (a title in
 * its top band), the file's first page, and every page of a document that is decided or signed — the 决定书, the
 * documents whose date is taken at their signature or deadline (立案审批表, 告知书, 责令限期整改指令书, …) and the 送达回执.
 * Not read beyond their top and bottom bands: continuation pages of records and evidence (询问笔录, 勘验笔录,
 * 现场检查记录, 听证笔录 …) and pages under no known title (attachments: licences, photographs).
 * The decision for a page needs only the pages before it and its own top band (`keyPages` is a left-to-right scan),
 * so `readKeyPages` reads in page order: a page known to be read in full (the file's first page, a page of a
 * document read in full) is read in full at once, without a band reading; only the others are read at their top
 * band first, and the bottom band only of a page that is then not read in full.
 */
import type { GreyImage } from './image.js';
import { documentSpecs, matchTitle, type DocumentSpec } from '../ingest/pdf/segment.js';

/** share of the page height read at the top (to classify a page) and at the bottom of a page not read in full */
export const EDGE_BAND = 0.25;
/** a title is looked for in the first lines of the top band */
const TITLE_LINES = 5;

/** One band of a page: its top or bottom `share` of the height (upside down when the page is). */
export function pageBand(img: GreyImage, part: 'top' | 'bottom', share = EDGE_BAND): GreyImage {
  const band = Math.max(1, Math.min(img.height, Math.round(img.height * share)));
  const y0 = part === 'top' ? 0 : img.height - band;
  return { width: img.width, height: band, data: img.data.slice(img.width * y0, img.width * (y0 + band)) };
}

/** The document kind a page starts (a title among the first lines of its top band), or undefined. */
export function titleOf(bandText: string, all = documentSpecs()): DocumentSpec | undefined {
  const lines = bandText.split('\n').filter((l) => l.trim()).slice(0, TITLE_LINES);
  for (const l of lines) {
    const t = matchTitle(l, all);
    if (t) return t.spec;
  }
  return undefined;
}

/** A document all of whose pages are read: decided, signed, dated at the end, or the service of the decision. */
export function readInFull(spec: DocumentSpec): boolean {
  return Boolean(spec.decision || spec.served || spec.dateFrom === 'signature' || spec.dateFrom === 'deadline');
}

/** The pages to read in full, from the band texts of the pages (in page order; `fromFirst`: the file's first page among them). */
export function keyPages(bands: { page: number; text: string }[], { fromFirst = true, all = documentSpecs() }: { fromFirst?: boolean; all?: DocumentSpec[] } = {}): Set<number> {
  const key = new Set<number>();
  let current: DocumentSpec | undefined;
  bands.forEach((b, i) => {
    const title = titleOf(b.text, all);
    if (title) current = title;
    if ((fromFirst && i === 0) || title || (current && readInFull(current))) key.add(b.page);
  });
  return key;
}

/** The readings `readKeyPages` asks for, one page at a time. */
export interface KeyPageReaders<T extends { text: string }> {
  /** the page in full */
  full(page: number): Promise<T>;
  /** a band of the page (the top: its title; the bottom: its signature, or the title of a page upside down) */
  band(page: number, part: 'top' | 'bottom'): Promise<T>;
  /** a page not read in full: its top and bottom band as one reading */
  edges(page: number, top: T, bottom: T): T;
}

type Step = { kind: 'full' | 'top' | 'bottom'; page: number };

/**
 * Read the pages of a file as `keyPages` decides, with `jobs` readings at once; `titleText`: a reading's text as
 * titles are looked for in it (repaired). A page read in full takes its title from that reading. Readings that
 * settle a page's decision come first (the top, then the bottom band of the first undecided page), then full
 * readings in page order, then — on a worker that would wait — the top bands of later pages (not of the page after
 * one whose full reading is awaited: it is read in full unless that page starts a record); a page whose top band
 * shows a title is read in full at once, before the pages ahead of it are settled. Results in page order;
 * `edgesOnly`: the pages read at their top and bottom band only.
 */
export async function readKeyPages<T extends { text: string }>(
  pages: number[],
  readers: KeyPageReaders<T>,
  { fromFirst = true, jobs = 1, all = documentSpecs(), titleText = (t) => t.text }: { fromFirst?: boolean; jobs?: number; all?: DocumentSpec[]; titleText?: (reading: T) => string } = {},
): Promise<{ pages: T[]; edgesOnly: number[] }> {
  const read = { full: new Map<number, T>(), top: new Map<number, T>(), bottom: new Map<number, T>() };
  const decided = new Map<number, 'full' | 'edges'>();
  const running = new Set<string>();
  const titles = new Map<T, DocumentSpec | undefined>();
  const title = (t: T | undefined): DocumentSpec | undefined => {
    if (!t) return undefined;
    if (!titles.has(t)) titles.set(t, titleOf(titleText(t), all));
    return titles.get(t);
  };
  /**
   * the document a page starts (null: none), undefined while not known: from its full reading when it is read in
   * full, so a band read ahead of time never changes a decision (whatever the timing, the same pages are read)
   */
  const titleAt = (p: number): DocumentSpec | null | undefined => {
    const d = decided.get(p);
    if (d === 'edges') return null;
    if (d === undefined || !read.full.has(p)) return undefined;
    return title(read.full.get(p)) ?? null;
  };
  const next = (): Step | undefined => {
    const settle: Step[] = [];
    const full: Step[] = [];
    const ahead: Step[] = [];
    let current: DocumentSpec | undefined;
    let blockedAt = -1;
    let skip = 1;
    pages.forEach((p, i) => {
      const top = read.top.get(p);
      if (!decided.has(p)) {
        // a title in its top band: read in full whatever the pages before it are
        if (blockedAt < 0 && ((fromFirst && i === 0) || (current && readInFull(current)))) decided.set(p, 'full');
        else if (title(top)) decided.set(p, 'full');
        else if (blockedAt >= 0) {
          if (!top && i >= blockedAt + skip) ahead.push({ kind: 'top', page: p });
        } else if (!top) settle.push({ kind: 'top', page: p });
        else if (!read.bottom.has(p)) settle.push({ kind: 'bottom', page: p });
        // a title only in the bottom band: the page is upside down (the engine turned the band)
        else decided.set(p, title(read.bottom.get(p)) ? 'full' : 'edges');
      }
      if (decided.get(p) === 'full' && !read.full.has(p)) full.push({ kind: 'full', page: p });
      if (blockedAt >= 0) return;
      const t = titleAt(p);
      if (t === undefined) {
        blockedAt = i;
        skip = decided.get(p) === 'full' ? 2 : 1;
      } else if (t) current = t;
    });
    return [...settle, ...full, ...ahead].find((s) => !running.has(`${s.kind}:${s.page}`));
  };
  let failed: unknown;
  let wake: (() => void)[] = [];
  const worker = async (): Promise<void> => {
    while (failed === undefined) {
      const step = next();
      if (!step) {
        if (!running.size) return;
        await new Promise<void>((resolve) => wake.push(resolve));
        continue;
      }
      const id = `${step.kind}:${step.page}`;
      running.add(id);
      try {
        read[step.kind].set(step.page, await (step.kind === 'full' ? readers.full(step.page) : readers.band(step.page, step.kind)));
      } catch (err) {
        failed ??= err;
      } finally {
        running.delete(id);
        const waiting = wake;
        wake = [];
        waiting.forEach((w) => w());
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(jobs, pages.length)) }, worker));
  if (failed !== undefined) throw failed;
  const edgesOnly = pages.filter((p) => decided.get(p) === 'edges');
  return {
    pages: pages.map((p) => (decided.get(p) === 'edges' ? readers.edges(p, read.top.get(p)!, read.bottom.get(p)!) : read.full.get(p)!)),
    edgesOnly,
  };
}
