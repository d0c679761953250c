/**
 * Render PDF pages to 200 dpi grey images for OCR. The default renderer is pdf.js (pdfjs-dist, already used for
 * the text layer) drawing on @napi-rs/canvas, whose prebuilt binaries come inside its npm package: no system
 * tool. poppler's pdftoppm is an optional renderer (`CASEAUDIT_RENDERER=pdftoppm`), used by benchmarks to compare
 * (bench/RESULTS.md "Rendering"). The renderer's id is part of the OCR cache key (pipeline.ts): the two draw
 * slightly different pixels, so their cached readings are never mixed.
 */
import { execFile } from 'node:child_process';
import { promises as fsp } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { ConfigError, InputError } from '../errors.js';
import { tr } from '../i18n.js';
import { restoreNatives } from '../ingest/pdf/page-texts.js';
import { parsePgm, type GreyImage } from './image.js';
import { greyWithoutRed } from './red-ink.js';

export const RENDER_DPI = 200;

/** One opened PDF: render its pages, then close it. */
export interface OpenedPdf {
  render(page: number, dpi?: number): Promise<GreyImage>;
  close(): Promise<void>;
}

export interface PageRenderer {
  /** part of the OCR cache key, e.g. `pdfjs 5.4.296` */
  readonly id: string;
  open(file: string): Promise<OpenedPdf>;
}

const require = createRequire(import.meta.url);

function renderError(file: string, page: number, cause: unknown): InputError {
  return new InputError(tr(`无法渲染第 ${page} 页：${file}`, `cannot render page ${page} of ${file}`), {
    location: { file, page },
    details: [String((cause as Error)?.message ?? cause).slice(0, 300)],
    cause,
  });
}

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
type Canvas = typeof import('@napi-rs/canvas');
let libs: Promise<{ pdfjs: PdfJs; canvas: Canvas; data: Record<string, unknown>; version: string }> | undefined;

function loadLibs(): NonNullable<typeof libs> {
  libs ??= (async () => {
    try {
      const [pdfjs, canvas] = await Promise.all([import('pdfjs-dist/legacy/build/pdf.mjs'), import('@napi-rs/canvas')]);
      const dir = path.dirname(require.resolve('pdfjs-dist/package.json'));
      const data = { cMapUrl: `${path.join(dir, 'cmaps')}${path.sep}`, cMapPacked: true, standardFontDataUrl: `${path.join(dir, 'standard_fonts')}${path.sep}`, verbosity: 0 };
      return { pdfjs, canvas, data, version: pdfjs.version };
    } finally {
      restoreNatives();
    }
  })();
  return libs;
}

/** Grey value of RGBA pixels (ITU-R 601 luma, as poppler's -gray); with `dropRed`, red ink (a seal) faded to paper (red-ink.ts). */
function toGrey(rgba: Uint8ClampedArray | Uint8Array, width: number, height: number, dropRed = true): GreyImage {
  const data = new Uint8Array(width * height);
  if (dropRed) for (let i = 0, j = 0; i < data.length; i++, j += 4) data[i] = greyWithoutRed(rgba[j]!, rgba[j + 1]!, rgba[j + 2]!);
  else for (let i = 0, j = 0; i < data.length; i++, j += 4) data[i] = Math.round(0.299 * rgba[j]! + 0.587 * rgba[j + 1]! + 0.114 * rgba[j + 2]!);
  return { width, height, data };
}

/** pdf.js on @napi-rs/canvas, in process; red ink faded out of colour pages unless `dropRed` is false. */
export function pdfjsRenderer(opts: { dropRed?: boolean } = {}): PageRenderer {
  const dropRed = opts.dropRed ?? (process.env.CASEAUDIT_KEEP_RED !== '1');
  const pdfjsVersion = (require('pdfjs-dist/package.json') as { version: string }).version;
  return {
    id: `pdfjs ${pdfjsVersion}`,
    async open(file: string): Promise<OpenedPdf> {
      const { pdfjs, canvas, data: opts } = await loadLibs();
      const bytes = new Uint8Array(await fsp.readFile(file));
      let doc: Awaited<ReturnType<PdfJs['getDocument']>['promise']>;
      try {
        doc = await pdfjs.getDocument({ data: bytes, ...opts }).promise;
      } catch (err) {
        throw renderError(file, 1, err);
      } finally {
        restoreNatives();
      }
      return {
        async render(page: number, dpi = RENDER_DPI): Promise<GreyImage> {
          try {
            const p = await doc.getPage(page);
            try {
              const viewport = p.getViewport({ scale: dpi / 72 });
              // whole pixels as pdftoppm sizes them (A4 at 200 dpi: 1654 × 2339)
              const width = Math.ceil(viewport.width - 1e-6);
              const height = Math.ceil(viewport.height - 1e-6);
              const c = canvas.createCanvas(width, height);
              const ctx = c.getContext('2d');
              ctx.fillStyle = '#ffffff';
              ctx.fillRect(0, 0, width, height);
              await p.render({ canvasContext: ctx as never, viewport, canvas: c as never }).promise;
              return toGrey(ctx.getImageData(0, 0, width, height).data, width, height, dropRed);
            } finally {
              p.cleanup();
            }
          } catch (err) {
            throw renderError(file, page, err);
          } finally {
            restoreNatives();
          }
        },
        async close() {
          await doc.destroy().catch(() => {});
          restoreNatives();
        },
      };
    },
  };
}

/** poppler's pdftoppm as a child process (optional; not installed on most users' machines). */
export function pdftoppmRenderer(bin = 'pdftoppm'): PageRenderer {
  return {
    id: 'pdftoppm',
    async open(file: string): Promise<OpenedPdf> {
      return {
        render: (page: number, dpi = RENDER_DPI) =>
          new Promise((resolve, reject) => {
            execFile(bin, ['-r', String(dpi), '-gray', '-f', String(page), '-l', String(page), file], { encoding: 'buffer', maxBuffer: 512 * 1024 * 1024 }, (err, stdout, stderr) => {
              if (err && (err as NodeJS.ErrnoException).code === 'ENOENT') {
                reject(new ConfigError(tr('未找到 pdftoppm，无法渲染扫描页', 'pdftoppm not found: scanned pages cannot be rendered'), {
                  code: 'E_OCR_MISSING',
                  hint: tr('请安装 poppler-utils，或去掉 CASEAUDIT_RENDERER=pdftoppm（默认用内置的 pdf.js 渲染）', 'install poppler-utils, or unset CASEAUDIT_RENDERER=pdftoppm (the built-in pdf.js renderer is the default)'),
                }));
                return;
              }
              if (err) return reject(renderError(file, page, stderr.toString('utf8').trim() || err));
              try {
                resolve(parsePgm(stdout));
              } catch (e) {
                reject(renderError(file, page, e));
              }
            });
          }),
        close: async () => {},
      };
    },
  };
}

/** The renderer a run uses: pdf.js, or pdftoppm when CASEAUDIT_RENDERER=pdftoppm. */
export function defaultRenderer(): PageRenderer {
  return process.env.CASEAUDIT_RENDERER === 'pdftoppm' ? pdftoppmRenderer() : pdfjsRenderer();
}

/** Render one page (opens and closes the file; for many pages of a file use `open`). */
export async function renderPage(file: string, page: number, dpi = RENDER_DPI, renderer: PageRenderer = defaultRenderer()): Promise<GreyImage> {
  const pdf = await renderer.open(file);
  try {
    return await pdf.render(page, dpi);
  } finally {
    await pdf.close();
  }
}
