/** OCR pipeline for PDF pages: render (pdftoppm) → cache lookup by image hash → deskew → engine → page text. */
import { tr } from '../i18n.js';
import { OcrCache, defaultCacheDir, imageHash } from './cache.js';
import { deskew } from './deskew.js';
import { meanConfidence, resultToConfText, type OcrEngine, type ConfText } from './engine.js';
import { runPool, defaultJobs } from './pool.js';
import { renderPage, RENDER_DPI } from './render.js';
import { tesseractEngine } from './tesseract.js';

export interface OcrOptions {
  engine?: OcrEngine;
  /** cache folder; default ~/.cache/caseaudit/ocr; `false` turns the cache off */
  cacheDir?: string | false;
  /** pages OCR'd at once (default: all cores) */
  jobs?: number;
  dpi?: number;
  onProgress?: (message: string) => void;
}

/** The OCR text of one page with its confidences. */
export interface OcrPage extends ConfText {
  page: number;
  /** engine confidence 0–100, mean over characters */
  meanConfidence: number;
  /** skew found and removed, degrees */
  skew: number;
  engine: string;
  /** true when read from the cache (the engine was not called) */
  cached: boolean;
}

/** What the engine and cache settle to for a run; create once, reuse for many files. */
export interface OcrContext {
  engine: OcrEngine;
  cache: OcrCache;
  jobs: number;
  dpi: number;
  onProgress: (message: string) => void;
  /** pages recognised by the engine / served from the cache in this context */
  stats: { recognised: number; cached: number };
}

/** Check the engine (throws ConfigError with an install hint) and set up the cache. */
export async function createOcrContext(opts: OcrOptions = {}): Promise<OcrContext> {
  const engine = opts.engine ?? tesseractEngine();
  await engine.check();
  const dir = opts.cacheDir === false ? undefined : opts.cacheDir ?? defaultCacheDir();
  return {
    engine,
    cache: new OcrCache(dir),
    jobs: opts.jobs ?? defaultJobs(),
    dpi: opts.dpi ?? RENDER_DPI,
    onProgress: opts.onProgress ?? (() => {}),
    stats: { recognised: 0, cached: 0 },
  };
}

/** OCR one page of a PDF. */
export async function ocrPage(ctx: OcrContext, file: string, page: number): Promise<OcrPage> {
  const raw = await renderPage(file, page, ctx.dpi);
  const hash = imageHash(raw);
  const hit = await ctx.cache.get(hash, ctx.engine.id);
  let result;
  let skew;
  if (hit) {
    ({ result, skew } = hit);
    ctx.stats.cached++;
  } else {
    const straight = deskew(raw);
    skew = straight.skew;
    result = await ctx.engine.recognize(straight.image);
    ctx.stats.recognised++;
    await ctx.cache.put(hash, ctx.engine.id, skew, result);
  }
  return { page, ...resultToConfText(result), meanConfidence: meanConfidence(result), skew, engine: ctx.engine.id, cached: Boolean(hit) };
}

/** OCR several pages of one PDF on the pool (pages in parallel), results in page order, progress per page. */
export async function ocrPages(ctx: OcrContext, file: string, pages: number[]): Promise<OcrPage[]> {
  let done = 0;
  return runPool(
    pages.map((p) => async () => {
      const r = await ocrPage(ctx, file, p);
      done++;
      ctx.onProgress(tr(`OCR ${file} 第 ${p} 页（${done}/${pages.length}${r.cached ? '，缓存' : ''}，置信度 ${r.meanConfidence}）`, `OCR ${file} page ${p} (${done}/${pages.length}${r.cached ? ', cached' : ''}, confidence ${r.meanConfidence})`));
      return r;
    }),
    ctx.jobs,
  );
}
