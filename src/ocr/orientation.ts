/**
 * Pages fed into the scanner sideways (turned 90° or 270°). Horizontal Chinese text leaves blank rows between its
 * lines (line spacing is most of an em) but hardly any blank columns (characters sit almost edge to edge), so on a
 * page turned a quarter the blank rows become blank columns. `quarterTurn` compares the two on a 1/4-scale ink
 * mask of the page's printed area — one pass over the page, nothing else, so an upright page costs almost nothing —
 * and says when the page lies on its side. Which way (90° or 270°) it cannot tell: the caller turns the page a
 * quarter clockwise, and the engine's own upside-down check (PP-OCR's angle classifier) or a reading both ways
 * (an engine without one) settles the half turn.
 */
import { forEachInkBlock, type GreyImage } from './image.js';

const SCALE = 4;
const INK = 160;
/** a row (column) is blank when its ink is under this share of a full line's (the 90th percentile) */
const BLANK = 0.08;
/** sideways when blank columns outnumber blank rows by this factor, and make up at least MIN_BLANK of the columns */
const RATIO = 2;
const MIN_BLANK = 0.15;

export interface Orientation {
  /** share of blank rows / columns inside the inked area */
  blankRows: number;
  blankCols: number;
  /** the page lies on its side: turn it a quarter before reading */
  sideways: boolean;
}

/** Blank-row and blank-column shares of the page's inked area, and whether the page lies on its side. */
export function quarterTurn(img: GreyImage): Orientation {
  const rows = new Float64Array(Math.floor(img.height / SCALE));
  const cols = new Float64Array(Math.floor(img.width / SCALE));
  forEachInkBlock(img, SCALE, INK, (bx, by) => {
    rows[by]!++;
    cols[bx]!++;
  });
  const blankRows = blankShare(rows);
  const blankCols = blankShare(cols);
  return { blankRows, blankCols, sideways: blankCols >= MIN_BLANK && blankCols > RATIO * blankRows };
}

/** Share of blank entries of a profile between its first and last inked entry (margins left out). */
function blankShare(profile: Float64Array): number {
  const sorted = [...profile].filter((v) => v > 0).sort((a, b) => a - b);
  if (sorted.length < 8) return 0;
  const full = sorted[Math.floor(sorted.length * 0.9)]!;
  const inked = (v: number) => v >= full * 0.25;
  let first = 0;
  while (first < profile.length && !inked(profile[first]!)) first++;
  let last = profile.length - 1;
  while (last > first && !inked(profile[last]!)) last--;
  if (last <= first) return 0;
  let blank = 0;
  for (let i = first; i <= last; i++) if (profile[i]! < full * BLANK) blank++;
  return blank / (last - first + 1);
}

/** The image turned a quarter clockwise (width and height swap). */
export function turnClockwise(img: GreyImage): GreyImage {
  const { width: w, height: h, data } = img;
  const out = new Uint8Array(w * h);
  // output (x', y') of size h × w takes source (x = y', y = h - 1 - x')
  for (let y = 0; y < h; y++) {
    const row = y * w;
    const nx = h - 1 - y;
    for (let x = 0; x < w; x++) out[x * h + nx] = data[row + x]!;
  }
  return { width: h, height: w, data: out };
}

/** The image turned half a turn. */
export function turnHalf(img: GreyImage): GreyImage {
  return { width: img.width, height: img.height, data: img.data.slice().reverse() };
}
