import { describe, it, expect } from 'vitest';
import path from 'node:path';
import { readPdf, readPdfMany } from '../../src/ingest/pdf/read-pdf.js';
import { extractPageTexts } from '../../src/ingest/pdf/page-texts.js';
import { InputError } from '../../src/errors.js';
import { inEnglish, itEn } from '../helpers/lang.js';

const FX = path.resolve('tests/fixtures/pdf');
const fx = (name: string) => path.join(FX, name);

describe('PDF reader: a born-digital case file', async () => {
  const r = await inEnglish(() => readPdf(fx('case-basic.pdf')));
  const c = r.cases[0]!;

  itEn('segments the file into its documents with page ranges, 文号 and 落款 dates', () => {
    const docs = c.documents!.map((d) => [d.title, d.pages, d.number, d.date]);
    expect(docs).toContainEqual(['立案审批表', [1], '（赣）应急立〔2025〕12号', '2025-02-21']);
    expect(docs).toContainEqual(['行政处罚告知书', [5], '（赣）应急告〔2025〕12号', '2025-03-03']);
    expect(docs).toContainEqual(['行政处罚决定书', [8], '（赣）应急罚〔2025〕12号', '2025-03-14']);
    // a receipt that names the decision's number in its body has no number of its own
    expect(docs).toContainEqual(['文书送达回执', [9], undefined, '2025-03-17']);
    expect(c.documents).toHaveLength(12);
  });

  itEn('reads every field with the page it was found on', () => {
    expect(r.status).toBe('ok');
    expect(c.id).toBe('（赣）应急罚〔2025〕12号');
    expect(c.unit).toBe('南昌市应急管理局');
    expect(c.party).toEqual({ name: '南昌恒达化工有限公司', creditCode: '91360100MA35F0QX2Q', address: '南昌市青山湖区民营科技园88号', kind: 'unit' });
    expect(c.facts).toBe('2025年2月20日，执法人员在你单位检查时发现，你单位未对重大危险源进行定期检测、评估和监控');
    expect(c.officers).toEqual([{ name: '张伟', certNo: '36010023001' }, { name: '李娜', certNo: '36010023002' }]);
    expect(c.evidence).toEqual(['现场检查记录', '询问笔录']);
    expect(c.type).toBe('penalty');
    expect(c.fieldPages).toMatchObject({ id: 8, unit: 8, 'party.name': 8, 'party.creditCode': 8, facts: 8, fine: 8, violatedArticles: 8, penaltyArticles: 8, 'officers[0]': 8 });
    expect(r.warnings).toEqual([]);
  });

  itEn('normalises Chinese-numeral articles and the 大写 fine', () => {
    // the decision writes 第四十条第一款 / 第一百零一条第（二）项 and 罚款人民币叁万伍仟元整
    expect(c.violatedArticles).toEqual(['《中华人民共和国安全生产法》第40条第1款']);
    expect(c.penaltyArticles).toEqual(['《中华人民共和国安全生产法》第101条第2项']);
    expect(c.fine).toBe(35000);
    expect(c.penaltyKinds).toEqual(['罚款']);
  });

  itEn('takes each procedural date from its document, with the page', () => {
    expect(c.dates).toEqual({
      filed: '2025-02-21', rectificationDeadline: '2025-03-21', notified: '2025-03-03', legalReview: '2025-03-10',
      collectiveDiscussion: '2025-03-12', decided: '2025-03-14', served: '2025-03-17', reinspected: '2025-03-24',
      paid: '2025-03-28', closed: '2025-04-02',
    });
    expect(c.fieldPages).toMatchObject({ 'dates.filed': 1, 'dates.rectificationDeadline': 4, 'dates.notified': 5, 'dates.legalReview': 6, 'dates.collectiveDiscussion': 7, 'dates.decided': 8, 'dates.served': 9, 'dates.reinspected': 10, 'dates.paid': 11, 'dates.closed': 12 });
  });
});

