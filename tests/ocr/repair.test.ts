import { describe, expect, it } from 'vitest';
import { repairOcr, repairOcrText, repairTitles, inferProvince } from '../../src/ocr/repair.js';
import { parseAmount, findDates, caseIdKey } from '../../src/ingest/normalize/index.js';

/** Confusions actually produced by tesseract chi_sim on 200-dpi grey scans of our case files. */
describe('OCR repair: case numbers', () => {
  it.each([
    ['(诸 )应急罚(2025 ]12号', '（赣）应急罚〔2025〕12号'],
    ['( 刘) 应急罚【2025]108号', '（赣）应急罚〔2025〕108号'],
    ['〈音) 应急罚〔【2025]108号', '（赣）应急罚〔2025〕108号'],
    ['(赣)应急罚告[2025] 7 号', '（赣）应急罚告〔2025〕7号'],
    // PP-OCRv4 on a 200-dpi scan: a colon read out of the blank at a full-width bracket
    ['：（赣）应急罚【2025]102号', '（赣）应急罚〔2025〕102号'],
    ['（赣）应急罚告〔2025]：102号', '（赣）应急罚告〔2025〕102号'],
  ])('%s → %s', (raw, want) => {
    expect(repairOcrText(raw, { province: '江西' })).toBe(want);
    expect(caseIdKey(repairOcrText(raw, { province: '江西' }))).toBe(caseIdKey(want));
  });

  it('takes the province from the issuing body named in the text', () => {
    expect(inferProvince('江西省应急管理厅\n2025年8月5日')).toBe('江西');
    expect(repairOcrText('(闽) 应急罚【2025]3号\n江西省应急管理厅')).toContain('（赣）应急罚〔2025〕3号');
  });

  it('leaves the prefix alone when the province is unknown', () => {
    expect(repairOcrText('(刘) 应急罚【2025]3号')).toBe('（刘）应急罚〔2025〕3号');
  });

  it('keeps the colon of a labelled line (案件编号：（赣）…)', () => {
    expect(repairOcrText('案件编号：（赣）应急罚〔2025〕102号', { province: '江西' })).toBe('案件编号：（赣）应急罚〔2025〕102号');
  });

  it('does not touch a year in brackets that is not a case number', () => {
    expect(repairOcrText('(2025年修订)')).toBe('（2025年修订）');
  });
});

describe('OCR repair: amounts', () => {
  it.each([
    ['罚款人民币参万元整', 30000],
    ['罚款人民币伍万伍什元 整', 55000],
    ['人民币贰万伍任元整', 25000],
  ])('%s → %d yuan', (raw, want) => {
    const fixed = repairOcrText(raw).replace(/^罚款/, '');
    expect(parseAmount(fixed)).toEqual({ ok: true, value: want });
  });

  it('reads ¥ misread as Y, with spaces inside the number', () => {
    const fixed = repairOcrText('（Y 30 000.00）');
    expect(fixed).toBe('（¥30000.00）');
    expect(parseAmount(fixed.slice(1, -1))).toEqual({ ok: true, value: 30000 });
  });

  it('keeps a Y that belongs to a code', () => {
    expect(repairOcrText('91360105Y6QPYDHAUK')).toBe('91360105Y6QPYDHAUK');
  });
});

describe('OCR repair: dates, articles, labels', () => {
  it.each([
    ['2025 年8 月19曰', '2025-08-19'],
    ['2O25年3月8日', '2025-03-08'],
    ['2025年1l月2 0日', '2025-11-20'],
  ])('%s → %s', (raw, iso) => {
    expect(findDates(repairOcrText(raw)).map((d) => d.iso)).toEqual([iso]);
  });

  it('joins article citations split by spaces and fixes title marks', () => {
    expect(repairOcrText('依据 <<中华人民共和国安全生产法>> 第 九十 七条 第三项')).toBe('依据《中华人民共和国安全生产法》第九十七条第三项');
  });

  it('normalises label punctuation and brackets around certificate numbers', () => {
    expect(repairOcrText('当事人:; 九江市恒通化工有限公司')).toBe('当事人：九江市恒通化工有限公司');
    expect(repairOcrText('执法人员: 马红梅(执法证号;36164559909)')).toBe('执法人员：马红梅（执法证号：36164559909）');
  });
});

