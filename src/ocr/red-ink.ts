/**
 * Red ink out of a colour page: a colour scan shows the seal (公章) red over the unit's name and the date it
 * stamps, and a plain grey conversion (luma) turns that red into a mid grey the engine reads as strokes (stray
 * characters beside the signature, digits under the ring lost). Scanners' "red dropout" reads such pages by
 * their red channel alone, in which red ink is as light as paper and black ink stays black; here a pixel's grey
 * moves from its luma to its red channel as far as the pixel is red (its red channel exceeding the brighter of
 * green and blue by RED_FROM … RED_FULL). Black text over the seal and the reddish fringe JPEG puts round black
 * strokes stay dark (their red channel is dark), blue or black pen keeps its luma, and a greyscale page (R = G = B)
 * is unchanged.
 */

/** how much redder than green and blue a pixel must be before it starts to fade, and to vanish (0–255) */
export const RED_FROM = 4;
export const RED_FULL = 24;

/** The grey of one RGB pixel with red ink faded out (ITU-R 601 luma otherwise, as poppler's -gray). */
export function greyWithoutRed(r: number, g: number, b: number): number {
  const luma = 0.299 * r + 0.587 * g + 0.114 * b;
  const redness = r - Math.max(g, b);
  if (redness <= RED_FROM) return Math.round(luma);
  const w = Math.min(1, (redness - RED_FROM) / (RED_FULL - RED_FROM));
  return Math.round(luma + (r - luma) * w);
}