describe('PDF reader: hard cases', () => {
  itEn('reports values that differ between documents as conflicts naming both pages, keeping the decision', async () => {
    const r = await readPdf(fx('case-conflict.pdf'));
    const c = r.cases[0]!;
    expect(c.fine).toBe(35000);
    expect(c.party?.name).toBe('南昌恒达化工有限公司');
    expect(c.uncertainFields).toEqual(['fine', 'party.name']);
    const reasons = r.warnings.map((w) => w.reason);
    expect(reasons).toContainEqual(expect.stringMatching(/conflicting fine: "35000" on page 8 .* vs "50000" on page 5/));
    expect(reasons).toContainEqual(expect.stringMatching(/conflicting party.name: "南昌恒达化工有限公司" on page 8 .* vs "南昌恒达化工股份公司" on page 11/));
  });

  itEn('detects pages without a text layer and imports the file as needs-ocr listing them', async () => {
    const pages = await extractPageTexts(fx('case-scanned-pages.pdf'));
    expect(pages.map((p) => p.hasTextLayer)).toEqual([true, false, false, true]);
    const r = await readPdf(fx('case-scanned-pages.pdf'));
    expect(r.status).toBe('needs-ocr');
    expect(r.cases[0]!.status).toBe('needs-ocr');
    expect(r.cases[0]!.needsOcrPages).toEqual([2, 3]);
    expect(r.message).toMatch(/2, 3/);
    // the text pages are still read
    expect(r.cases[0]!.id).toBe('（赣）应急罚〔2025〕14号');
  });

  itEn('treats an empty page as neither text nor scan: the file stays ok', async () => {
    const pages = await extractPageTexts(fx('case-blank-page.pdf'));
    expect(pages.map((p) => [p.page, p.hasTextLayer, p.blank ?? false])).toEqual([[1, true, false], [2, false, true], [3, true, false]]);
    const r = await readPdf(fx('case-blank-page.pdf'));
    expect(r.status).toBe('ok');
    expect(r.cases[0]!.needsOcrPages).toBeUndefined();
  });

  itEn('reads at most maxPages pages and says so', async () => {
    const r = await readPdf(fx('case-basic.pdf'), { maxPages: 5 });
    expect(r.cases[0]!.source.pages).toEqual([1, 2, 3, 4, 5]);
    expect(r.cases[0]!.uncertainFields).toContain('documents');
    expect(r.warnings.map((w) => w.reason)).toContainEqual('the PDF has 12 pages; only the first 5 were read (limit 5)');
  });

  itEn('asks the page-text provider (OCR hook) for the scanned pages only and extracts from what it gave', async () => {
    const asked: number[][] = [];
    const r = await readPdf(fx('case-scanned-pages.pdf'), {
      pageTextProvider: {
        name: 'fake-ocr',
        async pageTexts(_file, pages) {
          asked.push(pages);
          return [{ page: 2, text: '南昌市应急管理局\n现场检查记录\n时间：2025年2月22日\n执法人员：张伟（执法证号：36010023001）、周杰（执法证号：36010023009）' }, { page: 3, text: '' }];
        },
      },
    });
    expect(asked).toEqual([[2, 3]]);
    expect(r.status).toBe('needs-ocr'); // page 3 still has no text
    expect(r.cases[0]!.needsOcrPages).toEqual([3]);
    expect(r.cases[0]!.officers!.map((o) => o.name)).toEqual(['张伟', '李娜', '周杰']);
    // which OCR'd values are uncertain is decided after extraction by src/ocr/assess.ts (confidence, cross-checks)
    expect(r.cases[0]!.uncertainFields ?? []).not.toContain('officers');
  });

  itEn('reads a PDF with the non-embedded STSong-Light font (UniGB-UCS2-H, no ToUnicode)', async () => {
    const r = await readPdf(fx('stsong-nonembedded.pdf'));
    const c = r.cases[0]!;
    expect(c.id).toBe('（赣）应急罚〔2025〕16号');
    expect(c.party?.name).toBe('南昌宏远机械制造有限公司');
    expect(c.violatedArticles).toEqual(['《中华人民共和国安全生产法》第28条第1款']);
    expect(c.penaltyArticles).toEqual(['《中华人民共和国安全生产法》第97条第3项']);
    expect(c.fine).toBe(20000);
    expect(c.dates?.decided).toBe('2025-04-08'); // 二〇二五年四月八日
    expect(c.officers).toEqual([{ name: '王强', certNo: '36010023011' }, { name: '赵敏', certNo: '36010023012' }]);
  });

  it.each([
    ['encrypted.pdf', /encrypted/],
    ['corrupt.pdf', /corrupt or unreadable/],
    ['not-a-pdf.pdf', /not a PDF/],
  ])('refuses %s with an InputError naming the file', (name, msg) =>
    inEnglish(async () => {
      const err = await readPdf(fx(name)).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(InputError);
      expect((err as Error).message).toMatch(msg);
      expect((err as Error).message).toContain(name);
    }),
  );

  itEn('reads a batch on worker threads and returns results in input order, errors in place', async () => {
    const files = ['stsong-nonembedded.pdf', 'corrupt.pdf', 'case-basic.pdf', 'case-scanned-pages.pdf', 'case-conflict.pdf'].map(fx);
    const progress: string[] = [];
    const out = await readPdfMany(files, { jobs: 3, onProgress: (m) => progress.push(m) });
    expect(out.map((r) => r.file)).toEqual(files);
    expect(out.map((r) => r.status)).toEqual(['ok', 'error', 'ok', 'needs-ocr', 'ok']);
    expect(out.map((r) => r.cases[0]?.id)).toEqual(['（赣）应急罚〔2025〕16号', undefined, '（赣）应急罚〔2025〕12号', '（赣）应急罚〔2025〕14号', '（赣）应急罚〔2025〕13号']);
    expect(out[1]!.message).toContain('corrupt.pdf');
    expect(progress).toHaveLength(files.length);
  });
});
