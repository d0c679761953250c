/** PDF → per-page text with pdf-parse (pdf.js), including non-embedded CJK fonts (STSong-Light + UniGB-UCS2-H). */
import { promises as fsp } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { PDFParse } from 'pdf-parse';
import { InputError } from '../../errors.js';
import { tr } from '../../i18n.js';

/** Pages read per PDF; a case file is tens of pages, so anything past this is refused as not a case file. */
export const MAX_PDF_PAGES = 2000;
/** Largest PDF accepted (bytes). */
export const MAX_PDF_BYTES = 512 * 1024 * 1024;
/** A page with fewer visible characters than this, and an image on it, counts as scanned (no text layer). */
export const MIN_TEXT_CHARS = 8;

export interface PageText {
  /** 1-based page number */
  page: number;
  text: string;
  /** false when the page shows something (an image) but carries no usable text: it needs OCR */
  hasTextLayer: boolean;
  /** an empty page (no text, no image): nothing to read, nothing to OCR */
  blank?: boolean;
  /** where the text came from when not the PDF's own text layer (e.g. 'ocr') */
  via?: string;
}

export interface PdfPages {
  pages: PageText[];
  /** pages in the file (pages past MAX_PDF_PAGES are not read) */
  total: number;
}

const require = createRequire(import.meta.url);
const PDFJS_DIR = path.dirname(require.resolve('pdfjs-dist/package.json'));
/**
 * pdf.js needs the CMap files to decode fonts that are not embedded (iText/iTextAsian writes STSong-Light with
 * UniGB-UCS2-H and no ToUnicode map): without them such pages come out empty and would look scanned.
 */
const PDFJS_DATA = {
  cMapUrl: `${path.join(PDFJS_DIR, 'cmaps')}${path.sep}`,
  cMapPacked: true,
  standardFontDataUrl: `${path.join(PDFJS_DIR, 'standard_fonts')}${path.sep}`,
};

interface PdfLib {
  PDFParse: typeof PDFParse;
  /** pdf.js operator ids that paint an image */
  imageOps: Set<number>;
}
let pdfLib: Promise<PdfLib> | undefined;

/**
 * pdf-parse and pdf.js, loaded on first use (a run without PDFs never pays for them).
 * The pdf.js legacy build brings core-js polyfills that replace `Array.prototype.push` and `JSON.parse` with
 * JavaScript versions for every module in the process (they fix edge cases Node 20 gets "wrong": pushing onto
 * a frozen length, JSON.parse source text). They made an Excel import ~1 s slower and JSON.parse of a large
 * dataset many times slower, so the native functions are put back after loading and after every read (pdf.js
 * loads its worker bundle, with the same polyfills, on first use). Tested by tests/ingest/pdf/natives.test.ts.
 */
function loadPdfLib(): Promise<PdfLib> {
  pdfLib ??= (async () => {
    try {
      const [{ PDFParse: Parser }, { OPS }] = await Promise.all([import('pdf-parse'), import('pdfjs-dist/legacy/build/pdf.mjs')]);
      const imageOps = new Set(
        Object.entries(OPS)
          .filter(([k]) => /^paint.*Image/.test(k))
          .map(([, v]) => v),
      );
      return { PDFParse: Parser, imageOps };
    } finally {
      restoreNatives();
    }
  })();
  return pdfLib;
}

const NATIVE_PUSH = Array.prototype.push;
const NATIVE_JSON_PARSE = JSON.parse;

/** Undo the core-js replacements of Array.prototype.push and JSON.parse (see loadPdfLib). */
export function restoreNatives(): void {
  if (Array.prototype.push !== NATIVE_PUSH) Object.defineProperty(Array.prototype, 'push', { value: NATIVE_PUSH, writable: true, configurable: true, enumerable: false });
  if (JSON.parse !== NATIVE_JSON_PARSE) Object.defineProperty(JSON, 'parse', { value: NATIVE_JSON_PARSE, writable: true, configurable: true, enumerable: false });
}

/** Read the text of every page of a PDF, in page order. Throws InputError for non-PDF, corrupt or encrypted files. */
export async function extractPageTexts(file: string, maxPages = MAX_PDF_PAGES): Promise<PageText[]> {
  return (await readPdfPages(file, maxPages)).pages;
}

