/**
 * Projection-profile deskew. Scanned pages come in a little rotated (0.5–3°). We score candidate angles by how
 * "peaky" the horizontal ink profile is when rows are sheared by that angle (text lines line up → sharp peaks),
 * on a 1/4-scale ink mask, coarse then fine, and rotate back only when the skew is at least 0.2°.
 */
import { forEachInkBlock, rotate, type GreyImage } from './image.js';

const SCALE = 4;
const INK = 160;

/** Ink pixels of a downsampled copy: a pixel is ink when the darkest source pixel of its block is below INK. */
function inkPoints(img: GreyImage): { xs: Int32Array; ys: Int32Array; height: number } {
  const w = Math.floor(img.width / SCALE);
  const xs: number[] = [];
  const ys: number[] = [];
  const { h } = forEachInkBlock(img, SCALE, INK, (bx, by) => {
    xs.push(bx - w / 2);
    ys.push(by);
  });
  return { xs: Int32Array.from(xs), ys: Int32Array.from(ys), height: h };
}

function profileScore(p: { xs: Int32Array; ys: Int32Array; height: number }, degrees: number): number {
  const t = Math.tan((degrees * Math.PI) / 180);
  const pad = Math.ceil(Math.abs(t) * 4096) + 2;
  const bins = new Float64Array(p.height + 2 * pad);
  for (let i = 0; i < p.xs.length; i++) {
    const r = Math.round(p.ys[i]! - p.xs[i]! * t) + pad;
    if (r >= 0 && r < bins.length) bins[r]! += 1;
  }
  let s = 0;
  for (let i = 1; i < bins.length; i++) {
    const d = bins[i]! - bins[i - 1]!;
    s += d * d;
  }
  return s;
}

/** The page's skew in degrees, in rotate()'s convention (rotate(page, -skew) straightens it); 0 for a blank page. */
export function estimateSkew(img: GreyImage, maxDegrees = 4): number {
  const p = inkPoints(img);
  if (p.xs.length < 200) return 0;
  const best = (from: number, to: number, step: number): number => {
    let bestA = 0;
    let bestS = -1;
    for (let a = from; a <= to + 1e-9; a += step) {
      const s = profileScore(p, a);
      if (s > bestS) {
        bestS = s;
        bestA = a;
      }
    }
    return bestA;
  };
  const coarse = best(-maxDegrees, maxDegrees, 0.5);
  const fine = best(coarse - 0.5, coarse + 0.5, 0.05);
  // the shear that straightens the rows is the opposite of the page's turn (in rotate()'s convention)
  return Math.round(-fine * 100) / 100 || 0;
}

/** Straighten a page: returns the image (rotated back when skew ≥ 0.2°) and the skew found. */
export function deskew(img: GreyImage): { image: GreyImage; skew: number } {
  const skew = estimateSkew(img);
  if (Math.abs(skew) < 0.2) return { image: img, skew };
  return { image: rotate(img, -skew), skew };
}
