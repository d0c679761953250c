/**
 * Faded and photographed scans, and a rare character PP-OCR drops: what makes a value read right certain, and what
 * must keep it uncertain. The page texts below are written after the national forms (立案审批表, 行政处罚告知书,
 * 行政处罚决定书, 文书送达回执) the way PP-OCR returns them for a faded copy (a form's cell read as lines of its own,
 * 罚：款 for 罚款, 排 for 肆), with the confidences set by hand for the characters the engine was unsure of. The
 * CTC frames are made up for the decoder; the division facts (九江市濂溪区, 赣州市章贡区) are GB/T 2260's.
 */
import { describe, expect, it } from 'vitest';
import { importPages } from './stored.js';
import { ctcDecode } from '../../src/ocr/paddle.js';
import { fillPlaceGaps, GAP_MIN_CONF } from '../../src/ocr/place-gaps.js';
import { resultToConfText } from '../../src/ocr/engine.js';
import { codeReadings, fineStatementsDisagree, zhengMisread } from '../../src/ocr/cross-check.js';
import { inProceduralOrder, numberYear, yearConfirmed } from '../../src/ocr/confirm.js';
import { repairOcrPages } from '../../src/ocr/provider.js';
import type { OcrPage } from '../../src/ocr/pipeline.js';
import { checkCreditCode } from '../../src/ingest/normalize/credit-code.js';
import type { CaseFile } from '../../src/model/types.js';

/** A page with every character at `base` confidence except the marked ones: [[substring, occurrence, confidence per char]]. */
function page(n: number, text: string, marks: [string, number[]][] = [], base = 90): OcrPage {
  const conf = Array.from({ length: text.length }, () => base);
  for (const [s, cs] of marks) {
    const at = text.indexOf(s);
    if (at < 0) throw new Error(`not in page ${n}: ${s}`);
    cs.forEach((c, k) => {
      if (c >= 0) conf[at + k] = c;
    });
  }
  return { page: n, text, conf, meanConfidence: 88, skew: 0, engine: 'paddle test', cached: false };
}

/** The number's-year rule alone (confirm.ts yearConfirmed) on the 告知书's date, against the file's other dates. */
function yearRule(raw: OcrPage[]): boolean {
  const c = importOcr(raw);
  return yearConfirmed(c, repairOcrPages(raw), 'notified', { ...(c.dates as Record<string, string | undefined>), notified: undefined });
}

const importOcr = (raw: OcrPage[]): CaseFile => importPages(raw, 'faded.pdf');

describe('CTC gaps: a character that lost to the blank at its frame', () => {
  const dict = ['', '九', '江', '市', '濂', '溪', '区', '1', '，'];
  const row = (p: Record<number, number>) => dict.map((_, c) => p[c] ?? 0);
  const decode = (rows: number[][]) => ctcDecode(Float32Array.from(rows.flat()), 0, rows.length, dict.length, dict);

  it('keeps the runner-up 濂 between 市 and 溪 as a gap, out of the text (PP-OCR on 宋体: blank 0.50, 濂 0.39)', () => {
    const w = decode([row({ 1: 0.99 }), row({ 0: 1 }), row({ 2: 0.99 }), row({ 3: 0.99 }), row({ 0: 0.5, 4: 0.39 }), row({ 0: 1 }), row({ 5: 0.99 }), row({ 6: 0.99 })]);
    expect(w.text).toBe('九江市溪区');
    expect(w.gaps).toEqual([{ at: 3, char: '濂', conf: 39 }]);
  });

  it('keeps no gap for the tail or head frame of a character that was read, nor for digits and punctuation', () => {
    const w = decode([row({ 3: 0.9 }), row({ 0: 0.6, 3: 0.4 }), row({ 0: 0.6, 5: 0.4 }), row({ 5: 0.9 }), row({ 0: 0.6, 7: 0.4 }), row({ 0: 0.6, 8: 0.3 }), row({ 6: 0.9 })]);
    expect(w.text).toBe('市溪区');
    expect(w.gaps).toBeUndefined();
  });

  it('keeps one gap per place, the likeliest, the next character’s head frame aside', () => {
    const w = decode([row({ 3: 0.9 }), row({ 0: 0.8, 4: 0.12 }), row({ 0: 0.55, 4: 0.4 }), row({ 0: 0.9, 2: 0.08 }), row({ 0: 0.5, 5: 0.45 }), row({ 5: 0.9 })]);
    expect(w.text).toBe('市溪');
    expect(w.gaps).toEqual([{ at: 1, char: '濂', conf: 40 }]);
  });
});

