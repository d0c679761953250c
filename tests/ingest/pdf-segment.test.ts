import { describe, it, expect } from 'vitest';
import { matchTitle, segmentDocuments, unwrapLines } from '../../src/ingest/pdf/segment.js';
import { readFine, readOfficers, readArticles, readParty } from '../../src/ingest/pdf/fields.js';
import { extractCase, unitLevelOf } from '../../src/ingest/pdf/extract-case.js';
import type { PageText } from '../../src/ingest/pdf/page-texts.js';

const page = (n: number, ...lines: string[]): PageText => ({ page: n, text: lines.join('\n'), hasTextLayer: true });

describe('title matching', () => {
  it('recognises titles, variants, spaced titles, a unit prefix and a bracketed note', () => {
    expect(matchTitle('行政处罚决定书')?.spec.title).toBe('行政处罚决定书');
    expect(matchTitle('行 政 处 罚 决 定 书')?.spec.title).toBe('行政处罚决定书');
    expect(matchTitle('当场行政处罚决定书')?.spec.title).toBe('行政处罚决定书');
    expect(matchTitle('行政处罚事先告知书')?.spec.title).toBe('行政处罚告知书');
    expect(matchTitle('南昌市应急管理局行政处罚决定书（单位）')).toMatchObject({ spec: { title: '行政处罚决定书' }, unit: '南昌市应急管理局' });
    expect(matchTitle('先行登记保存证据处理决定书')?.spec.title).toBe('先行登记保存证据处理决定书');
    expect(matchTitle('重大行政执法决定法制审核意见书')?.spec.title).toBe('法制审核意见');
  });

  it('does not take a sentence or a labelled field for a title', () => {
    expect(matchTitle('送达文书名称：行政处罚决定书')).toBeUndefined();
    expect(matchTitle('现向你单位送达行政处罚决定书。')).toBeUndefined();
    expect(matchTitle('某某公司行政处罚决定书')).toBeUndefined();
  });
});

describe('segmentation', () => {
  it('splits by titles, keeps continuation pages, a title mid-page when a 文号 follows, and the preamble', () => {
    const { documents, preamble } = segmentDocuments([
      page(1, '卷内目录', '1 立案审批表', '2 行政处罚决定书'),
      page(2, '九江市应急管理局', '立案审批表', '九应急立〔2025〕3号', '案由：……', '2025年1月5日'),
      page(3, '九江市应急管理局', '行政处罚决定书', '九江应急罚〔2025〕3号', '当事人：九江某某公司'),
      page(4, '……', '九江市应急管理局', '二〇二五年二月三日', '送达回执', '九江应急送〔2025〕3号', '受送达人：九江某某公司', '2025年2月5日'),
    ]);
    expect(preamble.map((l) => l.page)).toEqual([1, 1, 1]);
    expect(documents.map((d) => [d.spec.title, d.pages, d.number?.value, d.date?.iso, d.unit])).toEqual([
      ['立案审批表', [2], '九应急立〔2025〕3号', '2025-01-05', '九江市应急管理局'],
      ['行政处罚决定书', [3, 4], '九江应急罚〔2025〕3号', '2025-02-03', '九江市应急管理局'],
      ['文书送达回执', [4], '九江应急送〔2025〕3号', '2025-02-05', undefined],
    ]);
  });

  it('reads a rectification deadline (…前) and a record time (时间：…) rather than the 落款 date', () => {
    const { documents } = segmentDocuments([
      page(1, '责令限期整改指令书', '责令你单位于2025年4月30日前整改完毕。', '2025年4月1日'),
      page(2, '集体讨论记录', '时间：2025年4月10日14时', '记录人签名', '2025年4月11日'),
    ]);
    expect(documents.map((d) => [d.spec.title, d.date])).toEqual([
      ['责令限期整改指令书', { iso: '2025-04-30', page: 1 }],
      ['集体讨论记录', { iso: '2025-04-10', page: 2 }],
    ]);
  });
});

describe('wrapped lines', () => {
  it('joins a line wrapped at the right margin, but not before a label, a unit, a date or a title', () => {
    const full = '执法人员：严燕（执法证号：36020022024）、秦平凯（执法证号：36020021033）、韦';
    expect(unwrapLines([full, '华振（执法证号：36020022035）', '被询问人：某某'])).toEqual([`${full}华振（执法证号：36020022035）`, '被询问人：某某']);
    const full2 = '执法人员：韩波东（执法证号：36010022033）、顾萍（执法证号：36010022033）';
    expect(unwrapLines([full2, '南昌市应急管理局', '2025年2月5日'])).toEqual([full2, '南昌市应急管理局', '2025年2月5日']);
    expect(unwrapLines([full2, '询问笔录'])).toEqual([full2, '询问笔录']);
  });
});

