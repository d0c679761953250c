/** What the analysis borrows from the scoring stage: the working-day calendar and the law catalog's fine ranges. */
import type { AnalysisOptions } from '../analyze/index.js';
import type { FineRange } from '../analyze/consistency.js';
import { isWorkingDay, loadCalendar } from '../checklist/calendar.js';
import { findLaw, finesFor, lawKey, loadLawCatalog } from '../checklist/law-catalog.js';
import { parseArticleRefs } from '../ingest/normalize/articles.js';
import { loadChecklists } from '../checklist/checklist.js';
import { getRule } from '../checklist/rules/index.js';
import type { LocalText } from '../i18n.js';

/** Working days after `from` up to and including `to` (行政处罚法 第八十五条), or undefined past the calendar. */
export function workingDaysBetween(from: string, to: string): number | undefined {
  const cal = loadCalendar();
  if (to <= from) return 0;
  let n = 0;
  const d = new Date(`${from}T00:00:00Z`);
  const end = `${to}`;
  for (;;) {
    d.setUTCDate(d.getUTCDate() + 1);
    const iso = d.toISOString().slice(0, 10);
    const w = isWorkingDay(cal, iso);
    if (w === undefined) return undefined;
    if (w) n++;
    if (iso >= end) return n;
  }
}

/** A cited provision as a grouping key: 《安全生产法》第97条第1款; the raw text when it cannot be parsed. */
export function articleKey(text: string): string {
  const ref = parseArticleRefs(text)[0];
  if (!ref) return text.replace(/\s+/g, '');
  const law = ref.law ? `《${lawKey(ref.law)}》` : '';
  return `${law}第${ref.article}条${ref.paragraph ? `第${ref.paragraph}款` : ''}${ref.item ? `第${ref.item}项` : ''}`;
}

/** The statutory fine range of a provision from the law catalog (all fixed-amount branches together). */
export function fineRangeOf(key: string): FineRange | undefined {
  const ref = parseArticleRefs(key)[0];
  const catalog = loadLawCatalog();
  const law = ref?.law ? findLaw(catalog, ref.law) : undefined;
  if (!ref || !law) return undefined;
  const entries = finesFor(catalog, law, ref);
  const fixed = entries?.filter((e) => e.max !== undefined) ?? [];
  if (!entries?.length || !fixed.length) return undefined;
  const relative = entries.some((e) => e.relative);
  const range: FineRange = { min: Math.min(...fixed.map((e) => e.min ?? 0)), text: [...new Set(entries.map((e) => e.text))].join('；') };
  if (!relative) range.max = Math.max(...fixed.map((e) => e.max!));
  return range;
}

/** Checklist item titles by item and rule id, from the checklists in use (bundled when none given). */
export function ruleTitles(checklists: string[] = []): (ruleId: string) => LocalText | undefined {
  const titles = new Map<string, LocalText>();
  for (const cl of loadChecklists(checklists).values()) {
    for (const item of cl.items) {
      if (!titles.has(item.id)) titles.set(item.id, item.title);
      if (item.rule && item.rule !== 'manual' && !titles.has(item.rule)) titles.set(item.rule, item.title);
    }
  }
  // a rule no checklist item names (a custom checklist): its own description, so reports never show the id
  return (id) => titles.get(id) ?? getRule(id)?.meta.description;
}

/** Calendar, fine-range and checklist-title lookups for the analysis. */
export function analysisHooks(checklists: string[] = []): Pick<AnalysisOptions, 'workingDays' | 'rangeOf' | 'articleKey' | 'ruleTitle'> {
  return { workingDays: workingDaysBetween, rangeOf: fineRangeOf, articleKey, ruleTitle: ruleTitles(checklists) };
}