describe('filling a place name’s gap', () => {
  it('puts 濂 back when 九江市溪区 is no county of 九江市 and 九江市濂溪区 is, with the gap’s confidence', () => {
    const w = fillPlaceGaps({ text: '九江市溪区应急管理局', conf: 99, charConf: Array(10).fill(99), gaps: [{ at: 3, char: '濂', conf: 39 }] });
    expect(w.text).toBe('九江市濂溪区应急管理局');
    expect(w.charConf?.[3]).toBe(39);
    expect(w.charConf).toHaveLength(11);
    expect(w.gaps).toBeUndefined();
  });

  it('fills inside a county’s name and after a province (江西省赣州市章贡区: 赣州市章区 with 贡 lost)', () => {
    expect(fillPlaceGaps({ text: '地址：江西省赣州市章区', conf: 95, gaps: [{ at: 10, char: '贡', conf: 30 }] }).text).toBe('地址：江西省赣州市章贡区');
  });

  it('leaves the word alone when the filled name is no county of that city, or a county was read already', () => {
    const word = (text: string, at: number, char: string, conf = 39) => fillPlaceGaps({ text, conf: 99, gaps: [{ at, char, conf }] }).text;
    expect(word('九江市溪区应急管理局', 3, '湾')).toBe('九江市溪区应急管理局'); // 湾溪区 exists nowhere
    expect(word('南昌市贡区应急管理局', 3, '章')).toBe('南昌市贡区应急管理局'); // 章贡区 is 赣州's, not 南昌's
    expect(word('九江市浔阳区应急管理局', 3, '濂')).toBe('九江市浔阳区应急管理局'); // a county of 九江 was read
    expect(word('九江市溪区应急管理局', 3, '濂', GAP_MIN_CONF - 1)).toBe('九江市溪区应急管理局'); // too faint
    expect(word('瑞丰五金制品有限公司', 2, '濂')).toBe('瑞丰五金制品有限公司'); // no place at all
    // 南昌市湖区 is 东湖区 or 西湖区 with a character lost: the engine's runner-up alone would decide, so nothing is filled
    expect(word('南昌市湖区应急管理局', 3, '西')).toBe('南昌市湖区应急管理局');
    expect(word('南昌市湖区应急管理局', 3, '东')).toBe('南昌市湖区应急管理局');
  });

  it('is applied when an engine’s words become page text', () => {
    const t = resultToConfText({ lines: [[{ text: '九江市溪区应急管理局', conf: 98, gaps: [{ at: 3, char: '濂', conf: 39 }] }]] });
    expect(t.text).toBe('九江市濂溪区应急管理局');
    expect(t.conf[3]).toBe(39);
    expect(t.conf).toHaveLength(t.text.length);
  });
});

