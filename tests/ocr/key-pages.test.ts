/**
 * --ocr-pages key: which scanned pages are read in full, from the titles in each page's top band (the document
 * titles of templates/pdf/document-titles.json, as a case file is bound: 决定书 first, then the file in order).
 */
import { describe, expect, it } from 'vitest';
import { edgeBands, keyPages, titleOf } from '../../src/ocr/key-pages.js';

const band = (page: number, text: string) => ({ page, text });

describe('key pages', () => {
  it('reads the first page of each document, every page of the decision and of signed forms, and skips record continuations', () => {
    const bands = [
      band(1, '九江市应急管理局\n行政处罚决定书\n浔应急罚〔2025〕3号\n九江市应急管理局\n2025年4月21日'), // decision, page 1
      band(2, '罚款自收到本决定书之日起十五日内缴至\n九江市应急管理局\n2025年4月21日'), // decision, page 2: its date and seal
      band(3, '安全生产行政执法文书\n立案审批表\n浔应急立〔2025〕21号\n审批人 2025年3月12日'),
      band(4, '安全生产行政执法文书\n询问笔录\n询问时间：2025年3月14日9时20分\n被询问人签名'),
      band(5, '问：你公司有没有建立培训档案？\n答：有档案。\n被询问人签名：何志远'), // 询问笔录, page 2
      band(6, '问：还有什么补充？\n答：没有了。\n被询问人签名：何志远'), // 询问笔录, page 3
      band(7, '现场检查记录\n被检查单位：九江市某公司\n检查人员签名'),
      band(8, '3.仓库消防通道畅通\n2025年3月10日'), // 现场检查记录, page 2
      band(9, '文书送达回执\n送达文书 行政处罚决定书'),
      band(10, '受送达人签收 周国梁 2025年4月23日'), // 送达回执, page 2
      band(11, '营业执照\n统一社会信用代码 91360402MA38K7QX2E'), // under no known title, after a signed form: read, to be safe
    ];
    expect([...keyPages(bands)]).toEqual([1, 2, 3, 4, 7, 9, 10, 11]);
  });

  it('always reads the file’s first page (a cover or index under no title), unless it was read already', () => {
    const bands = [band(1, '案卷\n案由：未如实记录安全生产教育和培训情况案'), band(2, '询问笔录\n询问时间'), band(3, '问：\n答：')];
    expect([...keyPages(bands)]).toEqual([1, 2]);
    expect([...keyPages(bands, { fromFirst: false })]).toEqual([2]);
  });

  it('knows a title with the unit before it and an OCR-spaced title, not a sentence that mentions one', () => {
    expect(titleOf('九江市应急管理局行政处罚告知书\n浔应急罚告〔2025〕3号')?.title).toBe('行政处罚告知书');
    expect(titleOf('安全生产行政执法文书\n立 案 审 批 表')?.title).toBe('立案审批表');
    expect(titleOf('本机关于2025年4月8日向你单位送达了行政处罚告知书，你单位未提出陈述')).toBeUndefined();
  });

  it('stacks the top and bottom quarter of a page into one image half its height', () => {
    const img = { width: 2, height: 8, data: Uint8Array.from([...Array(16).keys()]) };
    const e = edgeBands(img);
    expect([e.width, e.height]).toEqual([2, 4]);
    expect([...e.data]).toEqual([0, 1, 2, 3, 12, 13, 14, 15]);
  });
});

describe('--ocr-pages key on a scanned file', { timeout: 600_000 }, () => {
  it('reads a record\'s continuation page at its edges only, and says so', async () => {
    const { pdfjsRenderer } = await import('../../src/ocr/render.js');
    const { writeScanPdf } = await import('../../scripts/lib/scan.mjs');
    const { createOcrProvider } = await import('../../src/ocr/provider.js');
    const { tmpDir } = await import('../helpers/cli.js');
    const path = await import('node:path');
    // the 询问笔录 of the independent scan set's case-01, and the same page with its heading cut off: a continuation page
    const opened = await pdfjsRenderer().open(path.join(import.meta.dirname, '..', 'fixtures', 'scanset', 'scans', 'case-01.pdf'));
    const first = await opened.render(2, 150);
    await opened.close();
    const cont = { ...first, data: first.data.slice() };
    cont.data.fill(255, 0, Math.round(first.height * 0.3) * first.width);
    const dir = tmpDir('caseaudit-keypages-');
    const file = path.join(dir, 'record.pdf');
    await writeScanPdf([first, cont], file, { dpi: 150, angles: [0, 0], noise: [0, 0] });
    const provider = createOcrProvider({ cacheDir: path.join(dir, 'cache'), pages: 'key' });
    const texts = await provider.pageTexts(file, [1, 2]);
    expect(provider.resultFor(file)?.edgesOnly).toEqual([2]);
    const text = (n: number) => texts.find((t) => t.page === n)?.text.replace(/\s/g, '') ?? '';
    expect(text(1)).toContain('询问笔录');
    expect(text(1)).toContain('培训情况'); // the middle of the page: read in full
    expect(text(2)).not.toContain('培训情况'); // the same line on the continuation page: not read
  });
});
