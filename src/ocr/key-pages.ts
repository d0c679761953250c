/**
 * `--ocr-pages key`: which scanned pages are read in full. Every page is first read at its edges only (the top and
 * bottom quarter, stacked: `edgeBands`), which is where a case-file document puts its unit, title and 文号 and its
 * signature and date, and is enough to classify the page by the document titles (templates/pdf/document-titles.json).
 * Read in full: the first page of each document (a title in its top band), the file's first page, and every page
 * of a document that is decided or signed — the 决定书, the documents whose date is taken at their signature or
 * deadline (立案审批表, 告知书, 责令限期整改指令书, …) and the 送达回执. Not read beyond their edges: continuation
 * pages of records and evidence (询问笔录, 勘验笔录, 现场检查记录, 听证笔录 …) and pages under no known title
 * (attachments: licences, photographs). Key fields (case number, party, unit, dates, fine) come from the pages read.
 */
import type { GreyImage } from './image.js';
import { documentSpecs, matchTitle, type DocumentSpec } from '../ingest/pdf/segment.js';

/** share of the page height read at the top and at the bottom of a page that is not read in full */
export const EDGE_BAND = 0.25;
/** a title is looked for in the first lines of the top band */
const TITLE_LINES = 5;

/** The top and bottom bands of a page stacked into one image (half the page; upside down when the page is). */
export function edgeBands(img: GreyImage, share = EDGE_BAND): GreyImage {
  const band = Math.max(1, Math.round(img.height * share));
  if (band * 2 >= img.height) return img;
  const data = new Uint8Array(img.width * band * 2);
  data.set(img.data.subarray(0, img.width * band), 0);
  data.set(img.data.subarray(img.width * (img.height - band)), img.width * band);
  return { width: img.width, height: band * 2, data };
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
