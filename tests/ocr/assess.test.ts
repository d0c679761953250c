/**
 * From OCR text to what the user sees: repaired, extracted and assessed the way `caseaudit import` does it, on
 * the text tesseract gave for generated scans (bench/ocr.mjs). No engine runs here: the pages are real OCR output
 * kept as strings (and one hOCR line in tests/fixtures/ocr), so these tests are fast.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { repairOcrPages, type OcrProvider } from '../../src/ocr/provider.js';
import { applyOcrAssessment } from '../../src/ocr/apply.js';
import { parseTesseractHocr } from '../../src/ocr/hocr.js';
import { resultToConfText } from '../../src/ocr/engine.js';
import type { OcrPage } from '../../src/ocr/pipeline.js';
import { extractCase } from '../../src/ingest/pdf/extract-case.js';
import { caseIdKey } from '../../src/ingest/normalize/index.js';
import type { CaseFile, Dataset } from '../../src/model/types.js';
import serviceLate from '../../src/checklist/rules/service-late.js';
import fineOutOfRange from '../../src/checklist/rules/fine-out-of-range.js';
import { context } from '../checklist/rule-tester.js';

const FIXTURES = path.resolve(__dirname, '../fixtures/ocr');

/** A page as the engine gave it: text with one confidence for every character (or the given ones). */
function page(n: number, text: string, conf?: number[]): OcrPage {
  return { page: n, text, conf: conf ?? [...text].map(() => 90), meanConfidence: 88, skew: 0.8, engine: 'tesseract test', cached: false };
}

/** Repair, extract and assess pages the way an import does; returns the case and the dataset's warnings. */
function importOcr(raw: OcrPage[]): { c: CaseFile; warnings: Dataset['warnings'] } {
  const file = 'scan.pdf';
  const pages = repairOcrPages(raw);
  const { caseFile, warnings } = extractCase(file, pages.map((p) => ({ page: p.page, text: p.text, hasTextLayer: true, via: 'ocr' })));
  const dataset = { cases: [caseFile], warnings: [...warnings] } as unknown as Dataset;
  const provider = { resultFor: () => ({ pages, unreadable: [] }) } as unknown as OcrProvider;
  applyOcrAssessment(dataset, provider);
  return { c: dataset.cases[0]!, warnings: dataset.warnings };
}

// case-004 of `node bench/ocr.mjs`: tesseract's text of the four pages (江西省应急管理厅, （赣）应急罚〔2025〕100号)
const FILING = `江西省应急管理厅
立案 审批 表
案件 编号:〈赣) 应急罚.【2025]100号
案由: 未按照规定制定生产安全事故应急救援预案案
当事人: 宜春市金源矿业有限公司
统一社会信用代码:91360737HRFJG5RFHA
地 址:江西省更州市章贡区工业园20号
执法人员;林建国(执法证号;36444141486) 、张立新(执法证号:36706204644)
承办人意见: 建议立案调查。
审批 意见: 同意立案。
江西省应急管理厅
2025 年6月28日 |`;
const NOTICE = `江西省应急管理厅
行政 处 罚 告知书
( 闽 ) 应 急 罚告[2025]100号
宜春 市 金 源矿业有限公司:
经查，该单位未按照规定制定生产安全事故应急救援预案 ，违反了《中华人民共和国安全生产法》第八
十 一 条的规定。依据《中华人民共和国安全生产法》第九十七条第六项的规定，本机关拟对你单位作出
罚款 人民币 喜万 元 整的行政处罚。 ，
你单位有权进行陈述和申辩。
江西省应急管理厅
2025年7月17日`;
const decision = (numberLine: string, fineLines = '罚款人民币喜\n万 元整(Y10000.00)。') => `江西省应急管理厅
行政处罚决定书
${numberLine}
当事人: 宜春市金源矿业有限公司
统一社会信用代码:91360737HRFJG5RFHA
地 址:江西省埋州市章贡区工业园20号
经查，该单位未按照规定制定生产安全事故应急救援预案 ，违反了《中华人民共和国安全生产法》第八
十 一 条的规定。
以 上事实有现场检查记录 、询问笔录等证据为证。
依据 《中华人民共和国安全生产法》第九十七条第六项的规定 ，决定给予以下行政处罚:${fineLines}
罚款 自 收到 本决定 书 之 日起十五日内缴至指定银行。
执法人员: 林建国(执法证号:36444141486)、张立新(执法证号:36706204644)
江西 省应急管理厅
2025年7月28日`;
const receipt = (numberRef = '〈诸) 应急罚 【2025]100号') => `”江西省应急管理厅
文书送达回执
送达 文书: 行政处罚决定书${numberRef}
受送达人: 宜春市金源矿业有限公司
送达地点: 江西省议州市章贡区工业园20号
送达 方式:直接送达 .
送达时间:2025年7月30日
送达人: 林建国 、张立新`;

