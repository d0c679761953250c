/** The official-document helpers: balanced title lines, column widths that fit the page and never go under four characters. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { LANDSCAPE_WIDTH, PORTRAIT_WIDTH, columnWidths, titleLines } from '../../src/report/official-docx.js';

describe('titleLines', () => {
  it('breaks a long report title after its period, keeps a short one whole', () => {
    expect(titleLines('2025年上半年安全生产行政执法案卷评查报告')).toEqual(['2025年上半年', '安全生产行政执法案卷评查报告']);
    expect(titleLines('安全生产行政执法案卷评查报告')).toEqual(['安全生产行政执法案卷评查报告']);
  });

  it('never loses or reorders a character and keeps every line within the 版心', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (t) => {
        const lines = titleLines(t);
        expect(lines.join('')).toBe(t);
        for (const l of lines) expect([...l].length).toBeLessThanOrEqual(20);
      }),
    );
  });
});

describe('columnWidths', () => {
  it('fits the page and gives every column at least four characters', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 40 }), { minLength: 1, maxLength: 12 }), fc.boolean(), (weights, landscape) => {
        const page = landscape ? LANDSCAPE_WIDTH : PORTRAIT_WIDTH;
        const size = landscape ? 18 : 21;
        const w = columnWidths(weights.length, { widths: weights, pageWidth: page, size });
        expect(w).toHaveLength(weights.length);
        for (const x of w) expect(x).toBeGreaterThanOrEqual(4 * size * 10);
        if (weights.length * (4 * size * 10 + 130) <= page) expect(w.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(page);
      }),
    );
  });
});
