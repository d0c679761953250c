/**
 * OCR pipeline for PDF pages: render (pdf.js; render.ts) → cache lookup by image hash → a page lying on its side
 * turned upright (orientation.ts) → deskew → engine → page text,
 * and a second reading from a black-and-white image when a digit is doubtful (second-opinion.ts), and of the
 * page's lower half when the date of its signature is broken or unsure (a seal over it: seal-date.ts), and of the
 * page stretched wider when its fine in words and in figures disagree (fine-line.ts). The cache key
 * holds the renderer's and the engine's ids.
 */
import { displayName } from '../util/display-path.js';
import { tr } from '../i18n.js';
import { OcrCache, defaultCacheDir, imageHash } from './cache.js';
import { deskew } from './deskew.js';
import { rotate, type GreyImage } from './image.js';
import { quarterTurn, turnClockwise, turnHalf } from './orientation.js';
import { EDGE_BAND, pageBand, readKeyPages } from './key-pages.js';
import { SECOND_VARIANT, hasDoubtfulDigit, secondImage } from './second-opinion.js';
import { SEAL_VARIANT, needsSealReading, sealBand, signatureDate } from './seal-date.js';
import { FINE_VARIANT, fineImage, needsFineReading } from './fine-line.js';
import { meanConfidence, resultToConfText, type OcrEngine, type OcrResult, type ConfText, type RecognizeHints } from './engine.js';
import { runPool, defaultJobs } from './pool.js';
import { defaultRenderer, RENDER_DPI, type OpenedPdf, type PageRenderer } from './render.js';
import { paddleEngine } from './paddle.js';

export interface OcrOptions {
  /** default: PP-OCR (paddle.ts) */
  engine?: OcrEngine;
  /** reads the second opinion of a doubtful page instead of the black-and-white image (--ocr-engine both) */
  secondEngine?: OcrEngine;
  /** default: pdf.js (render.ts) */
  renderer?: PageRenderer;
  /** cache folder; default ~/.cache/caseaudit/ocr; `false` turns the cache off */
  cacheDir?: string | false;
  /** pages OCR'd at once (default: all cores) */
  jobs?: number;
  dpi?: number;
  /** read a page again from a black-and-white image when a digit on it is doubtful (default true) */
  secondOpinion?: boolean;
  /** read the lower half of a page again when its signature's date is broken or unsure (default true; seal-date.ts) */
  sealReading?: boolean;
  /** read the page again stretched wider when its fine in words and in figures disagree (default true; fine-line.ts) */
  fineReading?: boolean;
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
  /** the second reading (black and white), made when a digit of the first was doubtful */
  second?: ConfText;
  /** the reading of the page's lower half, made when the date of its signature was broken or unsure (seal-date.ts) */
  sealBand?: ConfText;
  /** the signature's date taken from the lower half's reading ('read') or with its year completed (seal-date.ts) */
  sealDate?: { iso: string; outcome: 'read' | 'completed' };
  /** the reading of the page stretched wider, made when its fine in words and figures disagreed (fine-line.ts) */
  fineBand?: ConfText;
  /** the fine the wider reading stated surely in words and figures alike (fine-line.ts) */
  fineLine?: { value: number };
}

/** What the engine and cache settle to for a run; create once, reuse for many files. */
export interface OcrContext {
  engine: OcrEngine;
  secondEngine?: OcrEngine;
  renderer: PageRenderer;
  /** the cache key's engine part: renderer id | engine id */
  key: string;
  cache: OcrCache;
  jobs: number;
  dpi: number;
  secondOpinion: boolean;
  sealReading: boolean;
  fineReading: boolean;
  onProgress: (message: string) => void;
  /** pages recognised by the engine / served from the cache in this context */
  stats: { recognised: number; cached: number };
}

/** Check the engine (throws ConfigError with an install hint) and set up the cache. */
export async function createOcrContext(opts: OcrOptions = {}): Promise<OcrContext> {
  const engine = opts.engine ?? paddleEngine();
  await engine.check();
  const secondEngine = opts.secondEngine;
  await secondEngine?.check();
  const renderer = opts.renderer ?? defaultRenderer();
  const dir = opts.cacheDir === false ? undefined : opts.cacheDir ?? defaultCacheDir();
  return {
    engine,
    ...(secondEngine ? { secondEngine } : {}),
    renderer,
    get key() {
      // "upright90": pages lying on their side are turned before reading (cache entries made before are not reused)
      return `${renderer.id} | ${engine.id} | upright90`;
    },
    cache: new OcrCache(dir),
    jobs: opts.jobs ?? defaultJobs(),
    dpi: opts.dpi ?? RENDER_DPI,
    secondOpinion: opts.secondOpinion ?? true,
    sealReading: opts.sealReading ?? true,
    fineReading: opts.fineReading ?? true,
    onProgress: opts.onProgress ?? (() => {}),
    stats: { recognised: 0, cached: 0 },
  };
}

