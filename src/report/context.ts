/** What every renderer receives: the analysis, its sections in one language, and the fixed report date. */
import type { Lang } from '../i18n.js';
import type { Analysis } from '../analyze/index.js';
import type { Section } from './sections.js';

export interface RenderContext {
  lang: Lang;
  title: string;
  analysis: Analysis;
  sections: Section[];
  /** the report date (SOURCE_DATE_EPOCH when set): document dates and zip timestamps use it */
  date: Date;
  /** 主送: to whom the official document is addressed */
  addressee?: string;
  /** 落款: the issuing unit */
  issuer?: string;
  /** the workbook written beside (report.xlsx): the printed report names its sheets for the longest tables */
  workbook?: string;
}

/** A report format: its file extension and how to render it. */
export interface Renderer {
  format: string;
  extension: string;
  render(ctx: RenderContext): Promise<string | Uint8Array>;
}

const CN_DIGITS = '零一二三四五六七八九';

/** 1 → 一, 12 → 十二: section numbers in Chinese documents (1–99). */
export function cnNumber(n: number): string {
  if (n < 10) return CN_DIGITS[n]!;
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : CN_DIGITS[tens]}十${ones ? CN_DIGITS[ones] : ''}`;
}

/** A section heading: 一、总体情况 (zh) or 1. Summary (en). */
export function sectionHeading(index: number, title: string, lang: Lang): string {
  return lang === 'en' ? `${index + 1}. ${title}` : `${cnNumber(index + 1)}、${title}`;
}
