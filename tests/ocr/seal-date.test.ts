/**
 * Dates under a seal (seal-date.ts, seal-date-check.ts). The red seal of a 告知书/决定书 is pressed over the unit's
 * name and the date; PP-OCR drops the digits under its ring (2025年月21日, 25年4月2日). Synthetic readings show the
 * merge rules; real PP-OCR readings of the independent scan set (tests/fixtures/ocr/scanset-case-0N-paddle.json,
 * made by reading tests/fixtures/scanset/scans) show the dates an import now gets; one page is read by the engine.
 */
import { describe, expect, it } from 'vitest';
import { importPages, stored } from './stored.js';
import path from 'node:path';
import { COMPLETED_CONF, mergeSealDate, needsSealReading, sealBand, signatureDate } from '../../src/ocr/seal-date.js';
import { straighten, type OcrPage } from '../../src/ocr/pipeline.js';
import { renderPage } from '../../src/ocr/render.js';
import { resultToConfText } from '../../src/ocr/engine.js';
import { paddleEngine } from '../../src/ocr/paddle.js';
import type { ConfText } from '../../src/ocr/engine.js';
import type { CaseFile } from '../../src/model/types.js';

const SCANS = path.resolve(import.meta.dirname, '../fixtures/scanset/scans');

/** A reading with confidence 95 everywhere but at the given offsets. */
function reading(text: string, low: Record<number, number> = {}): ConfText {
  return { text, conf: [...text].map((_, i) => low[i] ?? 95) };
}

const BODY = '如果不服本决定，可以在收到本决定书之日起六十日内向九江市濂溪区人民政府\n申请行政复议。';
const SIGNED = (date: string) => `${BODY}\n九江市濂溪区应急管理局\n${date}`;

describe('the signature date of a page', () => {
  it('is the 年月日 line under the unit at the end of the page, sure when whole and read surely', () => {
    expect(signatureDate(reading(SIGNED('2025年4月21日')))).toMatchObject({ year: '2025', month: '4', day: '21', sure: true });
    // the month under the ring, a stray letter before the date (the seal's edge read as D)
    expect(signatureDate(reading(`${BODY}\nH 力江市溪区应急管理局 面\nD 2025年月21日`))).toMatchObject({ year: '2025', month: '', day: '21', sure: false });
    expect(signatureDate(reading(SIGNED('25年4月2日')))).toMatchObject({ year: '25', sure: false });
    const text = SIGNED('2025年8月26日');
    expect(signatureDate(reading(text, { [text.indexOf('5年')]: 40 }))?.sure).toBe(false); // a doubtful digit
  });

  it('is not a date in the running text, nor one with no unit signing above it', () => {
    expect(signatureDate(reading('本机关于2025年4月8日向你单位送达了行政处罚告知书，你单位在规定期限内未\n提出陈述、申辩。'))).toBeUndefined();
    expect(signatureDate(reading('受送达人签收：周国梁\n2025年月23日'))).toBeUndefined();
  });

  it('asks for a second reading only when the signature date is broken or unsure', () => {
    expect(needsSealReading(reading(SIGNED('2025年4月21日')))).toBe(false);
    expect(needsSealReading(reading(SIGNED('2025年月21日')))).toBe(true);
    expect(needsSealReading(reading(BODY))).toBe(false);
  });

  it('reads the lower half of the page (or the upper, for a page the engine turns)', () => {
    const img = { width: 2, height: 4, data: Uint8Array.from([1, 1, 2, 2, 3, 3, 4, 4]) };
    expect([...sealBand(img).data]).toEqual([3, 3, 4, 4]);
    expect([...sealBand(img, 'upper').data]).toEqual([1, 1, 2, 2]);
  });
});