describe('the case number of a scanned file', () => {
  it('comes from the decision even when OCR turned its bracket into 《 (《闽) 应急罚〔2025]100号), never from the 告知书', () => {
    const { c } = importOcr([page(1, FILING), page(2, NOTICE), page(3, decision('《闽) 应急罚〔2025]100号')), page(4, receipt())]);
    expect(c.id).toBe('（赣）应急罚〔2025〕100号');
    expect(c.uncertainFields ?? []).not.toContain('id');
  });

  it('is the file name, uncertain, when the decision’s number line is unreadable; the warning gives the number the 送达回执 names', () => {
    const { c, warnings } = importOcr([page(1, FILING), page(2, NOTICE), page(3, decision('《闽) 应急罚〔2025]')), page(4, receipt())]);
    expect(c.id).toBe('scan'); // stable, and not another document's number (the 告知书's 应急罚告〔2025〕100号)
    expect(c.uncertainFields).toContain('id');
    expect(warnings.some((w) => w.column === 'id' && /OCR/.test(w.reason))).toBe(true);
    const named = warnings.find((w) => w.value && caseIdKey(w.value) === caseIdKey('（赣）应急罚〔2025〕100号'));
    expect(named?.reason).toContain('文书送达回执');
  });

  it('is uncertain when the 送达回执 names another number for the decision', () => {
    const { c } = importOcr([page(1, FILING), page(2, NOTICE), page(3, decision('《闽) 应急罚〔2025]100号')), page(4, receipt('〈诸) 应急罚 【2025]160号'))]);
    expect(c.uncertainFields).toContain('id');
  });

  it('read with low confidence on the decision is confirmed by the same number on other documents', () => {
    const d = decision('《闽) 应急罚〔2025]100号');
    const at = d.indexOf('《闽');
    const conf = [...d].map((_, i) => (i >= at && i < at + 16 ? 40 : 90));
    const { c } = importOcr([page(1, FILING), page(2, NOTICE), page(3, d, conf), page(4, receipt())]);
    expect(c.id).toBe('（赣）应急罚〔2025〕100号');
    expect(c.uncertainFields ?? []).not.toContain('id');
  });
});

