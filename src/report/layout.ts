/** The printed layout shared by the HTML and DOCX reports: which tables go to the appendix, and its titles. */
import type { Lang } from '../i18n.js';
import type { Section, Table } from './sections.js';

/** A table in the appendix, titled in full (the section it belongs to and its own title). */
export interface AppendixTable extends Table {
  fullTitle: string;
}

/** A body table: either printed in place, or a pointer to its appendix number (1-based). */
export type BodyTable = Table & { appendixRef?: number };

/**
 * Split the sections into the body (appendix tables replaced by a pointer "明细表见附件N") and the appendix:
 * the long tables in report order, then the input hashes.
 */
export function appendixTables(sections: Section[], hashes: Table): { body: (Omit<Section, 'tables'> & { tables: BodyTable[] })[]; appendix: AppendixTable[] } {
  const appendix: AppendixTable[] = [];
  const body = sections.map((sec) => ({
    ...sec,
    tables: sec.tables.map((t): BodyTable => {
      if (!t.appendix || !t.rows.length) return t;
      appendix.push({ ...t, fullTitle: t.title === sec.title ? t.title : `${sec.title}（${t.title}）` });
      return { ...t, appendixRef: appendix.length };
    }),
  }));
  appendix.push({ ...hashes, fullTitle: hashes.title });
  return { body, appendix };
}

/** 附件1：案卷得分 / Appendix 1: Scores */
export function appendixTitle(index: number, t: AppendixTable | Table, lang: Lang): string {
  const title = 'fullTitle' in t ? t.fullTitle : t.title;
  return lang === 'en' ? `Appendix ${index + 1}: ${title}` : `附件${index + 1}：${title}`;
}
