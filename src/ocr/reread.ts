/**
 * A page read again in another form, and the pieces of its reading taken into the first: the lower half of a page
 * under a seal (seal-date.ts), the page stretched wider for a fine line whose words and figures disagree
 * (fine-line.ts). Each form is read under its own cache key (pipeline.ts); what a second reading may change is
 * decided by its caller, never here.
 */
import type { ConfText } from './engine.js';
import type { GreyImage } from './image.js';

/** Is `a` a subsequence of `b` (b holds every character of a, in order)? */
export function within(a: string, b: string): boolean {
  let j = 0;
  for (const ch of b) if (j < a.length && ch === a[j]) j++;
  return j === a.length;
}

/** Replace text[from, to) of a reading by another text with its confidences. */
export function splice(t: ConfText, from: number, to: number, text: string, conf: number[]): ConfText {
  return { text: t.text.slice(0, from) + text + t.text.slice(to), conf: [...t.conf.slice(0, from), ...conf, ...t.conf.slice(to)] };
}

/** Rows [y0, y0 + h) of an image, full width. */
export function rowsOf(img: GreyImage, y0: number, h: number): GreyImage {
  return { width: img.width, height: h, data: img.data.slice(y0 * img.width, (y0 + h) * img.width) };
}

/**
 * The image stretched horizontally by `factor` (bilinear, the height kept). The recogniser scales every line to a
 * fixed height and gives it one CTC frame per 8 pixels of width, so a wider line gets more frames per character:
 * two equal characters in a row (the 00 of 42000) are more often parted by a blank frame instead of merged into one.
 */
export function stretchWide(img: GreyImage, factor: number): GreyImage {
  const width = Math.max(1, Math.round(img.width * factor));
  const data = new Uint8Array(width * img.height);
  const s = img.width / width;
  for (let x = 0; x < width; x++) {
    const fx = Math.min(img.width - 1, Math.max(0, (x + 0.5) * s - 0.5));
    const ix = Math.floor(fx);
    const dx = fx - ix;
    const ix1 = Math.min(img.width - 1, ix + 1);
    for (let y = 0; y < img.height; y++) {
      const r = y * img.width;
      data[y * width + x] = Math.round(img.data[r + ix]! * (1 - dx) + img.data[r + ix1]! * dx);
    }
  }
  return { width, height: img.height, data };
}