/** The page as the engine reads it: turned a quarter clockwise when it lies on its side, then deskewed. */
export interface Straightened {
  image: GreyImage;
  skew: number;
  /** turned a quarter clockwise: it may now be upside down (a page that came in at 270°) */
  turned?: boolean;
  /** the image is a part of the page (edge bands): what the engine is told about the whole (engine.ts) */
  hints?: RecognizeHints;
}

/** Turn a page lying on its side a quarter clockwise, then deskew it. */
export function straighten(raw: GreyImage): Straightened {
  if (!quarterTurn(raw).sideways) return deskew(raw);
  return { ...deskew(turnClockwise(raw)), turned: true };
}

/** Recognise an image, or take it from the cache under `engineKey`. */
async function recognise(ctx: OcrContext, hash: string, engineKey: string, image: () => Straightened, engine: OcrEngine = ctx.engine): Promise<{ result: OcrResult; skew: number; cached: boolean }> {
  const hit = await ctx.cache.get(hash, engineKey);
  if (hit) {
    ctx.stats.cached++;
    return { result: hit.result, skew: hit.skew, cached: true };
  }
  const img = image();
  let result = await engine.recognize(img.image, img.hints);
  if (img.turned && !engine.turnsUpsideDown) {
    // turned clockwise, a page that came in at 270° is now upside down: an engine that cannot tell reads it the
    // other way too, and the reading it is surer of is kept
    const other = await engine.recognize(turnHalf(img.image), img.hints);
    if (meanConfidence(other) > meanConfidence(result)) result = other;
  }
  ctx.stats.recognised++;
  await ctx.cache.put(hash, engineKey, img.skew, result);
  return { result, skew: img.skew, cached: false };
}

/** Render one page at the OCR resolution, from the PDF already open or one opened (and closed) for it. */
async function renderPage(ctx: OcrContext, file: string, page: number, opened?: OpenedPdf): Promise<GreyImage> {
  const pdf = opened ?? (await ctx.renderer.open(file));
  try {
    return await pdf.render(page, ctx.dpi);
  } finally {
    if (!opened) await pdf.close();
  }
}

/** A page rendered once for all its readings (--ocr-pages key: its top band, then maybe the whole page). */
export interface RenderedPage {
  raw: GreyImage;
  hash: string;
  /** the page straightened, once computed */
  straight?: Straightened;
}

/** Render a page and hash it (the cache key's image part). */
export async function renderForOcr(ctx: OcrContext, file: string, page: number, opened?: OpenedPdf): Promise<RenderedPage> {
  const raw = await renderPage(ctx, file, page, opened);
  return { raw, hash: imageHash(raw) };
}

/** OCR one page of a PDF (and read it again from a second image when one of its digits is doubtful); `rendered`: the page already rendered. */
export async function ocrPage(ctx: OcrContext, file: string, page: number, opened?: OpenedPdf, rendered?: RenderedPage): Promise<OcrPage> {
  const raw = rendered?.raw ?? (await renderPage(ctx, file, page, opened));
  const hash = rendered?.hash ?? imageHash(raw);
  let straight: Straightened | undefined = rendered?.straight;
  const first = await recognise(ctx, hash, ctx.key, () => (straight ??= straighten(raw)));
  const text = resultToConfText(first.result);
  let second: ConfText | undefined;
  // the same straightened page (from the skew found the first time)
  const upright = (): Straightened => {
    if (straight) return straight;
    const turned = quarterTurn(raw).sideways;
    const base = turned ? turnClockwise(raw) : raw;
    return (straight = { image: Math.abs(first.skew) >= 0.2 ? rotate(base, -first.skew) : base, skew: first.skew, ...(turned ? { turned } : {}) });
  };
  if (ctx.secondOpinion && hasDoubtfulDigit(text)) {
    // black and white
    // --ocr-engine both: the other engine reads the same straightened grey page
    const other = ctx.secondEngine;
    const again = other
      ? await recognise(ctx, hash, `${ctx.key} second ${ctx.renderer.id} | ${other.id}`, () => upright(), other)
      : await recognise(ctx, hash, `${ctx.key} ${SECOND_VARIANT}`, () => ({ ...upright(), image: secondImage(upright().image) }));
    second = resultToConfText(again.result);
  }
  let band: ConfText | undefined;
  if (ctx.sealReading && needsSealReading(text)) {
    // the page's lower half; when it holds no signature date, the upper (the engine found the page upside down)
    for (const part of ['lower', 'upper'] as const) {
      const r = await recognise(ctx, hash, `${ctx.key} ${SEAL_VARIANT}${part === 'upper' ? ' upper' : ''}`, () => ({ ...upright(), image: sealBand(upright().image, part) }));
      band = resultToConfText(r.result);
      if (signatureDate(band)) break;
    }
  }
  let fine: ConfText | undefined;
  if (ctx.fineReading && needsFineReading(text)) {
    const r = await recognise(ctx, hash, `${ctx.key} ${FINE_VARIANT}`, () => ({ ...upright(), image: fineImage(upright().image) }));
    fine = resultToConfText(r.result);
  }
  return { page, ...text, meanConfidence: meanConfidence(first.result), skew: first.skew, engine: ctx.key, cached: first.cached, ...(second ? { second } : {}), ...(band ? { sealBand: band } : {}), ...(fine ? { fineBand: fine } : {}) };
}