describe('OCR repair keeps confidences', () => {
  it('gives an inferred province the inferred confidence, other characters their own', () => {
    const text = '(刘)应急罚〔2025〕1号';
    const conf = [90, 0, 90, 95, 95, 95, 80, 80, 80, 80, 80, 80, 80, 80];
    const out = repairOcr({ text, conf }, { province: '江西' });
    expect(out.text).toBe('（赣）应急罚〔2025〕1号');
    expect(out.conf.length).toBe(out.text.length);
    expect(out.conf.slice(0, 3)).toEqual([90, 90, 90]);
    expect(out.conf.slice(3, 6)).toEqual([95, 95, 95]);
  });

  it('keeps one confidence per character through every step', () => {
    const text = '当事人:; 九江 市\n( 刘) 应急罚【2025]108号 罚款人民币伍万伍什元 整(Y 55000.00)';
    const out = repairOcr({ text, conf: [...text].map((_, i) => i % 100) });
    expect(out.conf.length).toBe(out.text.length);
  });
});

describe('OCR repair: merged replacements', () => {
  it('gives a rebuilt value the lowest confidence of what it replaced', () => {
    const out = repairOcr({ text: '<<法>>', conf: [80, 30, 99, 99, 99] });
    expect(out.text).toBe('《法》');
    expect(out.conf).toEqual([30, 99, 99]);
  });
});

describe('OCR repair: credit codes', () => {
  it('upper-cases a code and maps letters GB 32100 does not use to their look-alike digits', () => {
    expect(repairOcrText('统一社会信用代码：913601354Nj251G6C0')).toBe('统一社会信用代码：913601354NJ251G6C0');
    expect(repairOcrText('统一社会信用代码: 91360I05Y6QPYDHAUO')).toBe('统一社会信用代码：91360105Y6QPYDHAU0');
  });
});

describe('OCR repair: 柒 read as 类', () => {
  it('reads 类万元整 after 人民币 as 柒万元整', () => {
    expect(repairOcrText('罚款人民币类万元整')).toBe('罚款人民币柒万元整');
  });
});

describe('OCR repair: amounts and brackets broken by the layout', () => {
  it('joins a 大写 amount wrapped onto the next line and fixes its look-alikes', () => {
    expect(repairOcrText('罚款人民币伍\n万伍任元整(¥55000.00)。')).toBe('罚款人民币伍万伍仟元整(¥55000.00)。');
  });
  it('reads 〈 before a label as （', () => {
    expect(repairOcrText('马春华〈执法证号：36304190894)')).toBe('马春华（执法证号：36304190894)');
  });
});

describe('OCR repair: stray marks', () => {
  it('drops a trailing | and a doubled opening bracket', () => {
    expect(repairOcrText('〔（赣）应急罚〔2025〕102号\n江西省应急管理厅|')).toBe('（赣）应急罚〔2025〕102号\n江西省应急管理厅');
  });
  it('reads 沫万元整 after 人民币 as 柒万元整', () => {
    expect(repairOcrText('罚款人民币\n沫万元整¥70000.00)')).toBe('罚款人民币柒万元整¥70000.00)');
  });
});

describe('OCR repair: stray punctuation at a line start', () => {
  it('drops a quote or comma read from a speck before the first character', () => {
    expect(repairOcrText('”江西省应急管理厅\n、送达地点：南昌')).toBe('江西省应急管理厅\n送达地点：南昌');
  });
});

describe('OCR repair: document titles', () => {
  const titles = ['行政处罚决定书', '行政处罚告知书', '听证告知书', '听证通知书', '立案审批表'];
  const fix = (s: string) => repairTitles({ text: s, conf: [...s].map(() => 90) }, titles).text;
  it('restores a title with one misread character', () => {
    expect(fix('江西省应急管理厅\n行政处昼决定书\n（赣）应急罚〔2025〕1号')).toBe('江西省应急管理厅\n行政处罚决定书\n（赣）应急罚〔2025〕1号');
    expect(fix('南昌市应急管理局立案审批衣')).toBe('南昌市应急管理局立案审批表');
  });
  it('leaves real titles and ambiguous lines alone', () => {
    expect(fix('听证通知书')).toBe('听证通知书');
    expect(fix('听证X知书')).toBe('听证X知书');
    expect(fix('经查，该单位未建立事故隐患排查治理制度，违反了规定')).toBe('经查，该单位未建立事故隐患排查治理制度，违反了规定');
  });
});

