/** The xlsx report re-read (sheets, frozen headers, filters, no formulas) and the docx report unzipped and read. */
import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { fixtureAnalysis, fixtureReport } from './fixture.js';

describe('xlsx report', () => {
  it('has a cover and one sheet per table, frozen headers and filters', async () => {
    const [x] = await fixtureReport(['xlsx']);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(x!.data as Uint8Array) as unknown as ArrayBuffer);
    const names = wb.worksheets.map((w) => w.name);
    expect(names[0]).toBe('报告信息');
    expect(names).toContain('一、总体情况-各单位情况');
    expect(names).toContain('八、案卷评查明细-扣分及问题');
    const units = wb.getWorksheet('一、总体情况-各单位情况')!;
    expect(units.getRow(1).getCell(1).value).toBe('单位');
    const jiujiang = units.getRows(2, 4)!.find((r) => r.getCell(1).value === '九江市应急管理局')!;
    expect(jiujiang.values).toEqual([undefined, '九江市应急管理局', 3, 92, 2, 1, 0, 0, 0, 0]);
    expect(units.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(units.autoFilter).toBe('A1:I1');
  });

  it('keeps numbers as numbers with formats (shares as percentages) and rule ids in their own column', async () => {
    const [x] = await fixtureReport(['xlsx']);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(x!.data as Uint8Array) as unknown as ArrayBuffer);
    const grades = wb.getWorksheet('一、总体情况-等次分布')!;
    const excellent = grades.getRow(2);
    expect(excellent.getCell(1).value).toBe('优秀');
    expect(excellent.getCell(3).value).toBe(0.625);
    expect(excellent.getCell(3).numFmt).toBe('0.0%');
    const problems = wb.getWorksheet('三、多发频发问题-总体')!;
    const head = problems.getRow(1).values as unknown[];
    expect(head).toContain('问题');
    expect(head.at(-1)).toBe('规则编号');
    expect(problems.getRow(2).getCell(2).value).toBe('处罚决定未公示');
    expect(problems.getRow(2).getCell(head.length - 1).value).toBe('publication-missing');
  });

  it('prints every sheet on A4, one page wide, with print titles and a page X / Y footer', async () => {
    const [x] = await fixtureReport(['xlsx']);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(x!.data as Uint8Array) as unknown as ArrayBuffer);
    const zip = await JSZip.loadAsync(x!.data as Uint8Array);
    const book = await zip.file('xl/workbook.xml')!.async('string');
    for (const ws of wb.worksheets) {
      expect(ws.pageSetup).toMatchObject({ paperSize: 9, fitToPage: true, fitToWidth: 1 });
      expect(ws.headerFooter.oddFooter).toContain('第 &P 页 / 共 &N 页');
      if (ws.name !== '报告信息') expect(book).toContain(`&apos;${ws.name}&apos;!$1:$1`);
    }
    expect(wb.getWorksheet('报告信息')!.pageSetup.fitToHeight).toBe(1);
  });

  it('writes case text starting with = + - @ as plain text, never a formula', async () => {
    const [x] = await fixtureReport(['xlsx']);
    const zip = await JSZip.loadAsync(x!.data as Uint8Array);
    const sheets = Object.keys(zip.files).filter((n) => n.startsWith('xl/worksheets/sheet'));
    for (const n of sheets) expect(await zip.file(n)!.async('string')).not.toMatch(/<f[ >]/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(x!.data as Uint8Array) as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('八、案卷评查明细-扣分及问题')!;
    let found = 0;
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.text === '=1+1' || String(cell.text).includes('=HYPERLINK')) {
          found++;
          expect(cell.type).toBe(ExcelJS.ValueType.String);
        }
      }),
    );
    expect(found).toBe(2);
  });
});

describe('docx report', () => {
  it('is an official document: title, 主送, numbered sections, tables, 落款', async () => {
    const [d] = await fixtureReport(['docx']);
    const zip = await JSZip.loadAsync(d!.data as Uint8Array);
    const xml = await zip.file('word/document.xml')!.async('string');
    const text = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
    expect(text).toContain('安全生产行政执法案卷评查报告');
    expect(text).toContain('各有关单位：');
    for (const h of ['一、总体情况', '二、抽样情况', '三、多发频发问题', '四、处罚裁量一致性', '五、执法效能指标', '六、检查方案审核', '七、优秀案卷推荐', '八、案卷评查明细']) expect(text).toContain(h);
    expect(text).toContain('（一）报告信息');
    expect(text).toContain('（二）等次分布');
    expect(text).toContain('江西省应急管理厅2025年7月1日');
    expect(text).toContain('附件1：');
    // headings in Word's heading styles (navigation pane, table of contents)
    expect(xml).toContain('<w:pStyle w:val="Heading1"/>');
    expect(xml).toContain('<w:pStyle w:val="Heading2"/>');
    const styles = await zip.file('word/styles.xml')!.async('string');
    expect(styles).toMatch(/w:styleId="Heading1"[\s\S]*?<w:outlineLvl w:val="0"\/>/);
    // every table repeats its header row (key-value tables have none), rows kept whole, fixed widths
    const tables = xml.split('<w:tbl>').slice(1);
    expect(tables.length).toBeGreaterThan(10);
    for (const t of tables) {
      expect(t).toContain('<w:tblLayout w:type="fixed"/>');
      const firstRow = t.slice(0, t.indexOf('</w:tr>'));
      const keyValue = !firstRow.includes('<w:tblHeader/>');
      if (!keyValue) expect(firstRow).toContain('<w:tblHeader/>');
      for (const w of [...t.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]))) expect(w).toBeGreaterThanOrEqual(4 * 180);
    }
    // the appendix is a landscape section; every page carries a page number "— 1 —"
    expect(xml).toMatch(/<w:pgSz[^>]*w:orient="landscape"/);
    const footer = Object.keys(zip.files).find((n) => /word\/footer\d*\.xml/.test(n))!;
    expect(await zip.file(footer)!.async('string')).toMatch(/PAGE[\s\S]*—/);
    // readers see titles and defects, never rule ids or JSON
    const ruleIds = new Set(fixtureAnalysis().files.flatMap((f) => [...f.findings.map((x) => x.ruleId), ...f.notChecked]));
    expect(ruleIds.size).toBeGreaterThan(3);
    for (const id of ruleIds) expect(text).not.toContain(id);
    expect(text).not.toContain('{"');
    expect(text).toContain('&lt;script&gt;');
    expect(xml).toContain('<w:tbl>');
    expect(xml).toMatch(/w:eastAsia="仿宋_GB2312"/);
    const core = await zip.file('docProps/core.xml')!.async('string');
    expect(core).toContain('2025-07-01T00:00:00Z');
  });
});