describe('the fine of a scanned file', () => {
  it('is taken from the figures when OCR garbled the words (喜万元整 for 壹万元整), the readable words agreeing', () => {
    const { c } = importOcr([page(1, FILING), page(2, NOTICE), page(3, decision('《闽) 应急罚〔2025]100号')), page(4, receipt())]);
    expect(c.fine).toBe(10000);
    expect(c.uncertainFields ?? []).not.toContain('fine');
  });

  it('is certain when words and figures agree, even read with low confidence (伍万贰仟元整(¥52000,00))', () => {
    const fineLine = '罚款人民币伍万贰仟元整(¥52000,00)。';
    const d = decision('《闽) 应急罚〔2025]100号', fineLine);
    const at = d.indexOf(fineLine);
    const conf = [...d].map((_, i) => (i >= at && i < at + fineLine.length ? 42 : 90));
    const { c } = importOcr([page(1, FILING), page(2, NOTICE), page(3, d, conf), page(4, receipt())]);
    expect(c.fine).toBe(52000);
    expect(c.uncertainFields ?? []).not.toContain('fine');
  });

  it('is read from figures whose ¥ OCR lost: 过万伍仟元整(15000.00)', () => {
    const { c } = importOcr([page(1, FILING), page(2, NOTICE), page(3, decision('《闽) 应急罚〔2025]100号', '罚款人民币\n过万伍仟元整(15000.00)。')), page(4, receipt())]);
    expect(c.fine).toBe(15000);
    expect(c.uncertainFields ?? []).not.toContain('fine');
  });

  it('is uncertain when the readable words contradict the figures, and the fine rule is not checked', () => {
    // real OCR: 抽万贰人元整（¥82000.00）— 人 where 仟 belongs: the words cannot be checked against the figures
    const { c } = importOcr([page(1, FILING), page(2, NOTICE), page(3, decision('《闽) 应急罚〔2025]100号', '罚款人民币抽\n万贰人元整(¥82000.00)。')), page(4, receipt())]);
    expect(c.fine).toBe(82000);
    expect(c.uncertainFields).toContain('fine');
    const out = fineOutOfRange.check(c, context());
    expect(out).toHaveProperty('notChecked');
  });
});

describe('officers on a scan', () => {
  it('are uncertain when another document gives a name one character off (case-022: 送达人 何海若 for 何海燕)', () => {
    const officers = '执法人员：李春华（执法证号：36643780162）、何海燕（执法证号：36336610289）';
    const swap = (t: string) => t.replace(/^执法人员.*$/m, officers);
    const r = receipt().replace(/送达人: .*$/m, '送达人：李春华、何海若');
    const { c } = importOcr([page(1, swap(FILING)), page(2, NOTICE), page(3, swap(decision('《闽) 应急罚〔2025]100号'))), page(4, r)]);
    expect(c.officers?.map((o) => o.name)).toEqual(['李春华', '何海燕']);
    expect(c.uncertainFields).toContain('officers');
  });

  it('lose the 了 OCR read after a surname on both officer lines (case-017: 孙了晓东 ×2, 送达人 孙晓东)', () => {
    const officers = '执法人员：孙志强（执法证号：36820062974）、孙了晓东（执法证号：36514748806）';
    const swap = (t: string) => t.replace(/^执法人员.*$/m, officers);
    const r = receipt().replace(/送达人: .*$/m, '送达人：孙志强、孙晓东');
    const { c } = importOcr([page(1, swap(FILING)), page(2, NOTICE), page(3, swap(decision('《闽) 应急罚〔2025]100号'))), page(4, r)]);
    expect(c.officers?.map((o) => o.name)).toEqual(['孙志强', '孙晓东']);
    expect(c.uncertainFields ?? []).not.toContain('officers');
  });

  it('are certain when every document names them alike', () => {
    const { c } = importOcr([page(1, FILING), page(2, NOTICE), page(3, decision('《闽) 应急罚〔2025]100号')), page(4, receipt())]);
    expect(c.officers?.map((o) => o.name)).toEqual(['林建国', '张立新']);
    expect(c.uncertainFields ?? []).not.toContain('officers');
  });
});

