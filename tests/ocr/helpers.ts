/** Scanned fixtures made at test time from a born-digital case file (seeded, so the same every run). */
import path from 'node:path';
import { makeCaseSpec, writeCasePdf, type CaseSpec } from '../../scripts/lib/case-pdf.mjs';
import { blur, rasterise, writeScanPdf } from '../../scripts/lib/scan.mjs';
import { paddleEngine } from '../../src/ocr/paddle.js';
import type { OcrEngine } from '../../src/ocr/engine.js';

export interface ScanFixture {
  spec: CaseSpec;
  original: string;
  /** every page scanned (turned, speckled) */
  scan: string;
  /** the same scan with the decision page (page 3) blurred beyond reading */
  blurred: string;
}

/** Write the born-digital case file and its two scans into `dir`. */
export async function makeScanFixture(dir: string): Promise<ScanFixture> {
  const spec = makeCaseSpec(0, 'ocr-test');
  const original = path.join(dir, 'case.pdf');
  await writeCasePdf(spec, original);
  const angles = [0.8, -1.2, 1.0, -0.6];
  const pages = await rasterise(original, 200);
  const scan = path.join(dir, 'case-scan.pdf');
  await writeScanPdf(pages, scan, { seed: 'ocr-test', angles });
  const blurredPages = await rasterise(original, 200);
  blurredPages[2] = blur(blurredPages[2]!, 5);
  const blurred = path.join(dir, 'case-blurred.pdf');
  await writeScanPdf(blurredPages, blurred, { seed: 'ocr-test', angles });
  return { spec, original, scan, blurred };
}

/** An engine (default: the default one, PP-OCR from npm), counting how often it is called. */
export function countingEngine(inner: OcrEngine = paddleEngine()): OcrEngine & { calls: number } {
  const e = {
    calls: 0,
    name: inner.name,
    get id() {
      return inner.id;
    },
    check: () => inner.check(),
    turnsUpsideDown: inner.turnsUpsideDown,
    recognize(img: Parameters<OcrEngine['recognize']>[0]) {
      e.calls++;
      return inner.recognize(img);
    },
  };
  return e;
}