describe('docx report: charts and the workbook beside it', () => {
  it('carries the printed charts as PNG pictures with their titles as alternative text', async () => {
    const [d] = await fixtureReport(['docx']);
    const zip = await JSZip.loadAsync(d!.data as Uint8Array);
    const xml = await zip.file('word/document.xml')!.async('string');
    const media = Object.keys(zip.files).filter((n) => n.startsWith('word/media/'));
    expect(media).toHaveLength(2);
    for (const m of media) {
      const png = await zip.file(m)!.async('uint8array');
      expect(Buffer.from(png.subarray(0, 8)).toString('hex')).toBe('89504e470d0a1a0a');
      // width and height (IHDR): drawn at three pixels per CSS pixel, so wider than 1000 pixels
      expect(Buffer.from(png).readUInt32BE(16)).toBeGreaterThan(1000);
    }
    expect(xml).toMatch(/<wp:docPr id="1"[^>]*descr="等次分布"/);
    expect(xml).toMatch(/<wp:docPr id="2"[^>]*descr="[^"]*多发问题/);
    // both under 一、总体情况, before 二、
    const first = xml.indexOf('<w:drawing>');
    expect(first).toBeGreaterThan(xml.indexOf('一、总体情况'));
    expect(xml.lastIndexOf('<w:drawing>')).toBeLessThan(xml.indexOf('二、抽样情况'));
    // no wider than the text width of the portrait page (156 mm = 5616000 EMU)
    for (const m of xml.matchAll(/<wp:extent cx="(\d+)"/g)) expect(Number(m[1])).toBeLessThanOrEqual(5616000);
  });

  it('names the report.xlsx sheet for the findings list when the workbook is written too; else prints it in the appendix', async () => {
    const text = async (formats: string[]) => {
      const d = (await fixtureReport(formats)).find((f) => f.format === 'docx')!;
      const xml = await (await JSZip.loadAsync(d.data as Uint8Array)).file('word/document.xml')!.async('string');
      return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
    };
    const withBook = await text(['docx', 'xlsx']);
    expect(withBook).toMatch(/逐项明细（\d+行）见 report\.xlsx《八、案卷评查明细-扣分及问题》工作表。/);
    expect(withBook).not.toContain('案卷评查明细（扣分及问题）');
    const alone = await text(['docx']);
    expect(alone).not.toContain('report.xlsx');
    expect(alone).toMatch(/附件\d+：案卷评查明细（扣分及问题）/);
    // the sheet named is one report.xlsx has
    const x = (await fixtureReport(['docx', 'xlsx'])).find((f) => f.format === 'xlsx')!;
    const book = await (await JSZip.loadAsync(x.data as Uint8Array)).file('xl/workbook.xml')!.async('string');
    expect(book).toContain('name="八、案卷评查明细-扣分及问题"');
  });
});

describe('reproducibility', () => {
  it('xlsx and docx are byte-identical for the same inputs and date, and every zip entry carries that date', async () => {
    const a = await fixtureReport(['xlsx', 'docx', 'html', 'md', 'json']);
    await new Promise((r) => setTimeout(r, 2100)); // zip times have 2-second resolution
    const b = await fixtureReport(['xlsx', 'docx', 'html', 'md', 'json']);
    for (let i = 0; i < a.length; i++) expect(Buffer.from(a[i]!.data).equals(Buffer.from(b[i]!.data)), a[i]!.name).toBe(true);
    for (const f of a.filter((x) => typeof x.data !== 'string')) {
      const zip = await JSZip.loadAsync(f.data as Uint8Array);
      for (const e of Object.values(zip.files)) expect(e.date.toISOString(), `${f.name} ${e.name}`).toBe('2025-07-01T00:00:00.000Z');
    }
  });
});