// case-06 of the independent scan set, as PP-OCR read it (faded copy; 决定书 photographed)
const CODE = '91360502MA3AC5PK11';
const FILING = `新余市渝水区应急管理局
立案审批表
渝应急立〔2025〕66号
案件来源监督检查
案由未按照规定对从业人员进行安全生产教育和培训案
当事人新余市渝水区金桥钢结构工程有限公司
统一社会
${CODE}
信用代码
住所江西省新余市渝水区城北街道胜利北路316号
承办人意见建议立案。袁建新简丽华2025年8月4日
审批意见同意。魏卫平2025年8月5日`;
const NOTICE = (date = '2025年8月26日', number = '渝应急罚告〔2025〕58号') => `新余市渝水区应急管理局
行政处罚告知书
${number}
新余市渝水区金桥钢结构工程有限公司：
经查，你单位焊接班组5名焊工未经安全生产教育和培训上岗作业，违反了《中华人民
共和国安全生产法》第二十八条第一款的规定。依据《中华人民共和国安全生产法》第九十
七条第三项的规定，本机关拟对你单位作出罚款人民币肆万贰仟元整的行政处罚。
你单位有权进行陈述和申辩。
新余市渝水区应急管理局
${date}`;
const DECISION = (fineLine = '罚：款人民币排万贰仟元差（¥42000.00）', date = '2025年9月9日') => `新余市渝水区应急管理局
行政处罚决定书
渝应急罚〔2025〕58号
被处罚单位：新余市渝水区金桥钢结构工程有限公司
统一社会信用代码：${CODE}
住所：江西省新余市渝水区城北街道胜利北路316号
经查，你单位焊接班组5名焊工未经安全生产教育和培训上岗作业，违反了《中华人民
共和国安全生产法》第二十八条第一款的规定
依据《中华人民共和国安全生产法》第九十七条第三项的规定，决定给予以下行政处
${fineLine}
罚款自收到本决定书之日起十五日内缴至指定银行。
新余市渝水区应急管理局
${date}`;
const RECEIPT = (time = '2025年9月11日') => `新余市渝水区应急管理局
文书送达回执
送达文书行政处罚决定书渝应急罚〔2025〕58号
受送达人新余市渝水区金桥钢结构工程有限公司
送达方式直接送达
送达时间${time}
黎振华`;

/** The four pages; the decision's credit code and fine figure and both signature years doubtful, as read. */
function caseSix(o: { notice?: string; noticeMarks?: [string, number[]][]; decision?: string; decisionMarks?: [string, number[]][]; filing?: string; receipt?: string } = {}): OcrPage[] {
  return [
    page(1, o.filing ?? FILING),
    page(2, o.notice ?? NOTICE(), o.noticeMarks ?? [['2025年8月26日', [-1, -1, -1, 40]]]),
    page(3, o.decision ?? DECISION(), o.decisionMarks ?? [[CODE, [-1, -1, -1, -1, -1, 42]], ['¥42000', [43, 40]], ['2025年9月9日', [-1, -1, 44, 76]]]),
    page(4, o.receipt ?? RECEIPT()),
  ];
}

describe('a credit code in a form’s cell (统一社会 / code / 信用代码)', () => {
  it('counts as a reading of the code, so the check character and a second document confirm a doubtful one', () => {
    const pages = caseSix();
    expect(checkCreditCode(CODE).status).toBe('valid');
    expect(codeReadings(pages, CODE)).toBe(2);
    const c = importOcr(pages);
    expect(c.party?.creditCode).toBe(CODE);
    expect(c.uncertainFields ?? []).not.toContain('party.creditCode');
  });

  it('gives the valid reading when the decision’s reading fails its check character (5 read as 8)', () => {
    const misread = '91360502MA3AC8PK11';
    expect(checkCreditCode(misread).status).toBe('invalid');
    const c = importOcr(caseSix({ decision: DECISION().replace(CODE, misread), decisionMarks: [] }));
    expect(c.party?.creditCode).toBe(CODE);
    expect(c.uncertainFields ?? []).not.toContain('party.creditCode');
  });

  it('does not count a code standing next to no label, and a doubtful code read once stays uncertain', () => {
    const filing = FILING.replace('统一社会\n', '').replace('信用代码\n', '');
    const pages = caseSix({ filing });
    expect(codeReadings(pages, CODE)).toBe(1);
    expect(importOcr(pages).uncertainFields).toContain('party.creditCode');
  });
});

