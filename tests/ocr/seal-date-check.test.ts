/**
 * A signature date in doubt, confirmed by the procedure's order (seal-date-check.ts): 立案 ≤ 告知 ≤ 决定 ≤ 送达
 * (行政处罚法 第四十四条、第六十二条、第六十一条). Synthetic pages of a 告知书, a 决定书 and a 送达回执.
 */
import { describe, expect, it } from 'vitest';
import { datesConfirmedByOrder, readingsOf, sealDatesOutOfOrder } from '../../src/ocr/seal-date-check.js';
import { COMPLETED_CONF } from '../../src/ocr/seal-date.js';
import type { OcrPage } from '../../src/ocr/pipeline.js';
import type { CaseFile } from '../../src/model/types.js';

function page(n: number, text: string, low: Record<string, number> = {}): OcrPage {
  const conf = [...text].map(() => 95);
  // low: the confidence of the characters of `key` at its last place in the text (the signature's date)
  for (const [key, c] of Object.entries(low)) {
    const at = text.lastIndexOf(key);
    for (let i = 0; i < key.length; i++) conf[at + i] = c;
  }
  return { page: n, text, conf, meanConfidence: 90, skew: 0, engine: 'test', cached: false };
}

const NOTICE = (date: string) => `江西省应急管理厅\n行政处罚告知书\n你单位有权进行陈述和申辩。\n江西省应急管理厅\n${date}`;
const DECISION = (date: string) => `江西省应急管理厅\n行政处罚决定书\n本机关于2025年3月20日告知你单位拟作出行政处罚的事实。\n江西省应急管理厅\n${date}`;
const RECEIPT = (date: string) => `文书送达回执\n送达文书 行政处罚决定书\n送达时间 ${date}`;

function caseOf(d: { notified?: string; decided?: string; served?: string }): CaseFile {
  return {
    dates: d,
    documents: [
      { title: '行政处罚告知书', date: d.notified, pages: [1] },
      { title: '行政处罚决定书', date: d.decided, pages: [2] },
      { title: '文书送达回执', date: d.served, pages: [3] },
    ],
  } as unknown as CaseFile;
}

const CASE = caseOf({ notified: '2025-03-20', decided: '2025-04-02', served: '2025-04-03' });
// the decision's year completed from 25年 (seal-date.ts): its first two digits filled in, not read
const PAGES = [page(1, NOTICE('2025年3月20日')), page(2, DECISION('2025年4月2日'), { '20': COMPLETED_CONF }), page(3, RECEIPT('2025年4月3日'))];

describe('the ways a doubtful signature date could read', () => {
  it('takes each doubtful digit every way and a digit hidden beside a one-digit month or day', () => {
    const r = readingsOf('2025', '4', '2', [false, false, false, true, false, false])!;
    expect(r.has('2025-04-02')).toBe(true);
    expect(r.has('2023-04-02')).toBe(true);
    expect(r.has('2025-04-21')).toBe(true); // 4月2?日
    expect(r.has('2025-04-12')).toBe(true); // 4月?2日
    expect(r.has('2025-12-02')).toBe(false); // no digit is read as another when it is sure
  });

  it('gives up on too many doubtful digits', () => {
    expect(readingsOf('2025', '4', '2', [true, true, true, true, false, false])).toBeUndefined();
  });
});

