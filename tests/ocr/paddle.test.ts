/**
 * The PP-OCR engine's own steps, after PaddleOCR's inference code: DB post-processing (threshold 0.3, box score
 * ≥ 0.6, unclip ratio 1.5), reading order, greedy CTC decoding with class 0 the blank; and the engine on a
 * rendered line of text (models from npm, nothing downloaded).
 */
import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { ctcDecode, dbBoxes, groupLines, paddleEngine, paddleModelDir, PADDLE_MODELS } from '../../src/ocr/paddle.js';
import { DOUBTFUL_DIGIT_CONF } from '../../src/ocr/hocr.js';
import { makeCaseSpec, writeCasePdf } from '../../scripts/lib/case-pdf.mjs';
import { pdfjsRenderer } from '../../src/ocr/render.js';
import { resultToConfText } from '../../src/ocr/engine.js';
import { pageBand } from '../../src/ocr/key-pages.js';
import { tmpDir } from '../helpers/cli.js';

describe('DB post-processing', () => {
  it('one box per text region, scored, grown by the unclip distance and scaled to the page', () => {
    const mw = 40;
    const mh = 20;
    const prob = new Float32Array(mw * mh);
    const fill = (x0: number, y0: number, x1: number, y1: number, p: number) => {
      for (let y = y0; y <= y1; y++) for (let x = x0; x <= x1; x++) prob[y * mw + x] = p;
    };
    fill(2, 2, 21, 5, 0.9); // a 20 × 4 line
    fill(2, 12, 11, 15, 0.5); // a region the detector is unsure of: mean 0.5 < 0.6
    fill(30, 12, 31, 12, 0.95); // a speck under 3 px
    const boxes = dbBoxes(prob, mw, mh, 2, 2, 80, 40);
    expect(boxes).toHaveLength(1);
    const b = boxes[0]!;
    // unclip distance = area × 1.5 / perimeter = 80 × 1.5 / 48 = 2.5 map px, each side; × 2 to page px
    // (2 − 2.5) × 2 < 0 → clipped to 0; (21 + 1 + 2.5) × 2 = 49; (5 + 1 + 2.5) × 2 = 17
    expect(b).toMatchObject({ x0: 0, y0: 0, x1: 49, y1: 17 });
    expect(b.score).toBeCloseTo(0.9, 5);
  });

  it('puts boxes in reading order: lines top to bottom, each left to right', () => {
    const box = (x0: number, y0: number, id: string) => ({ x0, y0, x1: x0 + 50, y1: y0 + 30, id });
    const lines = groupLines([box(200, 105, 'c'), box(10, 10, 'a'), box(100, 14, 'b'), box(10, 100, 'd')]);
    expect(lines.map((l) => l.map((b) => b.id))).toEqual([['a', 'b'], ['d', 'c']]);
  });
});

describe('CTC decoding', () => {
  const dict = ['', '1', '4', '号', '年'];
  const frames = (rows: number[][]) => Float32Array.from(rows.flat());
  it('collapses repeats, drops blanks, keeps each character’s probability', () => {
    // 1 1 _ 1 号 → "11号"
    const p = frames([
      [0.05, 0.9, 0.05, 0, 0],
      [0.1, 0.85, 0.05, 0, 0],
      [0.97, 0.01, 0.01, 0.01, 0],
      [0.02, 0.96, 0.01, 0.01, 0],
      [0.01, 0, 0.01, 0.98, 0],
    ]);
    const w = ctcDecode(p, 0, 5, 5, dict);
    expect(w.text).toBe('11号');
    expect(w.charConf).toEqual([90, 96, 98]);
    expect(w.conf).toBeCloseTo((90 + 96 + 98) / 3, 0);
  });

  it('marks a digit whose runner-up is another digit as doubtful (the second opinion reads the page again)', () => {
    const p = frames([
      [0.02, 0.7, 0.28, 0, 0], // 1, with 4 close behind
      [0.02, 0, 0, 0, 0.98],
    ]);
    const w = ctcDecode(p, 0, 2, 5, dict);
    expect(w.text).toBe('1年');
    expect(w.charConf).toEqual([DOUBTFUL_DIGIT_CONF, 98]);
  });
});

describe('the PP-OCR engine', { timeout: 600_000 }, () => {
  it('finds its models in the npm package', () => {
    const dir = paddleModelDir();
    expect(dir).toBeDefined();
    expect(path.basename(path.join(dir!, PADDLE_MODELS.rec))).toBe('ch_PP-OCRv4_rec_infer.onnx');
  });

  it('reads a rendered page of a case file: title, case number, party, dates', async () => {
    const spec = makeCaseSpec(3, 'paddle-test');
    const pdf = path.join(tmpDir('caseaudit-paddle-'), 'case.pdf');
    await writeCasePdf(spec, pdf);
    const opened = await pdfjsRenderer().open(pdf);
    const img = await opened.render(3, 200);
    await opened.close();
    const engine = paddleEngine();
    await engine.check();
    expect(engine.id).toMatch(/^paddle PP-OCRv4 det960 rec48 cls180 gaps ort[\d.]+$/);
    const { text, conf } = resultToConfText(await engine.recognize(img));
    expect(conf).toHaveLength(text.length);
    const compact = text.replace(/\s+/g, '');
    expect(compact).toContain('行政处罚决定书');
    expect(compact).toContain(spec.party.name);
    expect(compact).toContain(spec.party.creditCode);
    expect(compact).toMatch(/〔2025[〕\]]/);
    expect(compact).toContain(`${spec.fine.toFixed(2)}`); // after ¥ or the dictionary's full-width ￥ (repair makes it ¥)

    // the same page scanned upside down: the angle classifier turns it, and it reads the same
    const turned = { ...img, data: img.data.slice().reverse() };
    expect(resultToConfText(await engine.recognize(turned)).text).toBe(text);

    // --ocr-pages key: the top quarter, detected at the page's own scale (a quarter of the detector's pixels),
    // still gives the title and the 文号 as the full reading does
    const edges = resultToConfText(await engine.recognize(pageBand(img, 'top'), { pageLongSide: Math.max(img.width, img.height) })).text.replace(/\s+/g, '');
    expect(edges).toContain('行政处罚决定书');
    expect(edges).toMatch(/〔2025[〕\]】]\d+号/); // the raw reading: 】 for 〕 is mended later (repair.ts)
  });
});
