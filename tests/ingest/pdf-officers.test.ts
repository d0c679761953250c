/** Officer layouts of real case-file documents (执法人员 / 执法证号), written from the layouts seen in 文书 templates. */
import { describe, it, expect } from 'vitest';
import { readOfficersFrom } from '../../src/ingest/pdf/officers.js';
import { extractCase } from '../../src/ingest/pdf/extract-case.js';
import type { Segment } from '../../src/ingest/pdf/segment.js';
import type { PageText } from '../../src/ingest/pdf/page-texts.js';

const seg = (...lines: string[]): Segment =>
  ({ spec: { title: '现场检查记录', variants: [] }, heading: '现场检查记录', pages: [1], lines: lines.map((text) => ({ page: 1, text })) }) as Segment;
const read = (...lines: string[]) => readOfficersFrom(seg(...lines));
const values = (...lines: string[]) => read(...lines).officers.map((o) => o.value);

describe('officer layouts', () => {
  it('inline: each name with its number in brackets', () => {
    expect(values('执法人员：张三（执法证号：36010001）、李四（执法证号：36010002）')).toEqual([
      { name: '张三', certNo: '36010001' },
      { name: '李四', certNo: '36010002' },
    ]);
  });
  it('two lists on one line, separated by one space, several spaces or a tab', () => {
    for (const gap of [' ', '    ', '\t']) {
      expect(values(`执法人员：王五、赵六${gap}执法证号：36001、36002`)).toEqual([
        { name: '王五', certNo: '36001' },
        { name: '赵六', certNo: '36002' },
      ]);
    }
  });
  it('numbers before names', () => {
    expect(values('执法证号：36001、36002  执法人员：王五、赵六')).toEqual([
      { name: '王五', certNo: '36001' },
      { name: '赵六', certNo: '36002' },
    ]);
  });
  it('numbers with letters, dashes and a region prefix', () => {
    expect(values('执法人员：刘一、陈二  执法证件号：JX-0301、赣A2024017')).toEqual([
      { name: '刘一', certNo: 'JX-0301' },
      { name: '陈二', certNo: '赣A2024017' },
    ]);
  });
  it('one officer per line', () => {
    expect(values('执法人员：张三  执法证号：36010001', '执法人员：李四  证号：36010002')).toEqual([
      { name: '张三', certNo: '36010001' },
      { name: '李四', certNo: '36010002' },
    ]);
  });
  it('a table: header then one row per officer', () => {
    expect(values('执法人员    执法证号', '张三    36010001', '李四    36010002', '检查时间：2025年3月1日')).toEqual([
      { name: '张三', certNo: '36010001' },
      { name: '李四', certNo: '36010002' },
    ]);
  });
  it('names separated by spaces (signature line)', () => {
    expect(values('执法人员（签名）：张三 李四').map((o) => o.name)).toEqual(['张三', '李四']);
  });
});

describe('officers whose number cannot be paired are reported, never dropped silently', () => {
  it('more names than numbers in two lists: a problem naming both lists, no number guessed', () => {
    const r = read('执法人员：王五、赵六、孙七  执法证号：36001、36002');
    expect(r.officers.map((o) => o.value)).toEqual([{ name: '王五' }, { name: '赵六' }, { name: '孙七' }]);
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]!.reason.zh).toMatch(/3 名.*2 个/);
  });
  it('a table row without a number', () => {
    const r = read('姓名  执法证号', '张三  36010001', '李四');
    expect(r.officers.map((o) => o.value)).toEqual([{ name: '张三', certNo: '36010001' }, { name: '李四' }]);
    expect(r.problems.map((p) => p.names)).toEqual([['李四']]);
  });
});

const page = (n: number, ...lines: string[]): PageText => ({ page: n, text: lines.join('\n'), hasTextLayer: true });
const record = (...officerLines: string[]) =>
  extractCase('/x/a.pdf', [page(1, '现场检查记录', '（赣）应急检〔2025〕9号', '被检查单位：江西某化工有限公司', ...officerLines, '检查时间：2025年3月1日')]);

describe('a case file: warnings and uncertainty', () => {
  it('two lists that pair: no warning, numbers kept', () => {
    const r = record('执法人员：王五、赵六    执法证号：36001、36002');
    expect(r.caseFile.officers).toEqual([{ name: '王五', certNo: '36001' }, { name: '赵六', certNo: '36002' }]);
    expect(r.warnings.filter((w) => /执法/.test(w.reason))).toEqual([]);
    expect(r.caseFile.uncertainFields ?? []).not.toContain('officers.certNo');
  });
  it('two lists that do not pair: a warning and the numbers uncertain (certificate rules not checked)', () => {
    const r = record('执法人员：王五、赵六、孙七    执法证号：36001、36002');
    expect(r.warnings.some((w) => /无法一一对应/.test(w.reason))).toBe(true);
    expect(r.caseFile.uncertainFields).toContain('officers.certNo');
  });
  it('no officer with a number: each named in a warning, numbers uncertain', () => {
    const r = record('执法人员：王五、赵六');
    expect(r.warnings.filter((w) => /未载明执法证号/.test(w.reason)).map((w) => w.value)).toEqual(['王五', '赵六']);
    expect(r.caseFile.uncertainFields).toContain('officers.certNo');
  });
  it('one officer listed without a number beside colleagues with theirs: a warning, still checkable', () => {
    const r = record('执法人员：张三（执法证号：36010001）、李四');
    expect(r.warnings.filter((w) => /未载明执法证号/.test(w.reason)).map((w) => w.value)).toEqual(['李四']);
    expect(r.caseFile.uncertainFields ?? []).not.toContain('officers.certNo');
    expect(r.caseFile.officers).toEqual([{ name: '张三', certNo: '36010001' }, { name: '李四' }]);
  });
  it('a number given in one document completes an officer listed without it in another', () => {
    const r = extractCase('/x/b.pdf', [
      page(1, '现场检查记录', '（赣）应急检〔2025〕9号', '执法人员：张三、李四', '检查时间：2025年3月1日'),
      page(2, '询问笔录', '询问人：略', '执法人员：张三（执法证号：36010001）、李四（执法证号：36010002）', '时间：2025年3月2日'),
    ]);
    expect(r.caseFile.officers).toEqual([{ name: '张三', certNo: '36010001' }, { name: '李四', certNo: '36010002' }]);
    expect(r.warnings.filter((w) => /执法证号/.test(w.reason))).toEqual([]);
  });
});
