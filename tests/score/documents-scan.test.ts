/**
 * OCR only what is drawn, for scans whose names say nothing (SCAN0200.pdf): the first page is OCR'd to learn whose
 * file it is, and only a drawn case's file is OCR'd further. The scans are image-only PDFs of uniform grey pages, one
 * grey level per page; a scripted engine "reads" each page as the document its level stands for and records which
 * pages it was asked to read — so the test counts OCR calls without running a real engine.
 */
import { describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { runScore } from '../../src/score/run.js';
import { withLang } from '../../src/i18n.js';
import type { OcrEngine } from '../../src/ocr/engine.js';
import type { GreyImage } from '../../src/ocr/image.js';
import { documentLines, scenario, writeGreyScan } from '../helpers/case-register.js';
import { tmpDir } from '../helpers/cli.js';

/** An engine answering each page by its grey level, and remembering the levels it was given. */
function scriptedEngine(pages: Map<number, string[]>): OcrEngine & { read: number[] } {
  const levels = [...pages.keys()];
  const e = {
    read: [] as number[],
    id: `scripted-${process.pid}-${Date.now()}`,
    name: 'scripted',
    turnsUpsideDown: true,
    check: async () => {},
    async recognize(img: GreyImage) {
      let sum = 0;
      for (const v of img.data) sum += v;
      const mean = sum / img.data.length;
      const level = levels.reduce((a, b) => (Math.abs(b - mean) < Math.abs(a - mean) ? b : a));
      e.read.push(level);
      return { lines: pages.get(level)!.map((text) => [{ text, conf: 96 }]) };
    },
  };
  return e;
}

describe('score --documents with scans named by nothing: page 1 decides, only drawn files are read on', async () => {
  const s = await scenario();
  const docs = path.join(s.dir, 'scans');
  mkdirSync(docs);
  const drawnCase = s.drawn[2]!;
  const otherCase = s.other[0]!;
  // a scan of a drawn case: its 立案审批表 (page 1) names the 立 number of the drawn case's series
  await writeGreyScan(path.join(docs, 'SCAN0201.pdf'), [120, 80]);
  // a scan of a case not drawn: its page 2 must never be OCR'd
  await writeGreyScan(path.join(docs, 'SCAN0200.pdf'), [200, 160]);
  const engine = scriptedEngine(
    new Map([
      [120, documentLines('filing', drawnCase)],
      [80, documentLines('decision', drawnCase)],
      [200, documentLines('filing', otherCase)],
      [160, documentLines('decision', otherCase)],
    ]),
  );
  const r = await withLang('en', () => runScore([s.register], { sample: s.manifest, documents: [docs], ocrEngine: engine, ocrCache: tmpDir('caseaudit-scripted-ocr-'), jobs: 1 }));

  it('OCRs page 1 of each scan, and page 2 only of the drawn case’s', () => {
    expect([...engine.read].sort((a, b) => a - b)).toEqual([80, 120, 200]);
  });

  it('scores the drawn case on the scan, found by the case number read inside', () => {
    const f = r.result.files.find((x) => x.id === drawnCase.id)!;
    expect(f.document).toMatchObject({ file: expect.stringMatching(/SCAN0201\.pdf$/), matchedBy: 'case-number' });
    expect(f.document!.disagreements).toEqual([]);
  });

  it('says which scan was read only as far as page 1', () => {
    expect(r.warnings).toContainEqual(expect.stringMatching(/SCAN0200\.pdf.*only page 1 was OCR'd|only page 1 was OCR'd.*SCAN0200\.pdf/));
    expect(r.result.documents).toMatchObject({ files: 2, matched: 1, notDrawn: 1, notDrawnOpened: 1 });
  });

  it('with OCR off the scans named by nothing cannot be placed: said so, never counted as not drawn', async () => {
    const off = await withLang('en', () => runScore([s.register], { sample: s.manifest, documents: [docs], ocr: 'off' }));
    expect(off.result.documents).toMatchObject({ matched: 0, notDrawn: 0, unidentified: 2 });
    expect(off.warnings).toContainEqual(expect.stringMatching(/^2 case-file PDF\(s\) could not be read \(need OCR\), so whose they are is unknown: .*SCAN0200\.pdf/));
  });
});
