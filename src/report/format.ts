/** Reader-facing wording of machine values: periods, dates, rates, strata, presets, paths and evidence. */
import type { Lang, LocalText } from '../i18n.js';
import { officialDate } from './locale.js';
import { readTemplateJson } from '../util/paths.js';
export { displayName, recordLabel } from '../util/display-path.js';

/** 2025H1 → 2025年上半年 (en: first half of 2025); 2025 → 2025年度; anything else as written. */
export function periodLabel(id: string, lang: Lang): string {
  const m = /^(\d{4})(?:[Hh]([12]))?$/.exec(id.trim());
  if (!m) return id;
  if (!m[2]) return lang === 'en' ? `year ${m[1]}` : `${m[1]}年度`;
  if (lang === 'en') return `${m[2] === '1' ? 'first' : 'second'} half of ${m[1]}`;
  return `${m[1]}年${m[2] === '1' ? '上' : '下'}半年`;
}

/** "0.3", "30%", 0.3 → "30%"; anything unreadable as written. */
export function rateLabel(rate: string | number): string {
  const text = String(rate).trim();
  if (/^\d+(\.\d+)?%$/.test(text)) return text;
  const n = Number(text);
  if (!Number.isFinite(n)) return text;
  return `${Math.round(n * 10000) / 100}%`;
}

/** An ISO date or timestamp as a reader writes it: 2025年7月1日 / 1 July 2025; other text unchanged. */
export function dateLabel(value: string, lang: Lang): string {
  return /^\d{4}-\d{2}-\d{2}/.test(value) ? officialDate(value, lang) : value;
}

const STRATA: Record<string, LocalText> = {
  unit: { zh: '按执法单位分层', en: 'by enforcement unit' },
  level: { zh: '按行政层级分层', en: 'by administrative level' },
  city: { zh: '按设区市分层', en: 'by city' },
  type: { zh: '按案件类型分层', en: 'by case type' },
  none: { zh: '不分层', en: 'not stratified' },
};

/** The strata rule in words. */
export function strataLabel(rule: string, lang: Lang): string {
  return STRATA[rule]?.[lang] ?? rule;
}

/** A bundled preset's title (半年度执法案件抽查（不少于 30%）), else the id as written. */
export function presetLabel(id: string, lang: Lang): string {
  if (!/^[a-z0-9-]+$/.test(id)) return id;
  try {
    return readTemplateJson<{ title?: LocalText }>('presets', `${id}.json`).title?.[lang] ?? id;
  } catch {
    return id;
  }
}

const ALGORITHMS: Record<string, LocalText> = {
  'caseaudit-ticket-v1': { zh: '随机种子签号排序抽样（caseaudit 第 1 版）', en: 'seeded ticket order (caseaudit v1)' },
};

/** The sampling algorithm in words. */
export function algorithmLabel(id: string, lang: Lang): string {
  return ALGORITHMS[id]?.[lang] ?? id;
}

/** ISO dates inside a sentence written as a reader writes them (决定 2025-06-24 后 → 决定 2025年6月24日 后). */
export function datesInText(text: string, lang: Lang): string {
  return text.replace(/\b(\d{4}-\d{2}-\d{2})(T[\d:.]+Z?)?\b/g, (_, d: string) => officialDate(d, lang));
}