describe('a date stated once on a scan', () => {
  // tesseract's hOCR for the 送达时间 line of case-006 (deskewed): it read 3月4日 for 3月1日, with 1 close behind 4
  const served = resultToConfText(parseTesseractHocr(readFileSync(path.join(FIXTURES, 'served-line.hocr'), 'utf8')));

  it('keeps a low confidence for a digit the engine nearly read as another digit', () => {
    expect(served.text.replace(/\s+/g, '')).toBe('送达时间:2025年3月4日');
    const four = served.text.lastIndexOf('4');
    expect(served.conf[four]).toBeLessThan(50);
    served.conf.forEach((v, i) => {
      if (i !== four && served.text[i] !== ' ') expect(v, served.text[i]).toBeGreaterThan(80);
    });
  });

  it('makes the served date uncertain, so service-late reports not checked instead of a finding', () => {
    const head = `${receipt().split('\n').slice(0, 6).join('\n')}\n`;
    const tail = '\n送达人: 林建国 、张立新';
    const text = head + served.text + tail;
    const conf = [...[...head].map(() => 90), ...served.conf, ...[...tail].map(() => 90)];
    const { c, warnings } = importOcr([page(1, FILING), page(2, NOTICE), page(3, decision('《闽) 应急罚〔2025]100号')), page(4, text, conf)]);
    expect(c.dates?.served).toBe('2025-03-04');
    expect(c.uncertainFields).toContain('dates.served');
    expect(c.uncertainFields).not.toContain('dates.decided');
    expect(serviceLate.check(c, context())).toHaveProperty('notChecked');
    expect(warnings.some((w) => w.column === 'dates.served' && w.page === 4)).toBe(true);
  });

  it('is certain when the second (black-and-white) reading of the page states the same date, uncertain when it reads another', () => {
    const head = `${receipt().split('\n').slice(0, 6).join('\n')}\n`;
    const text = head + served.text;
    const conf = [...[...head].map(() => 90), ...served.conf];
    const withSecond = (second: string) => ({ ...page(4, text, conf), second: { text: second, conf: [...second].map(() => 90) } });
    const pages = (second: string) => [page(1, FILING), page(2, NOTICE), page(3, decision('《闽) 应急罚〔2025]100号')), withSecond(second)];
    const agreed = importOcr(pages(`${head}送达时间: 2025年3月4日`)).c;
    expect(agreed.dates?.served).toBe('2025-03-04');
    expect(agreed.uncertainFields ?? []).not.toContain('dates.served');
    // what the black-and-white reading of case-006's receipt really said
    const refuted = importOcr(pages(`${head}送达时间:2025年3月1日`)).c;
    expect(refuted.uncertainFields).toContain('dates.served');
  });
});

