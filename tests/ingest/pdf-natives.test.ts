import { describe, it, expect } from 'vitest';
import path from 'node:path';
import { SAMPLES_DIR } from '../../src/util/paths.js';

// taken before pdf.js is loaded in this test process (core-js also makes its replacements' toString say "[native code]")
const NATIVE_PUSH = Array.prototype.push;
const NATIVE_PARSE = JSON.parse;

describe('pdf.js does not leave its polyfills behind', () => {
  it('Array.prototype.push and JSON.parse are native again after a PDF is read', async () => {
    const { readPdfPages } = await import('../../src/ingest/pdf/page-texts.js');
    const { pages } = await readPdfPages(path.join(SAMPLES_DIR, 'pdf', 'case-01.pdf'));
    expect(pages.length).toBeGreaterThan(0);
    // core-js (inside pdf.js's legacy build and its worker bundle) replaces both with JavaScript versions,
    // which made every push in an Excel import and every JSON.parse of a dataset slower
    expect(Array.prototype.push === NATIVE_PUSH).toBe(true);
    expect(JSON.parse === NATIVE_PARSE).toBe(true);
    expect(Object.getOwnPropertyDescriptor(Array.prototype, 'push')).toMatchObject({ enumerable: false, writable: true });
    const a: number[] = [];
    expect(a.push(1, 2)).toBe(2);
    expect(JSON.parse('{"a":[1]}')).toEqual({ a: [1] });
  });
});