describe('a date doubtful only in its year (the seal’s ring over 2025 on a faded page)', () => {
  it('is confirmed by the year of its document’s own number, in procedural order', () => {
    const c = importOcr(caseSix());
    expect(c.dates).toMatchObject({ filed: '2025-08-05', notified: '2025-08-26', decided: '2025-09-09', served: '2025-09-11' });
    expect(c.uncertainFields ?? []).not.toContain('dates.notified');
    expect(c.uncertainFields ?? []).not.toContain('dates.decided');
  });

  // The two cases below are refused by the number's year (yearConfirmed); the whole assessment may still confirm
  // the date by the procedure's order alone when only one year's reading fits between the sure dates
  // (seal-date-check.ts), as it does here: filed 2025-08-05 and decided 2025-09-09 leave only 2025-08-26.
  it('is not confirmed by its number when the number’s year is doubtful too', () => {
    const raw = caseSix({ noticeMarks: [['2025年8月26日', [-1, -1, -1, 40]], ['〔2025〕58号', [-1, -1, -1, -1, 45]]] });
    expect(yearRule(raw)).toBe(false);
    expect(importOcr(raw).uncertainFields ?? []).not.toContain('dates.notified'); // the order's route
  });

  it('stays uncertain when a digit of its month or day is doubtful', () => {
    const c = importOcr(caseSix({ noticeMarks: [['2025年8月26日', [-1, -1, -1, 40, -1, -1, -1, 45]]] }));
    expect(c.uncertainFields).toContain('dates.notified');
  });

  it('stays uncertain when it would fall out of the procedural order (before the filing’s date read surely)', () => {
    const c = importOcr(caseSix({ notice: NOTICE('2025年8月2日'), noticeMarks: [['2025年8月2日', [-1, -1, -1, 40]]] }));
    expect(c.dates?.notified).toBe('2025-08-02');
    expect(c.uncertainFields).toContain('dates.notified');
  });

  it('is not confirmed by its number when the number gives another year (a case numbered in December, decided in January)', () => {
    expect(yearRule(caseSix({ notice: NOTICE('2025年8月26日', '渝应急罚告〔2024〕58号') }))).toBe(false);
  });

  it('stays uncertain on a 送达回执, whose only number is the decision’s', () => {
    const c = importOcr(caseSix({ receipt: RECEIPT() }).map((p) => (p.page === 4 ? page(4, p.text, [['2025年9月11日', [-1, -1, -1, 40]]]) : p)));
    expect(c.dates?.served).toBe('2025-09-11');
    expect(c.uncertainFields).toContain('dates.served');
  });

  it('places a date against the sure ones only', () => {
    expect(inProceduralOrder('notified', '2025-08-26', { filed: '2025-08-05', served: '2025-09-11' })).toBe(true);
    expect(inProceduralOrder('decided', '2025-09-09', { notified: '2025-09-10' })).toBe(false);
    expect(inProceduralOrder('decided', '2025-09-09', {})).toBe(false); // nothing to place it against
    expect(numberYear(page(1, '新余市渝水区应急管理局\n行政处罚告知书\n渝应急罚告2025）58号\n'))).toBe('2025'); // opening bracket lost
  });
});

describe('the fine of a faded decision', () => {
  it('words whose closing 整 was misread still fit the figures; numerals that differ do not', () => {
    expect(zhengMisread('排万贰仟元差')).toBe('排万贰仟元整');
    expect(zhengMisread('肆万贰仟元伍')).toBe('肆万贰仟元伍');
    const on = (t: string) => [page(1, t)];
    expect(fineStatementsDisagree(on('罚：款人民币排万贰仟元差（¥42000.00）'))).toBe(false);
    expect(fineStatementsDisagree(on('罚：款人民币叁万贰仟元差（¥42000.00）'))).toBe(true);
  });

  it('taken from the 告知书 is certain when the decision states the same amount in figures', () => {
    const c = importOcr(caseSix());
    expect(c.fine).toBe(42000);
    expect(c.fieldPages?.fine).toBe(2); // read on the 告知书
    expect(c.uncertainFields ?? []).not.toContain('fine');
  });

  it('taken from the 告知书 is uncertain when the decision, read, states no such amount (it may have been lowered)', () => {
    const c = importOcr(caseSix({ decision: DECISION('罚：款人民币排万贰仟元差（¥32000.00）'), decisionMarks: [] }));
    expect(c.fine).toBe(42000); // the 告知书's: the decision's sentence is garbled (罚：款, 排)
    expect(c.uncertainFields).toContain('fine');
    const unreadable = importOcr(caseSix({ decision: DECISION('罚：款人民币排万贰什差（'), decisionMarks: [] }));
    expect(unreadable.fine).toBe(42000);
    expect(unreadable.uncertainFields).toContain('fine');
  });
});