describe('OCR repair: a stray mark closing a label line', () => {
  it('drops it', () => {
    expect(repairOcrText('当事人：上饶市万利物流有限公司，\n上饶市万利物流有限公司:')).toBe('当事人：上饶市万利物流有限公司\n上饶市万利物流有限公司:');
  });
});

describe('OCR repair: specks and junk after titles and labels', () => {
  it('drops a character read with almost no confidence at a line end', () => {
    const text = '行政处罚决定书本\n浔应急罚〔2025〕74号';
    const conf = [...text].map((_, i) => (i === 7 ? 0 : 90));
    expect(repairOcr({ text, conf }).text).toBe('行政处罚决定书\n浔应急罚〔2025〕74号');
  });
  it('trims a speck read after a title, and reads 当事人， as a label', () => {
    const fix = (s: string) => repairTitles({ text: s, conf: [...s].map(() => 90) }, ['行政处罚决定书']).text;
    expect(fix('行政处罚决定书本')).toBe('行政处罚决定书');
    expect(fix('行政处罚决定书（单位）')).toBe('行政处罚决定书（单位）');
    expect(repairOcrText('当事人，九江市恒通化工有限公司\n经查，该单位')).toBe('当事人：九江市恒通化工有限公司\n经查，该单位');
  });
});

describe('OCR repair: unit lines and 号', () => {
  it('drops a speck after a unit name and reads 写 after a sequence number as 号', () => {
    expect(repairOcrText('南昌市应急管理局，\n（赣）应急罚【2025]102写', { province: '江西' })).toBe('南昌市应急管理局\n（赣）应急罚〔2025〕102号');
  });
});

describe('OCR repair: more confusions seen on the generated scans (bench/ocr.mjs)', () => {
  it('reads 日 misread as 晶 at the end of a date', () => {
    expect(findDates(repairOcrText('南昌市应急管理局\n2025年8月28晶')).map((d) => d.iso)).toEqual(['2025-08-28']);
    expect(repairOcrText('水晶宫')).toBe('水晶宫');
  });

  it('reads a comma before the last two digits of an amount in figures as the decimal point', () => {
    const fixed = repairOcrText('罚款人民币伍万贰仟元整(¥52000,00)。');
    expect(fixed).toBe('罚款人民币伍万贰仟元整(¥52000.00)。');
    expect(repairOcrText('(¥1,250,000.00)')).toBe('(¥1,250,000.00)');
  });

  it('reads 《 opening a case number as （: 《闽) 应急罚〔2025]100号', () => {
    expect(repairOcrText('江西省应急管理厅\n行政处罚决定书\n《闽) 应急罚〔2025]100号')).toContain('\n（赣）应急罚〔2025〕100号');
    expect(repairOcrText('依据《中华人民共和国安全生产法》第九十七条')).toBe('依据《中华人民共和国安全生产法》第九十七条');
  });

  it('fixes look-alikes inside a fine in words that has an unreadable character: 人民币业万融什元整', () => {
    expect(repairOcrText('罚款人民币\n业万贰什元整(Y72000.00)。')).toBe('罚款人民币\n业万贰仟元整(¥72000.00)。');
    expect(repairOcrText('罚款人民币过万伍什元整的行政处罚。')).toBe('罚款人民币过万伍仟元整的行政处罚。');
  });

  it('drops a | read from a table rule before a title (|文书送达回执)', () => {
    expect(repairOcrText('九江市应急管理局\n|文书送达回执\n送达时间：2025年8月9日')).toBe('九江市应急管理局\n文书送达回执\n送达时间：2025年8月9日');
  });

  it('drops the 了 read in the gap after a surname in a list of names (孙了晓东)', () => {
    expect(repairOcrText('执法人员：孙志强（执法证号：36820062974）、孙了晓东（执法证号：36514748806）')).toBe('执法人员：孙志强（执法证号：36820062974）、孙晓东（执法证号：36514748806）');
    expect(repairOcrText('执法人员：罗了晓东（执法证号：36175311631 ）、吴晓东（执法证号：36542768882）')).toBe('执法人员：罗晓东（执法证号：36175311631）、吴晓东（执法证号：36542768882）');
    expect(repairOcrText('送达人：马了晓东、黄国庆')).toBe('送达人：马晓东、黄国庆');
    expect(repairOcrText('经查，该单位了解情况')).toBe('经查，该单位了解情况');
  });
});
