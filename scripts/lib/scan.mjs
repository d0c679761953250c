/**
 * Make a "scanned" copy of a PDF: rasterise (pdf.js, 200 dpi grey: the product's renderer, no poppler), rotate
 * slightly, add noise, wrap as image-only PDF.
 */
import { createWriteStream, readFileSync } from 'node:fs';
import PDFDocument from 'pdfkit';
import seedrandom from 'seedrandom';
import { encodePng, rotate } from '../../dist/ocr/image.js';
import { pdfjsRenderer } from '../../dist/ocr/render.js';

/** Light scanner noise: speckles and a little grain, seeded. `level` 0..1; 1 makes a page unreadable. */
export function addNoise(img, rng, level = 0.02) {
  const d = img.data;
  // paper stays near-white (scanners clip it), ink gets grain; speckles everywhere at `level`
  const grain = 24 + level * 400;
  for (let i = 0; i < d.length; i++) {
    // always draw the same number of random values per pixel: pages after a changed page stay identical
    const g = (rng() - 0.5) * grain;
    const speck = rng() < level * 0.2;
    const dark = rng() < 0.6;
    let v = d[i];
    if (v < 250 || level > 0.2) v += g;
    if (speck) v = dark ? 40 : 255;
    d[i] = v < 0 ? 0 : v > 255 ? 255 : v;
  }
  return img;
}

/** Rasterise every page of `pdf` at `dpi` grey; resolves to grey images in page order. */
export async function rasterise(pdf, dpi = 200) {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await getDocument({ data: new Uint8Array(readFileSync(pdf)), verbosity: 0 }).promise;
  const n = doc.numPages;
  await doc.destroy();
  const opened = await pdfjsRenderer().open(pdf);
  try {
    const pages = [];
    for (let p = 1; p <= n; p++) pages.push(await opened.render(p, dpi));
    return pages;
  } finally {
    await opened.close();
  }
}

/**
 * Write an image-only PDF from grey images (A4 pages, one image per page). `pages` holds
 * {image, angle, noise}: each page is rotated by `angle` degrees and noised before it is embedded.
 */
export function writeScanPdf(images, file, { seed = 'scan', dpi = 200, angles, noise } = {}) {
  const rng = seedrandom(seed);
  const doc = new PDFDocument({ size: 'A4', margin: 0, autoFirstPage: false, info: { CreationDate: new Date(0), Producer: 'caseaudit scan', Creator: 'caseaudit scan' } });
  const done = new Promise((resolve, reject) => {
    const out = createWriteStream(file);
    out.on('finish', resolve).on('error', reject);
    doc.pipe(out);
  });
  images.forEach((img0, i) => {
    const angle = angles?.[i] ?? (0.5 + rng()) * (rng() < 0.5 ? -1 : 1);
    const img = addNoise(rotate(img0, angle), rng, noise?.[i] ?? 0.02);
    doc.addPage({ size: [(img.width * 72) / dpi, (img.height * 72) / dpi] });
    doc.image(encodePng(img), 0, 0, { width: (img.width * 72) / dpi, height: (img.height * 72) / dpi });
  });
  doc.end();
  return done;
}

/** Box blur of radius `r` (separable), in place: a page blurred with r ≥ 5 at 200 dpi is unreadable. */
export function blur(img, r) {
  const { width: w, height: h, data: d } = img;
  const tmp = new Float32Array(w * h);
  for (let y = 0; y < h; y++) {
    let s = 0;
    for (let x = -r; x <= r; x++) s += d[y * w + Math.min(w - 1, Math.max(0, x))];
    for (let x = 0; x < w; x++) {
      tmp[y * w + x] = s / (2 * r + 1);
      s += d[y * w + Math.min(w - 1, x + r + 1)] - d[y * w + Math.max(0, x - r)];
    }
  }
  for (let x = 0; x < w; x++) {
    let s = 0;
    for (let y = -r; y <= r; y++) s += tmp[Math.min(h - 1, Math.max(0, y)) * w + x];
    for (let y = 0; y < h; y++) {
      d[y * w + x] = Math.round(s / (2 * r + 1));
      s += tmp[Math.min(h - 1, y + r + 1) * w + x] - tmp[Math.max(0, y - r) * w + x];
    }
  }
  return img;
}
