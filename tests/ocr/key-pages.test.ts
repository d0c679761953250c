/**
 * --ocr-pages key: which scanned pages are read in full, from the titles in each page's top band (the document
 * titles of templates/pdf/document-titles.json, as a case file is bound: 决定书 first, then the file in order).
 */
import { describe, expect, it } from 'vitest';
import { keyPages, pageBand, readKeyPages, titleOf } from '../../src/ocr/key-pages.js';

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

  it('cuts the top or the bottom quarter of a page', () => {
    const img = { width: 2, height: 8, data: Uint8Array.from([...Array(16).keys()]) };
    expect([...pageBand(img, 'top').data]).toEqual([0, 1, 2, 3]);
    expect([...pageBand(img, 'bottom').data]).toEqual([12, 13, 14, 15]);
  });

});

/** A file's pages as fake readings: each page's top band, bottom band and full text; every reading is logged. */
function fakeFile(pages: { top: string; middle?: string; bottom?: string }[], delay = (_kind: string, _page: number) => 0) {
  const log: string[] = [];
  const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));
  const readers = {
    full: async (p: number) => {
      log.push(`full ${p}`);
      await wait(delay('full', p));
      const pg = pages[p - 1]!;
      return { text: [pg.top, pg.middle ?? '', pg.bottom ?? ''].join('\n') };
    },
    band: async (p: number, part: 'top' | 'bottom') => {
      log.push(`${part} ${p}`);
      await wait(delay(part, p));
      return { text: part === 'top' ? pages[p - 1]!.top : (pages[p - 1]!.bottom ?? '') };
    },
    edges: (_p: number, top: { text: string }, bottom: { text: string }) => ({ text: `${top.text}\n${bottom.text}`, edges: true }),
  };
  return { readers, log };
}