// PP-OCR's text of pages of the independent scan set (tests/fixtures/scanset): wrong readings it would otherwise keep as certain
describe('readings of the independent scan set that must not stay certain', () => {
  it('a decision whose signature date is under the seal: the date in its running text (the 告知书\'s) is uncertain', () => {
    const notice = page(1, '江西省应急管理厅\n行政处罚告知书\n（赣）应急罚告〔2025〕6号\n江西洪城精细化工有限公司：\n经查，你单位未建立事故隐患排查治理制度。\n江西省应急管理厅\n2025年3月20日');
    const decision = (date: string) => page(2, `江西省应急管理厅\n行政处罚决定书\n（赣）应急罚〔2025〕6号\n被处罚单位：江西洪城精细化工有限公司\n统一社会信用代码：913601007055128432\n本机关于2025年3月20日告知你单位拟作出行政处罚的事实、理由、依据及你单位\n依法享有的权利，你单位在法定期限内未提出陈述、申辩，未要求听证。\n依据《中华人民共和国安全生产法》第一百零一条第五项的规定，决定给予以下\n行政处罚：罚款人民币陆万元整（¥60000.00）\n南省应急管理厅\n${date}`);
    // the whole year under the ring
    const { c } = importOcr([notice, decision('D 年4月2日')]);
    expect(c.dates?.decided).toBe('2025-03-20');
    expect(c.uncertainFields).toContain('dates.decided');
    expect(c.uncertainFields).not.toContain('dates.notified'); // the 告知书's date ends its line: its signature
    // the ring over 20 of 2025 (PP-OCR's reading of scan-set case-04): the year completed (seal-date.ts); the
    // completed digits are doubtful, and the decision's own number, read surely, states the year (confirm.ts)
    const cut = importOcr([notice, decision('25年4月2日')]).c;
    expect(cut.dates?.decided).toBe('2025-04-02');
    expect(cut.uncertainFields ?? []).not.toContain('dates.decided');
    // without its number the completed year rests on nothing but the order, which leaves it open (no 送达回执 after
    // it, seal-date-check.ts): uncertain
    const unnumbered = importOcr([notice, page(2, decision('25年4月2日').text.replace('（赣）应急罚〔2025〕6号\n', ''))]).c;
    expect(unnumbered.dates?.decided).toBe('2025-04-02');
    expect(unnumbered.uncertainFields).toContain('dates.decided');
  });

  it('a unit whose every heading lost a character of its place name (九江市溪区 beside 九江市濂溪区) is uncertain', () => {
    const { c } = importOcr([
      page(1, '九江市溪区应急管理局\n行政处罚决定书\n濂应急罚〔2025〕17号\n被处罚单位：九江市濂溪区瑞丰五金制品有限公司\n地址：江西省九江市濂溪区十里大道168号\n罚款人民币贰万叁仟元整（¥23000.00）。\n九江市溪区应急管理局\n2025年4月21日'),
      page(2, '九江市溪区应急管理局\n文书送达回执\n受送达人：九江市濂溪区瑞丰五金制品有限公司\n送达文书：行政处罚决定书 濂应急罚〔2025〕17号\n送达时间：2025年4月23日'),
    ]);
    expect(c.unit).toBe('九江市溪区应急管理局');
    expect(c.uncertainFields).toContain('unit');
    // the same file with the unit read whole: certain
    const ok = importOcr([
      page(1, '九江市濂溪区应急管理局\n行政处罚决定书\n濂应急罚〔2025〕17号\n被处罚单位：九江市濂溪区瑞丰五金制品有限公司\n罚款人民币贰万叁仟元整（¥23000.00）。\n九江市濂溪区应急管理局\n2025年4月21日'),
    ]).c;
    expect(ok.uncertainFields ?? []).not.toContain('unit');
  });
});

describe('a case number confirmed by the receipt that names the decision in brackets', () => {
  it('行政处罚决定书（信应急罚〔2025〕32号） confirms a low-confidence reading of the decision\'s own 文号', () => {
    const num = '信应急罚〔2025〕32号';
    const low = [...`上饶市广信区应急管理局\n行政处罚决定书\n${num}`].map((ch, i) => (i > 20 && ch === '2' ? 30 : 95));
    const { c } = importOcr([
      page(1, `上饶市广信区应急管理局\n行政处罚决定书\n${num}\n当事人：上饶市广信区福源食品有限公司\n罚款人民币壹万伍仟元整（¥15000.00）。\n上饶市广信区应急管理局\n2025年7月8日`, [...low, ...Array(200).fill(95)]),
      page(2, `上饶市广信区应急管理局\n文书送达回执\n送达文书行政处罚决定书（${num}）\n受送达人：上饶市广信区福源食品有限公司\n送达日期 2025年7月9日`),
    ]);
    expect(c.id).toBe(num);
    expect(c.uncertainFields ?? []).not.toContain('id');
  });
});

describe('a case number whose province bracket lost its opening half', () => {
  it('人喜)应急罚〔2025〕100号 (tesseract, for （赣）应急罚…) is uncertain even when every character is confident', () => {
    const body = '被处罚单位：九江市恒通化工有限公司\n罚款人民币叁万元整（¥30000.00）。\n江西省应急管理厅\n2025年5月3日';
    const { c } = importOcr([page(1, `江西省应急管理厅\n行政处罚决定书\n人喜）应急罚〔2025〕100号\n${body}`)]);
    expect(c.id).toMatch(/应急罚〔2025〕100号$/);
    expect(c.uncertainFields).toContain('id');
    expect(importOcr([page(1, `江西省应急管理厅\n行政处罚决定书\n（赣）应急罚〔2025〕100号\n${body}`)]).c.uncertainFields ?? []).not.toContain('id');
  });
});

