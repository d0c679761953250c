import { beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import { tmpDir } from '../helpers/cli.js';
import { makeCaseSpec, writeCasePdf } from '../../scripts/lib/case-pdf.mjs';
import { rasterise } from '../../scripts/lib/scan.mjs';
import { rotate, type GreyImage } from '../../src/ocr/image.js';
import { deskew, estimateSkew } from '../../src/ocr/deskew.js';

let page: GreyImage;
beforeAll(async () => {
  const pdf = path.join(tmpDir('caseaudit-deskew-'), 'case.pdf');
  await writeCasePdf(makeCaseSpec(1, 'deskew'), pdf);
  page = (await rasterise(pdf, 200))[2]!;
});

describe('deskew', () => {
  it.each([-2.5, -1.2, -0.6, 0.8, 1.5, 3])('finds a page turned by %s° and straightens it', (angle) => {
    const turned = rotate(page, angle);
    expect(Math.abs(estimateSkew(turned) - angle)).toBeLessThan(0.3);
    expect(Math.abs(estimateSkew(deskew(turned).image))).toBeLessThan(0.3);
  });

  it('leaves a straight page alone and a blank page at 0', () => {
    expect(deskew(page).image === page).toBe(true); // no diff of a million pixels on failure
    expect(estimateSkew({ width: 400, height: 600, data: new Uint8Array(400 * 600).fill(255) })).toBe(0);
  });
});
