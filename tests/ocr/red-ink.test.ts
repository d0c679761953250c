/**
 * Red ink faded out of colour pages (red-ink.ts, render.ts): a red seal over the signature becomes paper, black
 * text (also where it crosses the seal) and a blue pen's signature stay ink, and a greyscale page is unchanged. The
 * page is a colour scan of the independent scan set (tests/fixtures/scanset/colour/seals.pdf: case-01's 决定书).
 */
import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { greyWithoutRed } from '../../src/ocr/red-ink.js';
import { pdfjsRenderer } from '../../src/ocr/render.js';
import type { GreyImage } from '../../src/ocr/image.js';

const COLOUR = path.join(import.meta.dirname, '..', 'fixtures', 'scanset', 'colour', 'seals.pdf');

describe('red ink faded out', () => {
  it('makes a seal red as light as paper and keeps black, blue and grey ink', () => {
    expect(greyWithoutRed(220, 60, 60)).toBeGreaterThanOrEqual(215); // the seal (luma would give 108)
    expect(greyWithoutRed(40, 12, 12)).toBeLessThanOrEqual(40); // black text printed over the seal
    expect(greyWithoutRed(30, 40, 140)).toBeLessThan(60); // a blue pen
    for (const g of [0, 17, 128, 200, 255]) expect(greyWithoutRed(g, g, g)).toBe(g); // a greyscale page
  });

  it('leaves the signature block of a colour scan with ink only where the text is', async () => {
    const midGrey = (img: GreyImage) => {
      // the lower third of the page, where the seal is: pixels darker than paper but lighter than text
      let n = 0;
      for (let i = Math.floor((img.height * 2) / 3) * img.width; i < img.data.length; i++) if (img.data[i]! >= 90 && img.data[i]! <= 190) n++;
      return n;
    };
    const render = async (dropRed: boolean) => {
      const pdf = await pdfjsRenderer({ dropRed }).open(COLOUR);
      try {
        return await pdf.render(2);
      } finally {
        await pdf.close();
      }
    };
    const [luma, dropped] = [await render(false), await render(true)];
    expect(midGrey(luma)).toBeGreaterThan(10_000); // the ring, the star and the seal's characters in mid grey
    expect(midGrey(dropped)).toBeLessThan(midGrey(luma) / 3); // what stays: the edges of the text
    // the text stays: as many black pixels (< 90) as before, within a few per cent
    const black = (img: GreyImage) => img.data.reduce((n, v) => n + (v < 90 ? 1 : 0), 0);
    expect(black(dropped)).toBeGreaterThan(black(luma) * 0.9);
  }, 60_000);
});