describe('field readers', () => {
  const seg = (...lines: string[]) => segmentDocuments([page(3, '行政处罚决定书', ...lines)]).documents[0]!;

  it('reads 小写, 万元 and 大写 fines', () => {
    expect(readFine(seg('决定给予罚款人民币叁万伍仟元整的行政处罚。'))?.value).toBe(35000);
    expect(readFine(seg('决定处人民币3万元罚款。'))?.value).toBe(30000);
    expect(readFine(seg('处以罚款：12,500元'))?.value).toBe(12500);
    expect(readFine(seg('决定给予罚款人民币贰拾万元整。'))).toMatchObject({ value: 200000, page: 3 });
    expect(readFine(seg('决定给予警告的行政处罚。'))).toBeUndefined();
  });

  it('splits violated and penalty articles and ignores procedural-law citations', () => {
    const a = readArticles(seg(
      '上述行为违反了《中华人民共和国安全生产法》第四十一条第二款、第四十二条和《危险化学品安全管理条例》第二十条的规定，',
      '依据《中华人民共和国安全生产法》第一百零二条第（一）项的规定，决定……',
      '根据《中华人民共和国行政处罚法》第六十七条的规定，应当在十五日内缴纳罚款。',
    ));
    expect(a.violated?.value).toEqual(['《中华人民共和国安全生产法》第41条第2款', '《中华人民共和国安全生产法》第42条', '《危险化学品安全管理条例》第20条']);
    expect(a.penalty?.value).toEqual(['《中华人民共和国安全生产法》第102条第1项']);
  });

  it('reads officers with certificates inline or listed after the names', () => {
    expect(readOfficers(seg('执法人员：张三（执法证号：A001）、李四（执法证号：A002）')).map((o) => o.value)).toEqual([{ name: '张三', certNo: 'A001' }, { name: '李四', certNo: 'A002' }]);
    expect(readOfficers(seg('执法人员：王五、赵六  执法证号：36001、36002')).map((o) => o.value)).toEqual([{ name: '王五', certNo: '36001' }, { name: '赵六', certNo: '36002' }]);
  });

  it('names the file as the id and warns when no case number is found', () => {
    const r = extractCase('/x/scan-007.pdf', [page(1, '询问笔录', '时间：2025年1月2日')]);
    expect(r.caseFile.id).toBe('scan-007');
    expect(r.caseFile.uncertainFields).toContain('id');
    expect(r.warnings.length).toBe(1);
  });
});

describe('unit level', () => {
  it('is set only when the name says so for certain', () => {
    expect(unitLevelOf('江西省应急管理厅')).toEqual({ unitLevel: 'province' });
    expect(unitLevelOf('南昌县应急管理局')).toEqual({ unitLevel: 'county' });
    expect(unitLevelOf('南昌市青山湖区应急管理局')).toEqual({ unitLevel: 'county', city: '南昌市' });
    expect(unitLevelOf('南昌市应急管理局')).toEqual({}); // could be a county-level city such as 瑞金市
  });
});

describe('form layouts read by OCR (tests/fixtures/scanset)', () => {
  it('a 送达回执 whose 送达文书 cell names the 行政处罚决定书 on a line of its own is one document, dated by its receipt', () => {
    const { documents } = segmentDocuments([
      page(1, '安全生产行政执法文书', '文书送达回执', '送达文书', '行政处罚决定书', '名称及文', '濂应急罚〔2025〕17号', '送达人陈立群邹文斌送达时间2025年4月23日'),
    ]);
    expect(documents.map((d) => d.spec.title)).toEqual(['文书送达回执']);
    expect(documents[0]!.date?.iso).toBe('2025-04-23');
  });

  it('a signature date that a narrow form cell breaks over two lines is the document’s date', () => {
    const { documents } = segmentDocuments([
      page(1, '立案审批表', '承办人意见 建议立案。承办人：陈立群', '2025年3月11日', '审批意见 同意立案。审批人：王建华2025', '年3月12日'),
      page(2, '行政处罚告知书', '审批意见 同意立案。温志刚2025年5月6', '日'),
    ]);
    expect(documents.map((d) => d.date?.iso)).toEqual(['2025-03-12', '2025-05-06']);
  });
});

describe('the party in a form table', () => {
  it('takes the name in the 当事人 cell when the form has no colon, and not a sentence after 当事人', () => {
    const { documents } = segmentDocuments([page(1, '立案审批表', '案件来源监督检查', '当事人新余市渝水区金桥钢结构工程有限公司', '地址江西省新余市渝水区城北街道胜利北路316号')]);
    expect(readParty(documents[0]!)?.value).toBe('新余市渝水区金桥钢结构工程有限公司');
    const { documents: other } = segmentDocuments([page(1, '陈述申辩记录', '当事人陈述申辩的内容已记录')]);
    expect(readParty(other[0]!)).toBeUndefined();
  });
});
