/** Helpers shared by the rules: "cannot check" outcomes, field presence, document lookup. */
import type { CaseFile } from '../model/types.js';
import { isBlank } from '../ingest/normalize/text.js';
import { notChecked, type NotChecked } from '../model/rule.js';

export { notChecked };

const NEEDS_OCR = notChecked('扫描件尚未识别文字（needs-ocr），无法自动核查', 'scanned file not yet read (needs-ocr); cannot be checked automatically');

/** Not checked when the file is an unread scan, the source does not state one of `fields` (notStated), or one was read with low confidence (uncertainFields). */
export function unreadable(c: CaseFile, fields: string[]): NotChecked | undefined {
  if (c.status === 'needs-ocr') return NEEDS_OCR;
  // a field the source has no place for: unknown, not missing (a rule needing all `dates` still checks the others)
  const unstated = (c.notStated ?? []).filter((u) => fields.some((f) => f === u || f.startsWith(`${u}.`)));
  if (unstated.length) return notChecked(`来源材料未载明：${unstated.join('、')}`, `not stated by the source: ${unstated.join(', ')}`);
  if (!c.uncertainFields || c.uncertainFields.length === 0) return undefined;
  const unsure = (c.uncertainFields ?? []).filter((u) => fields.some((f) => u === f || u.startsWith(`${f}.`) || f.startsWith(`${u}.`)));
  if (unsure.length) return notChecked(`字段识别不确定：${unsure.join('、')}`, `field read with low confidence: ${unsure.join(', ')}`);
  return undefined;
}

/** True when a text field holds something (not blank or a placeholder). */
export function present(value: string | undefined): value is string {
  return value !== undefined && !isBlank(value) && value.trim() !== '';
}

/** Does the file list a document or evidence item matching the pattern? */
export function hasDocument(c: CaseFile, pattern: RegExp): boolean {
  return (c.documents ?? []).some((d) => pattern.test(d.title)) || (c.evidence ?? []).some((e) => pattern.test(e));
}

/** The date of the first listed document matching the pattern that carries one (a document list with dates, as JSON exports give). */
export function documentDate(c: CaseFile, pattern: RegExp): string | undefined {
  return (c.documents ?? []).find((d) => d.date && pattern.test(d.title))?.date;
}

/** Distinct officer names (an officer listed twice counts once). */
export function distinctOfficers(c: CaseFile): string[] {
  return [...new Set((c.officers ?? []).map((o) => o.name.replace(/\s+/g, '')).filter((n) => n))];
}

/** The date officers last acted on the file: decision, else notice, else filing. */
export function actionDate(c: CaseFile): string | undefined {
  return c.dates?.decided ?? c.dates?.notified ?? c.dates?.filed;
}