/** Like extractPageTexts, also giving the file's page count. */
export async function readPdfPages(file: string, maxPages: number = MAX_PDF_PAGES): Promise<PdfPages> {
  const data = await readPdfBytes(file);
  const { PDFParse: Parser, imageOps } = await loadPdfLib();
  const parser = new Parser({ data, ...PDFJS_DATA, verbosity: 0, stopAtErrors: false });
  try {
    const result = await parser.getText({ first: maxPages, lineEnforce: true });
    const pages: PageText[] = [];
    for (const p of result.pages) {
      const text = normalizePageText(p.text);
      const visible = text.replace(/\s+/g, '').length;
      if (visible >= MIN_TEXT_CHARS) {
        pages.push({ page: p.num, text, hasTextLayer: true });
        continue;
      }
      const painted = await pageHasImage(parser, p.num, imageOps);
      pages.push(painted ? { page: p.num, text, hasTextLayer: false } : { page: p.num, text, hasTextLayer: visible > 0, ...(visible ? {} : { blank: true }) });
    }
    return { pages, total: result.total };
  } catch (err) {
    throw pdfError(file, err);
  } finally {
    await parser.destroy().catch(() => {});
    restoreNatives();
  }
}

async function readPdfBytes(file: string): Promise<Uint8Array> {
  const stat = await fsp.stat(file).catch(() => undefined);
  if (!stat?.isFile()) throw new InputError(tr(`文件不存在：${file}`, `file not found: ${file}`), { location: { file } });
  if (stat.size > MAX_PDF_BYTES) {
    throw new InputError(tr(`PDF 超过 ${MAX_PDF_BYTES / 1024 / 1024} MB：${file}`, `PDF larger than ${MAX_PDF_BYTES / 1024 / 1024} MB: ${file}`), { location: { file } });
  }
  const buf = await fsp.readFile(file);
  // pdf.js searches for the header itself; a file with none is not a PDF (an HTML error page, a renamed .docx …)
  if (!buf.subarray(0, 1024).toString('latin1').includes('%PDF-')) {
    throw new InputError(tr(`不是 PDF 文件：${file}`, `not a PDF file: ${file}`), {
      location: { file },
      hint: tr('文件内容不以 %PDF- 开头；请确认导出的是 PDF', 'the content does not start with %PDF-; check that the export is a PDF'),
    });
  }
  return new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
}

/** pdf.js text → lines without trailing spaces, CR or NUL. */
function normalizePageText(text: string): string {
  return text
    .replace(/\u0000/g, '')
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((l) => l.replace(/[ \t\u00a0]+$/g, ''))
    .join('\n')
    .trim();
}

type PdfJsDoc = { getPage(n: number): Promise<{ getOperatorList(): Promise<{ fnArray: number[] }>; cleanup(): void }> };

/** True when a page paints an image (a scan); false for an empty page. */
async function pageHasImage(parser: PDFParse, pageNo: number, imageOps: Set<number>): Promise<boolean> {
  // pdf-parse keeps the loaded pdf.js document in a private field; use it instead of loading the file twice
  const doc = (parser as unknown as { doc?: PdfJsDoc }).doc;
  if (!doc) return true;
  const page = await doc.getPage(pageNo);
  try {
    const ops = await page.getOperatorList();
    return ops.fnArray.some((op) => imageOps.has(op));
  } finally {
    page.cleanup();
  }
}

/** Map a pdf.js failure to an InputError naming the file. */
function pdfError(file: string, err: unknown): Error {
  if (err instanceof InputError) return err;
  const name = (err as Error)?.name ?? '';
  const msg = (err as Error)?.message ?? String(err);
  if (name === 'PasswordException' || /password/i.test(msg)) {
    return new InputError(tr(`PDF 已加密，无法读取：${file}`, `PDF is encrypted: ${file}`), {
      location: { file },
      code: 'E_PDF_ENCRYPTED',
      hint: tr('请导出未加密的 PDF（或在阅读器中输入密码后另存为无密码副本）', 'export an unencrypted PDF (or open it with the password and save a copy without one)'),
    });
  }
  return new InputError(tr(`PDF 已损坏或无法解析：${file}（${msg}）`, `corrupt or unreadable PDF: ${file} (${msg})`), {
    location: { file },
    code: 'E_PDF_CORRUPT',
    hint: tr('请重新导出或重新下载该 PDF', 'export or download the PDF again'),
  });
}
