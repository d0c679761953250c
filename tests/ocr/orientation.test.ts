/**
 * Pages fed in sideways: found from blank rows against blank columns, on pages of the independent scan set
 * (tests/fixtures/scanset, printed from HTML and turned by ImageMagick, answers.json says which), and turned
 * upright before reading.
 */
import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { quarterTurn, turnClockwise, turnHalf } from '../../src/ocr/orientation.js';
import { straighten } from '../../src/ocr/pipeline.js';
import { pdfjsRenderer } from '../../src/ocr/render.js';

const SCANS = path.join(import.meta.dirname, '..', 'fixtures', 'scanset', 'scans');

async function page(file: string, n: number) {
  const pdf = await pdfjsRenderer().open(path.join(SCANS, file));
  try {
    return await pdf.render(n, 150);
  } finally {
    await pdf.close();
  }
}

describe('quarter turns', () => {
  it('turns an image a quarter clockwise: the top-left pixel goes to the top right, width and height swap', () => {
    const img = { width: 3, height: 2, data: Uint8Array.from([1, 2, 3, 4, 5, 6]) };
    const t = turnClockwise(img);
    expect([t.width, t.height]).toEqual([2, 3]);
    expect([...t.data]).toEqual([4, 1, 5, 2, 6, 3]);
    expect([...turnHalf(img).data]).toEqual([6, 5, 4, 3, 2, 1]);
    // four quarter turns are the page itself
    expect([...turnClockwise(turnClockwise(turnClockwise(t))).data]).toEqual([...img.data]);
  });

  it('finds the pages scanned at 90° and 270°, and leaves upright, upside-down and table pages alone', async () => {
    // case-03: page 1 turned 90°, page 4 270°, pages 2, 3 (text) and 6 (a ruled table) upright;
    // case-05: page 1 upside down (180°: not a quarter turn)
    for (const [file, n, sideways] of [['case-03.pdf', 1, true], ['case-03.pdf', 4, true], ['case-03.pdf', 2, false], ['case-03.pdf', 3, false], ['case-03.pdf', 6, false], ['case-05.pdf', 1, false]] as const) {
      const o = quarterTurn(await page(file, n));
      expect({ file, n, sideways: o.sideways }).toEqual({ file, n, sideways });
    }
  });

  it('straightens a sideways page into an upright one with the blank rows between its lines', async () => {
    const raw = await page('case-03.pdf', 5); // turned 90°
    const s = straighten(raw);
    expect(s.turned).toBe(true);
    expect([s.image.width, s.image.height]).toEqual([raw.height, raw.width]);
    const o = quarterTurn(s.image);
    expect(o.sideways).toBe(false);
    expect(o.blankRows).toBeGreaterThan(0.3);
    const upright = straighten(await page('case-03.pdf', 2));
    expect(upright.turned).toBeUndefined();
  });
});