describe('a party named one character off on two documents', () => {
  // scan set case-05 read by tesseract: the 现场检查记录 says 宏达陶次, the 决定书 宏达陶资; the real name is 宏达陶瓷
  const inspection = (name: string) => `萍乡市湘东区应急管理局\n现场检查记录\n被检查单位：${name}\n检查时间：2025年7月10日\n检查情况：一号窑炉无温度监测装置。`;
  const decided = (name: string) => `萍乡市湘东区应急管理局\n行政处罚决定书\n萍湘应急罚〔2025〕21号\n被处罚单位：${name}\n地址：萍乡市湘东区峡山口街12号\n经查，你单位一号窑炉未设置温度监测装置，违反了《中华人民共和国安全生产法》第三十六条第一款的规定，\n决定给予罚款人民币捌仟元整（¥8000.00）的行政处罚。\n萍乡市湘东区应急管理局\n2025年8月19日`;
  const served = (name: string) => `萍乡市湘东区应急管理局\n文书送达回执\n送达文书：行政处罚决定书 萍湘应急罚〔2025〕21号\n受送达人：${name}\n送达时间：2025年8月21日`;

  it('is uncertain when the readings tie (宏达陶次 / 宏达陶资): neither may stand as read', () => {
    const { c } = importOcr([page(1, inspection('萍乡市湘东区宏达陶次有限公司')), page(2, decided('萍乡市湘东区宏达陶资有限公司'))]);
    expect(c.party?.name).toMatch(/^萍乡市湘东区宏达陶[次资]有限公司$/);
    expect(c.uncertainFields).toContain('party.name');
  });

  it('is uncertain when the 告知书\'s salutation and the 送达回执\'s cell, with no label, state it one character off (the scan set as tesseract read it)', () => {
    const notice = '萍乡市湘东区应急管理局\n行政处罚告知书\n萍湘应急罚告〔2025〕21号\n萍乡市湘东区宏达陶资有限公司：\n你单位未按照规定对从业人员进行安全生产教育和培训，违反了《中华人民共和国安全生产法》第二十八条第一款的规定。';
    const cellReceipt = '萍乡市湘东区应急管理局\n文书送达回执\n送达文书：行政处罚决定书 萍湘应急罚〔2025〕21号\n受送达人\n萍乡市湘东区宏达陶资有限公司\n送达时间：2025年8月21日';
    const { c } = importOcr([page(1, inspection('萍乡市湘东区宏达陶次有限公司')), page(2, notice), page(3, cellReceipt)]);
    expect(c.party?.name).toBe('萍乡市湘东区宏达陶次有限公司');
    expect(c.uncertainFields).toContain('party.name');
  });

  it('is certain when two documents agree against one, and takes their reading', () => {
    const { c } = importOcr([page(1, inspection('萍乡市湘东区宏达陶次有限公司')), page(2, decided('萍乡市湘东区宏达陶瓷有限公司')), page(3, served('萍乡市湘东区宏达陶瓷有限公司'))]);
    expect(c.party?.name).toBe('萍乡市湘东区宏达陶瓷有限公司');
    expect(c.uncertainFields ?? []).not.toContain('party.name');
  });

  it('is certain when every document names it alike, and a different party elsewhere is no dispute', () => {
    const name = '萍乡市湘东区宏达陶瓷有限公司';
    expect(importOcr([page(1, inspection(name)), page(2, decided(name))]).c.uncertainFields ?? []).not.toContain('party.name');
    // a name more than one character away is another party, not a misreading of this one
    const other = importOcr([page(1, inspection('萍乡市湘东区鑫源建材有限公司')), page(2, decided(name)), page(3, served(name))]).c;
    expect(other.party?.name).toBe(name);
    expect(other.uncertainFields ?? []).not.toContain('party.name');
  });
});