describe('reading a file in key-page order', () => {
  // as a case file is bound: 立案审批表, a 询问笔录 of three pages, 告知书, 决定书 of two pages, 送达回执
  const file = [
    { top: '安全生产行政执法文书\n立案审批表\n浔应急立〔2025〕21号', bottom: '审批人 2025年3月12日' },
    { top: '询问笔录\n询问时间：2025年3月14日9时20分', middle: '问：你公司有没有建立培训档案？', bottom: '被询问人签名：何志远' },
    { top: '问：还有什么补充？\n答：没有了。', middle: '培训情况', bottom: '被询问人签名：何志远 第2页' },
    { top: '问：以上记录是否属实？\n答：属实。', middle: '培训情况', bottom: '被询问人签名：何志远 第3页' },
    { top: '九江市应急管理局\n行政处罚告知书\n浔应急罚告〔2025〕3号', bottom: '2025年4月8日' },
    { top: '九江市应急管理局\n行政处罚决定书\n浔应急罚〔2025〕3号', middle: '罚款人民币' },
    { top: '罚款自收到本决定书之日起十五日内缴至', bottom: '九江市应急管理局\n2025年4月21日' },
    { top: '文书送达回执\n送达文书 行政处罚决定书', bottom: '受送达人签收 周国梁 2025年4月23日' },
  ];

  it('reads in full, without a band reading, the file’s first page and every page after a page of a document read in full', async () => {
    const { readers, log } = fakeFile(file);
    const got = await readKeyPages([1, 2, 3, 4, 5, 6, 7, 8], readers, { jobs: 1 });
    expect(got.edgesOnly).toEqual([3, 4]);
    // one at a time, the order is the scan's: page 2 follows the 立案审批表 (read in full), so is read in full at
    // once; pages 3 and 4 are settled by their top band and read at their bottom too; page 5 by its top band (a
    // title); 6–8 follow the 告知书 and the 决定书, all read in full
    expect(log).toEqual(['full 1', 'full 2', 'top 3', 'bottom 3', 'top 4', 'bottom 4', 'top 5', 'full 5', 'full 6', 'full 7', 'full 8']);
    expect(got.pages[2]).toEqual({ text: '问：还有什么补充？\n答：没有了。\n被询问人签名：何志远 第2页', edges: true });
    expect(got.pages[3]!.text).not.toContain('培训情况'); // the middle of a continuation page: not read
    expect(got.pages[1]!.text).toContain('问：你公司有没有建立培训档案？'); // the middle of the record's first page: read
  });

  it('decides the same pages as keyPages over the top bands, with readings in parallel', async () => {
    // slow full readings: the second worker reads the top bands of later pages meanwhile
    const { readers, log } = fakeFile(file, (kind) => (kind === 'full' ? 20 : 2));
    const got = await readKeyPages([1, 2, 3, 4, 5, 6, 7, 8], readers, { jobs: 2 });
    expect(got.edgesOnly).toEqual([3, 4]);
    const key = keyPages(file.map((p, i) => band(i + 1, p.top)));
    expect(new Set(log.filter((l) => l.startsWith('full')).map((l) => Number(l.split(' ')[1])))).toEqual(key);
    expect(log.filter((l) => l.startsWith('full'))).toHaveLength(key.size); // no page read in full twice
    expect(log).not.toContain('top 1');
    expect(log).not.toContain('top 2'); // the page after the 立案审批表 is not looked at before the 立案审批表 is read
  });

  it('reads a page whose top band shows a title in full at once, before the pages ahead of it are settled', async () => {
    // every page a document's first, as in the scan set: the 告知书's full reading need not wait for the 询问笔录's
    const pages = [file[0]!, file[1]!, file[4]!, file[5]!, file[7]!];
    const { readers, log } = fakeFile(pages, (kind) => (kind === 'full' ? 20 : 2));
    const got = await readKeyPages([1, 2, 3, 4, 5], readers, { jobs: 2 });
    expect(got.edgesOnly).toEqual([]);
    expect(log.slice(0, 3)).toEqual(['full 1', 'top 3', 'full 3']);
    expect(log.indexOf('full 3')).toBeLessThan(log.indexOf('full 2'));
    expect(log).not.toContain('top 2');
  });

  it('takes a page’s title from its full reading when the page was read in full without a band, whatever was read ahead', async () => {
    // pages 2 and 3 follow the 立案审批表 (two pages), so are read in full; page 3's top band, when read ahead of time
    // (while page 1 is read), misses the title (cut off) that its full reading shows: page 4 is a continuation of
    // its 询问笔录 either way
    const pages = [file[0]!, { top: '案件来源：举报' }, { top: '', middle: '询问笔录\n询问时间：2025年3月14日', bottom: '' }, file[2]!];
    for (const delay of [() => 0, (kind: string, p: number) => (kind === 'full' && p === 1 ? 30 : 1)]) {
      const { readers, log } = fakeFile(pages, delay);
      expect((await readKeyPages([1, 2, 3, 4], readers, { jobs: 3 })).edgesOnly).toEqual([4]);
      if (delay.length) expect(log).toContain('top 3'); // read ahead
    }
  });

  it('without the file’s first page (read already), settles it by its top band', async () => {
    const { readers, log } = fakeFile(file);
    const got = await readKeyPages([2, 3, 4, 5], readers, { fromFirst: false });
    expect(got.edgesOnly).toEqual([3, 4]);
    expect(log[0]).toBe('top 2');
    expect(log).toContain('full 2');
    expect(log).not.toContain('bottom 2');
  });

  it('reads in full a page whose title is in its bottom band (a page upside down: the engine turned the band)', async () => {
    const upside = [file[1]!, file[2]!, { top: '2025年4月8日', bottom: '九江市应急管理局\n行政处罚告知书' }];
    const { readers } = fakeFile(upside);
    const got = await readKeyPages([1, 2, 3], readers, { fromFirst: true });
    expect(got.edgesOnly).toEqual([2]);
    expect(got.pages[2]!.text).toContain('行政处罚告知书');
  });

  it('passes on the first failed reading', async () => {
    const { readers } = fakeFile(file);
    const failing = { ...readers, band: async () => Promise.reject(new Error('engine failed')) };
    await expect(readKeyPages([1, 2, 3, 4, 5], failing, { jobs: 2 })).rejects.toThrow('engine failed');
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