/** OCR several pages of one PDF on the pool (pages in parallel), results in page order, progress per page. */
export async function ocrPages(ctx: OcrContext, file: string, pages: number[]): Promise<OcrPage[]> {
  let done = 0;
  const pdf = await ctx.renderer.open(file);
  try {
    return await runPool(
    pages.map((p) => async () => {
      const r = await ocrPage(ctx, file, p, pdf);
      done++;
      ctx.onProgress(tr(`OCR ${displayName(file)} 第 ${p} 页（${done}/${pages.length}${r.cached ? '，缓存' : ''}，置信度 ${r.meanConfidence}）`, `OCR ${displayName(file)} page ${p} (${done}/${pages.length}${r.cached ? ', cached' : ''}, confidence ${r.meanConfidence})`));
      return r;
    }),
    ctx.jobs,
  );
  } finally {
    await pdf.close();
  }
}

/** One band's reading of a page, with the engine's lines (to join a top and a bottom band: `joinBands`). */
export type BandReading = OcrPage & { result: OcrResult };

/**
 * OCR one band of a page, the top or the bottom quarter (--ocr-pages key; key-pages.ts): the top is enough to tell
 * which document the page starts. Detected at the full page's scale: the text is as large to the detector as in a
 * full reading. Cached apart from the full reading and from the other band.
 */
export async function ocrPageBand(ctx: OcrContext, page: number, rendered: RenderedPage, part: 'top' | 'bottom'): Promise<BandReading> {
  const r = await recognise(ctx, rendered.hash, `${ctx.key} ${part}${EDGE_BAND} pagescale`, () => {
    const s = (rendered.straight ??= straighten(rendered.raw));
    return { ...s, image: pageBand(s.image, part), hints: { pageLongSide: Math.max(s.image.width, s.image.height) } };
  });
  return { page, ...resultToConfText(r.result), meanConfidence: meanConfidence(r.result), skew: r.skew, engine: ctx.key, cached: r.cached, result: r.result };
}

/** A page read at its top and bottom band only: the two readings as one page text (top first). */
export function joinBands(top: BandReading, bottom: BandReading): OcrPage {
  const result: OcrResult = { lines: [...top.result.lines, ...bottom.result.lines] };
  return { page: top.page, ...resultToConfText(result), meanConfidence: meanConfidence(result), skew: top.skew, engine: top.engine, cached: top.cached && bottom.cached };
}

/** pages kept rendered between a band reading and the full reading of the same page (a page is ~4 MB grey at 200 dpi) */
const KEPT_RENDERED = 8;

/**
 * --ocr-pages key: read the key pages of one PDF in full and the others at their top and bottom band
 * (key-pages.ts `readKeyPages`), `ctx.jobs` readings at once; a page read at its top band and then in full is rendered once.
 */
export async function ocrKeyPages(ctx: OcrContext, file: string, pages: number[], { fromFirst = true, titleText }: { fromFirst?: boolean; titleText?: (reading: OcrPage) => string } = {}): Promise<{ pages: OcrPage[]; edgesOnly: number[] }> {
  const pdf = await ctx.renderer.open(file);
  const kept = new Map<number, RenderedPage>();
  let done = 0;
  try {
    return await readKeyPages<OcrPage>(
      pages,
      {
        full: async (p) => {
          const rendered = kept.get(p);
          kept.delete(p);
          const r = await ocrPage(ctx, file, p, pdf, rendered);
          done++;
          ctx.onProgress(tr(`OCR ${displayName(file)} 第 ${p} 页（全页，${done}/${pages.length}${r.cached ? '，缓存' : ''}，置信度 ${r.meanConfidence}）`, `OCR ${displayName(file)} page ${p} (in full, ${done}/${pages.length}${r.cached ? ', cached' : ''}, confidence ${r.meanConfidence})`));
          return r;
        },
        band: async (p, part) => {
          const rendered = kept.get(p) ?? (await renderForOcr(ctx, file, p, pdf));
          // the bottom band is read last, of a page that is (almost always: not upside down) not read in full
          if (part === 'bottom') kept.delete(p);
          else if (kept.size < KEPT_RENDERED) kept.set(p, rendered);
          return ocrPageBand(ctx, p, rendered, part);
        },
        edges: (p, top, bottom) => {
          done++;
          ctx.onProgress(tr(`OCR ${displayName(file)} 第 ${p} 页（页首页尾，${done}/${pages.length}）`, `OCR ${displayName(file)} page ${p} (top and bottom, ${done}/${pages.length})`));
          return joinBands(top as BandReading, bottom as BandReading);
        },
      },
      { fromFirst, jobs: ctx.jobs, ...(titleText ? { titleText } : {}) },
    );
  } finally {
    await pdf.close();
  }
}
