/**
 * A fine line read again (fine-line.ts, reread.ts). A 决定书 states its fine in words and in figures
 * (罚款人民币肆万贰仟元整（¥42000.00）); on a faded photograph PP-OCR loses a 0 of the figures (CTC merges two equal
 * characters that no blank frame parts) or misreads a numeral of the words (排 for 肆). The readings below are
 * PP-OCR's of the independent scan set's case-06 page 5 (tests/fixtures/scanset/scans/case-06.pdf: the page and
 * the page stretched 1.25× wider, confidences as the engine gave them); the others are written like them with
 * confidences set by hand. The rule under test: a second reading is taken only when its words and figures agree and
 * every character of it is sure — it never makes up a fine.
 */
import { describe, expect, it } from 'vitest';
import { importPages, stored } from './stored.js';
import path from 'node:path';
import { FINE_STRETCH, fineImage, fineStatements, mergeFineLine, needsFineReading } from '../../src/ocr/fine-line.js';
import { stretchWide } from '../../src/ocr/reread.js';
import { straighten, type OcrPage } from '../../src/ocr/pipeline.js';
import { renderPage } from '../../src/ocr/render.js';
import { resultToConfText, type ConfText } from '../../src/ocr/engine.js';
import { paddleEngine, paddleModelDir } from '../../src/ocr/paddle.js';

const SCANS = path.resolve(import.meta.dirname, '../fixtures/scanset/scans');

/** A line before and after the statement, as on the decision page; the statement's confidences given per character. */
function reading(statement: string, conf: number[] | number = 95): ConfText {
  const head = '依据《中华人民共和国安全生产法》第九十七条第三项的规定，决定给予以下行政处\n罚：款';
  const tail = '\n罚款自收到本决定书之日起十五日内缴至指定银行。';
  const mid = typeof conf === 'number' ? [...statement].map(() => conf) : conf;
  if (mid.length !== statement.length) throw new Error(`${statement}: ${mid.length} confidences`);
  return { text: head + statement + tail, conf: [...[...head].map(() => 95), ...mid, ...[...tail].map(() => 95)] };
}

// PP-OCR on case-06 page 5: the page as it is, and stretched FINE_STRETCH wider
const PAGE = ['人民币排万贰仟元差（￥4200.00）', [80.4, 80.4, 80.4, 74.8, 80.4, 80.4, 66.7, 80.4, 21.7, 80.4, 42.9, 40, 52.7, 80.4, 80.4, 76.4, 80.4, 80.4, 74.9]] as const;
const WIDER = ['人民币排万贰仟元整（￥42000.00）', [81.9, 81.9, 81.9, 33.6, 81.9, 81.9, 53.7, 81.9, 27.8, 81.9, 58.1, 40, 81.9, 81.9, 81.9, 81.9, 51.7, 72.6, 81.9, 81.9]] as const;
const measured = (r: readonly [string, readonly number[]]) => reading(r[0], [...r[1]]);

describe('which fine lines are read again', () => {
  it('a statement whose words and figures disagree (排 for 肆, a 0 lost), or whose figures are garbled', () => {
    expect(needsFineReading(measured(PAGE))).toBe(true);
    expect(needsFineReading(reading('人民币肆万贰仟元整（¥4200.00）'))).toBe(true);
    expect(needsFineReading(reading('人民币肆万贰仟元整（￥420:00）'))).toBe(true);
  });

  it('not one whose words and figures agree, however unsure its characters: they confirm each other', () => {
    expect(needsFineReading(reading('人民币肆万贰仟元整（¥42000.00）', 45))).toBe(false);
    expect(needsFineReading(reading('人民币叁仟元整（3000元）'))).toBe(false);
    // words alone (the 告知书's sentence) state nothing twice
    expect(needsFineReading(reading('人民币肆万贰仟元整的行政处罚。'))).toBe(false);
  });

  it('finds the statement, its words, figures and amount', () => {
    const [s] = fineStatements(measured(WIDER));
    expect(s).toMatchObject({ words: '排万贰仟元整', figures: '42000.00', value: 42000, agree: false, sure: false });
    expect(fineStatements(reading('人民币肆万贰仟元整（¥42000.00）'))[0]).toMatchObject({ value: 42000, agree: true, sure: true });
  });
});