describe('confirming a signature date by the order of the procedure', () => {
  it('confirms a decision date that is the only reading between the 告知书 and its service', () => {
    expect(datesConfirmedByOrder(CASE, PAGES, new Set(['dates.decided']))).toEqual(['dates.decided']);
  });

  it('does not when another reading fits too (served later: 4月12日, 4月2X日 would fit)', () => {
    const c = caseOf({ notified: '2025-03-20', decided: '2025-04-02', served: '2025-04-25' });
    expect(datesConfirmedByOrder(c, [PAGES[0]!, PAGES[1]!, page(3, RECEIPT('2025年4月25日'))], new Set(['dates.decided']))).toEqual([]);
  });

  it('does not when a bound is missing or itself uncertain', () => {
    const c = caseOf({ notified: '2025-03-20', decided: '2025-04-02' });
    expect(datesConfirmedByOrder(c, PAGES.slice(0, 2), new Set(['dates.decided']))).toEqual([]);
    expect(datesConfirmedByOrder(CASE, PAGES, new Set(['dates.decided', 'dates.served']))).toEqual([]);
  });

  it('does not when the date read breaks the order (decided after service)', () => {
    const c = caseOf({ notified: '2025-03-20', decided: '2025-04-02', served: '2025-04-01' });
    expect(datesConfirmedByOrder(c, [PAGES[0]!, PAGES[1]!, page(3, RECEIPT('2025年4月1日'))], new Set(['dates.decided']))).toEqual([]);
  });

  it('does not when the date is in doubt for another reason (found only in the running text, unreadable pages)', () => {
    expect(datesConfirmedByOrder(CASE, PAGES, new Set(['dates.decided']), true)).toEqual([]);
    // the decision's signature lost: its date (告知's, 3月20日) stands only in its text
    const c = caseOf({ notified: '2025-03-20', decided: '2025-03-20', served: '2025-04-03' });
    expect(datesConfirmedByOrder(c, [PAGES[0]!, page(2, DECISION('25年4月2日')), PAGES[2]!], new Set(['dates.decided']))).toEqual([]);
  });

  it('confirms a doubtful year digit when the dates around it allow only one year', () => {
    const d = { filed: '2025-08-05', notified: '2025-08-26', decided: '2025-09-09', served: '2025-09-11' };
    const c = { ...caseOf(d), dates: d } as CaseFile;
    c.documents!.unshift({ title: '立案审批表', date: '2025-08-05', pages: [4] });
    const filing = page(4, '立案审批表\n审批意见：同意立案。\n江西省应急管理厅\n2025年8月5日');
    const notice = page(1, NOTICE('2025年8月26日'), { '5': 40 }); // 2025 or 2023?
    const decision = page(2, DECISION('2025年9月9日'), { '5': 40 });
    expect(datesConfirmedByOrder(c, [notice, page(2, DECISION('2025年9月9日')), page(3, RECEIPT('2025年9月11日')), filing], new Set(['dates.notified']))).toEqual(['dates.notified']);
    // both doubtful: each is bounded by the nearest certain dates (立案 and 送达)
    expect(datesConfirmedByOrder(c, [notice, decision, page(3, RECEIPT('2025年9月11日')), filing], new Set(['dates.notified', 'dates.decided']))).toEqual(['dates.notified', 'dates.decided']);
    // without the 立案 date the notice could be 2020-08-26 … 2024-08-26
    const noFiling = caseOf({ notified: '2025-08-26', decided: '2025-09-09', served: '2025-09-11' });
    expect(datesConfirmedByOrder(noFiling, [notice, page(2, DECISION('2025年9月9日')), page(3, RECEIPT('2025年9月11日'))], new Set(['dates.notified']))).toEqual([]);
  });

  it('never confirms a doubtful day that other days of the span could be', () => {
    const d = { notified: '2025-08-26', decided: '2025-09-09', served: '2025-09-11' };
    expect(datesConfirmedByOrder(caseOf(d), [page(1, NOTICE('2025年8月26日')), page(2, DECISION('2025年9月9日'), { '9': 40 }), page(3, RECEIPT('2025年9月11日'))], new Set(['dates.decided']))).toEqual([]);
  });
});

describe('a date the seal\'s second reading gave that breaks the order', () => {
  const c = caseOf({ notified: '2025-03-20', decided: '2025-04-21', served: '2025-04-03' });
  const pages = (sealRead: boolean) => [
    page(1, NOTICE('2025年3月20日')),
    { ...page(2, DECISION('2025年4月21日')), ...(sealRead ? { sealDate: { iso: '2025-04-21', outcome: 'read' as const } } : {}) },
    page(3, RECEIPT('2025年4月3日')),
  ];

  it('is uncertain: decided after its own service', () => {
    expect(sealDatesOutOfOrder(c, pages(true), new Set())).toEqual(['dates.decided']);
  });

  it('is left alone when in order, or when no seal reading gave it (the order rules judge the file)', () => {
    expect(sealDatesOutOfOrder(caseOf({ notified: '2025-03-20', decided: '2025-04-21', served: '2025-04-23' }), pages(true), new Set())).toEqual([]);
    expect(sealDatesOutOfOrder(c, pages(false), new Set())).toEqual([]);
    expect(sealDatesOutOfOrder(c, pages(true), new Set(['dates.served']))).toEqual([]); // the service date itself uncertain
  });
});