describe('merging the second reading of a signature date', () => {
  it('takes a whole, sure date that adds the digits the seal hid', () => {
    const m = mergeSealDate(reading(SIGNED('D 2025年月21日')), reading(SIGNED('A 2025年4月21日'), { 0: 6 }));
    expect(m).toMatchObject({ outcome: 'read', iso: '2025-04-21' });
    expect(m.text.endsWith('D 2025年4月21日')).toBe(true);
    expect(m.conf.length).toBe(m.text.length);
  });

  it('never changes a digit the first reading gave', () => {
    // 24 read first, 21 on the band: one of them is wrong, the date stays as it was (uncertain)
    const first = reading(SIGNED('2025年月24日'));
    expect(mergeSealDate(first, reading(SIGNED('2025年4月21日')))).toBe(first);
    // a doubtful digit is not overruled either (3月4日 stays, doubtful, beside a band reading 3月1日)
    const text = SIGNED('2025年3月4日');
    const doubtful = reading(text, { [text.indexOf('4日')]: 40 });
    expect(mergeSealDate(doubtful, reading(SIGNED('2025年3月1日'))).outcome).toBeUndefined();
  });

  it('leaves a sure date alone', () => {
    const first = reading(SIGNED('2025年4月21日'));
    expect(mergeSealDate(first, reading(SIGNED('2025年4月2日')))).toBe(first);
  });

  it('completes a year the ring cut to its last two digits, the filled-in digits uncertain', () => {
    const m = mergeSealDate(reading(SIGNED('25年4月2日')), reading(SIGNED('025年4月2日'), { [SIGNED('025年4月2日').lastIndexOf('0')]: 40 }));
    expect(m).toMatchObject({ outcome: 'completed', iso: '2025-04-02' });
    const at = m.text.lastIndexOf('2025年4月2日');
    expect(m.conf.slice(at, at + 4)).toEqual([COMPLETED_CONF, COMPLETED_CONF, 95, 95]);
  });

  it('does not complete a one-digit year, one that lost its last digit, nor one whose month or day is unsure', () => {
    expect(mergeSealDate(reading(SIGNED('5年4月2日')), undefined).outcome).toBeUndefined();
    expect(mergeSealDate(reading(SIGNED('202年8月26日')), undefined).outcome).toBeUndefined(); // 2025? 2023? not 2002
    const text = SIGNED('25年4月2日');
    expect(mergeSealDate(reading(text, { [text.lastIndexOf('2日')]: 30 }), undefined).outcome).toBeUndefined();
  });
});


const dates = (c: CaseFile, keys: string[]) => Object.fromEntries(keys.map((k) => [k, c.uncertainFields?.includes(`dates.${k}`) ? 'uncertain' : (c.dates as Record<string, string | undefined>)?.[k]]));

describe('dates under seals in the independent scan set (stored PP-OCR readings)', () => {
  it('case-01 (宋体, grey seal across 年4): the decision date read whole on the lower half', () => {
    const pages = stored('scanset-case-01-paddle.json');
    expect(signatureDate(pages[4]!)).toMatchObject({ year: '2025', month: '', day: '21' }); // the page's reading
    const c = importPages(pages);
    expect(dates(c, ['notified', 'decided', 'served'])).toEqual({ notified: '2025-04-08', decided: '2025-04-21', served: '2025-04-23' });
  });

  it('case-04 (fax, 1-bit): the 告知书 date read whole on the lower half, the decision year completed and confirmed', () => {
    const pages = stored('scanset-case-04-paddle.json');
    // the pages' readings: 25年3月20日 / 25年4月2日, the ring over 20 (no 告知书 date, the decision dated from its text)
    expect([signatureDate(pages[3]!)?.year, signatureDate(pages[4]!)?.year]).toEqual(['25', '25']);
    const want = { filed: '2025-02-17', notified: '2025-03-20', decided: '2025-04-02', served: '2025-04-03' };
    expect(dates(importPages(pages), Object.keys(want))).toEqual(want);
    // without the lower half's reading, completing the years and the order of the dates give the same
    expect(dates(importPages(pages.map(({ sealBand: _, ...p }) => p)), Object.keys(want))).toEqual(want);
  });

  it('case-06 (faded): a year digit the ring made doubtful is confirmed by the dates around it', () => {
    const after = importPages(stored('scanset-case-06-paddle.json'));
    expect(dates(after, ['filed', 'notified', 'decided', 'served'])).toEqual({ filed: '2025-08-05', notified: '2025-08-26', decided: '2025-09-09', served: '2025-09-11' });
  });
});

describe('the lower half of a page read by PP-OCR', { timeout: 300_000 }, () => {
  it('case-01 page 5 (宋体, flatbed, grey seal across 年4): the signature date is read whole', async () => {
    const page = straighten(await renderPage(path.join(SCANS, 'case-01.pdf'), 5)).image;
    const band = resultToConfText(await paddleEngine({ workers: 1 }).recognize(sealBand(page)));
    expect(signatureDate(band)).toMatchObject({ year: '2025', month: '4', day: '21', sure: true });
  });
});