describe('merging the second reading of a fine line', () => {
  it('case-06 as PP-OCR reads it: the wider reading has the figures right but still 排 for 肆, so nothing changes', () => {
    const first = measured(PAGE);
    const m = mergeFineLine(first, measured(WIDER));
    expect(m.value).toBeUndefined();
    expect(m.text).toBe(first.text);
  });

  it('takes a wider reading whose words and figures agree, every character sure: the lost 0 put back', () => {
    const first = measured(PAGE);
    const m = mergeFineLine(first, reading('人民币肆万贰仟元整（¥42000.00）', 92));
    expect(m.value).toBe(42000);
    expect(m.text).toContain('罚：款人民币肆万贰仟元整（¥42000.00）\n罚款自收到');
    expect(m.conf).toHaveLength(m.text.length);
  });

  it('never a reading with a doubtful character, even when words and figures agree (the 4 nearly a 1)', () => {
    const conf = [...'人民币肆万贰仟元整（¥42000.00）'].map((ch, i) => (i === 12 ? 40 : 92));
    expect(mergeFineLine(measured(PAGE), reading('人民币肆万贰仟元整（¥42000.00）', conf)).value).toBeUndefined();
  });

  it('never words that only fit the figures (排 could be any numeral: 1.5× wider read ¥12000.00)', () => {
    expect(mergeFineLine(measured(PAGE), reading('人民币排万贰仟元整（¥12000.00）', 95)).value).toBeUndefined();
  });

  it('never an amount that keeps neither the first figures nor fits the first words', () => {
    expect(mergeFineLine(measured(PAGE), reading('人民币壹万元整（¥10000.00）', 95)).value).toBeUndefined();
  });

  it('never when the second reading states two different fines surely, nor without a second reading', () => {
    const two = reading('人民币肆万贰仟元整（¥42000.00）');
    const again = { text: `${two.text}\n人民币肆仟贰佰元整（¥4200.00）`, conf: [...two.conf, ...Array.from('\n人民币肆仟贰佰元整（¥4200.00）', () => 95)] };
    expect(mergeFineLine(measured(PAGE), again).value).toBeUndefined();
    expect(mergeFineLine(measured(PAGE), undefined).value).toBeUndefined();
  });
});

describe('the image read again', () => {
  it('is the page stretched wider, its height kept', () => {
    const img = { width: 2, height: 2, data: Uint8Array.from([0, 100, 200, 40]) };
    const w = stretchWide(img, 2);
    expect([w.width, w.height]).toEqual([4, 2]);
    expect([...w.data]).toEqual([0, 25, 75, 100, 200, 160, 80, 40]);
    expect(fineImage({ width: 8, height: 1, data: new Uint8Array(8) }).width).toBe(8 * FINE_STRETCH);
  });
});


/** case-06's stored readings with page 5's fine line read again as `statement` (the rest of the page as read). */
function withWider(statement: string, conf: number[] | number): OcrPage[] {
  return stored('scanset-case-06-paddle.json').map((p) => {
    if (p.page !== 5) return p;
    const [s] = fineStatements(p);
    const mid = typeof conf === 'number' ? [...statement].map(() => conf) : conf;
    return { ...p, fineBand: { text: p.text.slice(0, s!.from) + statement + p.text.slice(s!.to), conf: [...p.conf.slice(0, s!.from), ...mid, ...p.conf.slice(s!.to)] } };
  });
}

describe('case-06 of the independent scan set (stored PP-OCR readings)', () => {
  it('the fine stays uncertain with the wider reading PP-OCR gives (排万贰仟元整（￥42000.00）)', () => {
    const c = importPages(withWider(WIDER[0], [...WIDER[1]]));
    expect(c.fine).toBe(42000);
    expect(c.uncertainFields).toContain('fine');
  });

  it('a wider reading stating 肆万贰仟元整（¥42000.00） surely would make the decision state its fine: certain', () => {
    const c = importPages(withWider('人民币肆万贰仟元整（¥42000.00）', 95));
    expect(c.fine).toBe(42000);
    // still taken from the 告知书 (罚：款 keeps the decision's sentence from being read as one), now stated on the decision
    expect(c.uncertainFields ?? []).not.toContain('fine');
  });
});

describe.skipIf(!paddleModelDir())('case-06 page 5 read again by PP-OCR', { timeout: 300_000 }, () => {
  it('the page stretched wider: whatever it reads, no fine but 42000 is ever taken from it', async () => {
    const page = straighten(await renderPage(path.join(SCANS, 'case-06.pdf'), 5)).image;
    const engine = paddleEngine({ workers: 1 });
    await engine.check();
    const first = resultToConfText(await engine.recognize(page));
    expect(needsFineReading(first)).toBe(true);
    const again = resultToConfText(await engine.recognize(fineImage(page)));
    const [s] = fineStatements(again);
    expect(s?.figures).toBe('42000.00'); // the lost 0 is back…
    const m = mergeFineLine(first, again);
    expect(m.value === undefined || m.value === 42000).toBe(true); // …but only words and figures agreeing could confirm it
  });
});
