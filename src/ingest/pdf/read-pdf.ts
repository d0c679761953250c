/** PDF reader: one case-file PDF → one case (pages → documents → fields); a batch runs on worker threads. */
import { displayName } from '../../util/display-path.js';
import { tr } from '../../i18n.js';
import { CaseAuditError } from '../../errors.js';
import type { Reader, ReaderOptions, ReadResult } from '../types.js';
import { extractCase } from './extract-case.js';
import { MAX_PDF_PAGES, readPdfPages, type PageText, type PdfPages } from './page-texts.js';
import { readPagesMany } from './pool.js';

/** Ask the page-text provider (OCR) for pages without a text layer (all pages with ocr: 'force'). */
async function fillPages(file: string, pages: PageText[], opts: ReaderOptions): Promise<PageText[]> {
  const provider = opts.pageTextProvider;
  if (!provider || opts.ocr === 'off') return pages;
  const wanted = pages.filter((p) => opts.ocr === 'force' || (!p.hasTextLayer && !p.blank)).map((p) => p.page);
  if (!wanted.length) return pages;
  const got = new Map((await provider.pageTexts(file, wanted)).map((r) => [r.page, r.text]));
  return pages.map((p) => (got.has(p.page) && got.get(p.page)!.trim() ? { ...p, text: got.get(p.page)!, via: provider.name } : p));
}

/** Pages → the ReadResult of one PDF. */
async function toResult(file: string, read: PdfPages, opts: ReaderOptions): Promise<ReadResult> {
  const pages = await fillPages(file, read.pages, opts);
  const { caseFile, warnings, needsOcr } = extractCase(file, pages);
  if (read.total > read.pages.length) {
    warnings.push({ file, page: read.pages.length + 1, reason: tr(`PDF 共 ${read.total} 页，只读取了前 ${read.pages.length} 页（上限 ${opts.maxPages ?? MAX_PDF_PAGES}）`, `the PDF has ${read.total} pages; only the first ${read.pages.length} were read (limit ${opts.maxPages ?? MAX_PDF_PAGES})`) });
    caseFile.uncertainFields = [...new Set([...(caseFile.uncertainFields ?? []), 'documents'])].sort();
  }
  const status = needsOcr.length ? 'needs-ocr' : 'ok';
  return {
    file,
    kind: 'pdf',
    status,
    cases: [caseFile],
    schemes: [],
    rejects: [],
    warnings,
    ...(needsOcr.length ? { message: tr(`需要 OCR：第 ${needsOcr.join('、')} 页没有文字层`, `needs OCR: pages ${needsOcr.join(', ')} have no text layer`) } : {}),
  };
}

/** Read one PDF (ingest says "reading FILE" before it calls a reader: not said twice here). */
export async function readPdf(file: string, opts: ReaderOptions = {}): Promise<ReadResult> {
  return toResult(file, await readPdfPages(file, opts.maxPages), opts);
}

/** Read a batch of PDFs on worker threads (opts.jobs, default all cores); results in input order. */
export async function readPdfMany(files: string[], opts: ReaderOptions = {}): Promise<ReadResult[]> {
  const reads = await readPagesMany(files, {
    jobs: opts.jobs,
    maxPages: opts.maxPages,
    onDone: (f, done) => opts.onProgress?.(tr(`[${done}/${files.length}] 已读取 ${displayName(f)}`, `[${done}/${files.length}] read ${displayName(f)}`)),
  });
  const out: ReadResult[] = [];
  for (let i = 0; i < files.length; i++) {
    const r = reads[i]!;
    if (r instanceof Error) {
      out.push({ file: files[i]!, kind: 'pdf', status: 'error', cases: [], schemes: [], rejects: [], warnings: [], message: r.message });
      continue;
    }
    try {
      out.push(await toResult(files[i]!, r, opts));
    } catch (err) {
      if (!(err instanceof CaseAuditError)) throw err;
      out.push({ file: files[i]!, kind: 'pdf', status: 'error', cases: [], schemes: [], rejects: [], warnings: [], message: err.message });
    }
  }
  return out;
}

export const pdfReader: Reader = {
  kind: 'pdf',
  extensions: ['.pdf'],
  read: readPdf,
  readMany: readPdfMany,
};
