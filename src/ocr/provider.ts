/**
 * The OCR page-text provider the PDF reader calls for pages without a text layer. It OCRs the pages (in
 * parallel, cached), repairs the text (ocr/repair) with the issuing province taken from the
 * whole file, drops pages it cannot read, and keeps every page's per-character confidences so the import can
 * assess each extracted value afterwards (assess.ts). The engine is checked on first use only, so importing
 * born-digital PDFs never loads it. When the engine cannot run here and `softMissing` is set, the provider gives
 * no text (the pages stay needs-ocr) and lists the files it could not read; the import warns once.
 */
import path from 'node:path';
import { CaseAuditError } from '../errors.js';
import { caseIdKey, caseNumbersIn, sameCaseSeries } from '../model/keys.js';
import { inferProvince, repairOcr, repairTitles } from './repair.js';
import { documentSpecs } from '../ingest/pdf/segment.js';
import { UNREADABLE_CONFIDENCE } from './assess.js';
import type { ConfText } from './engine.js';
import { applySecondOpinion } from './second-opinion.js';
import { applySealReading } from './seal-date.js';
import { applyFineReading } from './fine-line.js';
import { createOcrContext, ocrKeyPages, ocrPages, type OcrContext, type OcrOptions, type OcrPage } from './pipeline.js';

/** What OCR gave for one file. */
export interface FileOcr {
  pages: OcrPage[];
  /** pages OCR could not read (mean confidence below UNREADABLE_CONFIDENCE or no text) */
  unreadable: number[];
  /** --ocr-pages key: pages read at their top and bottom only (key-pages.ts) */
  edgesOnly?: number[];
}

/** Which scanned pages are read in full: all, or the key pages (key-pages.ts) */
export type OcrPagesMode = 'all' | 'key';

export interface OcrProvider {
  name: string;
  pageTexts(file: string, pages: number[]): Promise<{ page: number; text: string; confidence?: number }[]>;
  /** the OCR result of a file read through this provider */
  resultFor(file: string): FileOcr | undefined;
  /** the first fatal error (engine missing); the import rethrows it with its install hint */
  error?: Error;
  /** with softMissing: the engine-missing error, and the files left needs-ocr because of it */
  missing?: { error: CaseAuditError; files: string[] };
  /** with onlyIds: the files read only as far as their first page, whose case numbers are not among the drawn */
  notDrawn: string[];
  stats(): { recognised: number; cached: number };
}

/** A page is unreadable when OCR found almost nothing on it or was unsure of most of it. */
export function isUnreadable(p: OcrPage): boolean {
  return p.text.replace(/\s/g, '').length < 10 || p.meanConfidence < UNREADABLE_CONFIDENCE;
}

/** Repair the OCR text of a file's pages (ocr/repair), with the issuing province taken from the whole file. */
export function repairOcrPages(raw: OcrPage[]): OcrPage[] {
  const province = inferProvince(raw.map((p) => p.text).join('\n'));
  const titles = documentSpecs().flatMap((d) => [d.title, ...d.variants]);
  const fix = (t: ConfText) => repairTitles(repairOcr({ text: t.text, conf: t.conf }, { province }), titles);
  return raw.map((p) => {
    const first = fix(p);
    if (!p.second) return applyFineReading(applySealReading({ ...p, ...first }, fix), fix);
    const { text, conf } = applySecondOpinion(first, fix(p.second));
    return applyFineReading(applySealReading({ ...p, text, conf }, fix), fix);
  });
}

/**
 * Is a scanned file one of the drawn (OCR only what is drawn)? Its name is a drawn case number, or its first page
 * names one — or another document of its series (the 立案审批表's （赣）应急立〔2025〕12号 for a drawn
 * （赣）应急罚〔2025〕12号: one case's documents share its serial). undefined when the page names no case number at
 * all: then the file is read in full, never skipped.
 */
export function drawnByFirstPage(file: string, firstPage: string, only: Set<string>): boolean | undefined {
  if (only.has(caseIdKey(path.basename(file, path.extname(file))))) return true;
  const numbers = caseNumbersIn(firstPage).map((n) => caseIdKey(n));
  if (!numbers.length) return undefined;
  return numbers.some((n) => [...only].some((k) => n.endsWith(k) || k.endsWith(n) || sameCaseSeries(n, k)));
}

/** Build the provider; one per import run (it holds the engine, the cache and the per-file results). */
export function createOcrProvider(opts: OcrOptions & { softMissing?: boolean; onlyIds?: Set<string>; drawnFiles?: Set<string>; pages?: OcrPagesMode } = {}): OcrProvider {
  let ctx: Promise<OcrContext> | undefined;
  let stats = { recognised: 0, cached: 0 };
  const results = new Map<string, FileOcr>();
  const provider: OcrProvider = {
    name: 'ocr',
    async pageTexts(file, pages) {
      ctx ??= createOcrContext(opts);
      let c: OcrContext;
      try {
        c = await ctx;
      } catch (err) {
        if (opts.softMissing && err instanceof CaseAuditError && err.code === 'E_OCR_MISSING') {
          provider.missing ??= { error: err, files: [] };
          if (!provider.missing.files.includes(file)) provider.missing.files.push(file);
          return [];
        }
        provider.error ??= err as Error;
        throw err;
      }
      provider.name = c.engine.name;
      stats = c.stats;
      let repaired: OcrPage[];
      let edgesOnly: number[] = [];
      const only = opts.onlyIds;
      /** the pages in full, or (--ocr-pages key) the key pages in full and the others at their edges */
      const read = async (list: number[], fromFirst = true): Promise<OcrPage[]> => {
        if (opts.pages !== 'key' || list.length < 2) return ocrPages(c, file, list);
        const got = await ocrKeyPages(c, file, list, { fromFirst, titleText: (t) => repairOcrPages([t])[0]!.text });
        edgesOnly = got.edgesOnly;
        return got.pages;
      };
      if (only && pages.length > 1 && !opts.drawnFiles?.has(file) && !only.has(caseIdKey(path.basename(file, path.extname(file))))) {
        // OCR only what is drawn: the first page says whose file this is
        const firstRaw = await ocrPages(c, file, pages.slice(0, 1));
        if (drawnByFirstPage(file, repairOcrPages(firstRaw)[0]?.text ?? '', only) === false) {
          provider.notDrawn.push(file);
          repaired = repairOcrPages(firstRaw);
        } else repaired = repairOcrPages([...firstRaw, ...(await read(pages.slice(1), false))]);
      } else repaired = repairOcrPages(await read(pages));
      const readable = repaired.filter((p) => !isUnreadable(p));
      results.set(file, { pages: readable, unreadable: repaired.filter(isUnreadable).map((p) => p.page), ...(edgesOnly.length ? { edgesOnly } : {}) });
      return readable.map((p) => ({ page: p.page, text: p.text, confidence: p.meanConfidence }));
    },
    notDrawn: [],
    resultFor: (file) => results.get(file),
    stats: () => ({ ...stats }),
  };
  return provider;
}
