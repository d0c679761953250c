/**
 * The printed layout shared by the HTML and DOCX reports: which tables go to the appendix, which only to the
 * workbook beside the report (named by its sheet), and the appendix titles; the workbook's sheet names.
 */
import type { Lang } from '../i18n.js';
import { sheetName } from '../util/xml-text.js';
import { sectionHeading } from './context.js';
import { s } from './locale.js';
import type { Section, Table } from './sections.js';

/** A table in the appendix, titled in full (the section it belongs to and its own title). */
export interface AppendixTable extends Table {
  fullTitle: string;
}

/** A body table: printed in place, a pointer to its appendix number (1-based), or to a sheet of the workbook. */
export type BodyTable = Table & { appendixRef?: number; sheetRef?: string };

/** The sheet names of report.xlsx: the cover, then one per table in report order (unique, Excel-legal). */
export function reportSheetNames(sections: Section[], lang: Lang): { cover: string; tables: string[][] } {
  const used = new Set<string>();
  const cover = sheetName(s('cover', lang), used);
  const tables = sections.map((sec, i) =>
    sec.tables.map((t) => {
      const title = t.title === sec.title ? sec.title : `${sec.title}-${t.title}`;
      return sheetName(lang === 'en' ? title : `${sectionHeading(i, '', lang)}${title}`, used);
    }),
  );
  return { cover, tables };
}

/**
 * Split the sections into the body (appendix tables replaced by a pointer "明细表见附件N", workbook tables by
 * "逐项明细见 report.xlsx《…》工作表" when `workbook` names the workbook written beside) and the appendix:
 * the long tables in report order, then the input hashes. Without a workbook nothing leaves the appendix.
 */
export function appendixTables(
  sections: Section[],
  hashes: Table,
  opts: { workbook?: string; lang?: Lang } = {},
): { body: (Omit<Section, 'tables'> & { tables: BodyTable[] })[]; appendix: AppendixTable[] } {
  const appendix: AppendixTable[] = [];
  const sheets = opts.workbook ? reportSheetNames(sections, opts.lang ?? 'zh').tables : [];
  const body = sections.map((sec, i) => ({
    ...sec,
    tables: sec.tables.map((t, j): BodyTable => {
      if (t.workbook && opts.workbook && t.rows.length) return { ...t, sheetRef: sheets[i]![j]! };
      if (!t.appendix || !t.rows.length) return t;
      appendix.push({ ...t, fullTitle: t.title === sec.title ? t.title : `${sec.title}（${t.title}）` });
      return { ...t, appendixRef: appendix.length };
    }),
  }));
  appendix.push({ ...hashes, fullTitle: hashes.title });
  return { body, appendix };
}

/** The sentence that stands for a table in the body: 明细表见附件N。 or 逐项明细见 report.xlsx《…》工作表（N 行）。 */
export function tableNote(t: BodyTable, lang: Lang, workbook?: string): string | undefined {
  if (t.appendixRef !== undefined) return s('appendixNote', lang, { n: t.appendixRef });
  if (t.sheetRef !== undefined) return s('workbookNote', lang, { file: workbook ?? 'report.xlsx', sheet: t.sheetRef, n: t.rows.length });
  return undefined;
}

/** Column widths in characters from the content: the longest of the header and the first 200 cells, 4 to 24. */
export function contentWidths(columns: string[], rows: readonly (readonly unknown[])[]): number[] {
  return columns.map((c, i) => Math.min(24, Math.max(4, [...c].length, ...rows.slice(0, 200).map((r) => [...String(r[i] ?? '')].length))));
}

/** 附件1：案卷得分 / Appendix 1: Scores */
export function appendixTitle(index: number, t: AppendixTable | Table, lang: Lang): string {
  const title = 'fullTitle' in t ? t.fullTitle : t.title;
  return lang === 'en' ? `Appendix ${index + 1}: ${title}` : `附件${index + 1}：${title}`;
}
