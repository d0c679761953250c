/** Make a "scanned" copy of a PDF: rasterise (pdftoppm, 200 dpi grey), rotate slightly, add noise, wrap as image-only PDF. */
import { execFileSync } from 'node:child_process';
import { createWriteStream, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import PDFDocument from 'pdfkit';
import seedrandom from 'seedrandom';
import { parsePgm, encodePng, rotate } from '../../dist/ocr/image.js';

/** Light scanner noise: speckles and a little grain, seeded. `level` 0..1; 1 makes a page unreadable. */
export function addNoise(img, rng, level = 0.02) {
  const d = img.data;
  const grain = 10 + level * 240;
  for (let i = 0; i < d.length; i++) {
    let v = d[i] + (rng() - 0.5) * grain;
    if (rng() < level * 0.15) v = rng() < 0.5 ? 0 : 255;
    d[i] = v < 0 ? 0 : v > 255 ? 255 : v;
  }
  return img;
}

/** Rasterise every page of `pdf` at `dpi` grey; returns PGM images in page order. */
export function rasterise(pdf, dpi = 200) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'caseaudit-scan-'));
  try {
    execFileSync('pdftoppm', ['-r', String(dpi), '-gray', pdf, path.join(dir, 'p')]);
    return readdirSync(dir).filter((f) => f.endsWith('.pgm')).sort().map((f) => parsePgm(readFileSync(path.join(dir, f))));
  } finally {
    rmSync(dir, { recursive: true, force: true });
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
