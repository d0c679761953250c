/** The reporter registry: format name → renderer. Adding a format is one file and one line here. */
import { UsageError } from '../errors.js';
import { tr } from '../i18n.js';
import type { Renderer } from './context.js';
import { jsonRenderer } from './json.js';
import { markdownRenderer } from './md.js';
import { htmlRenderer } from './html.js';
import { xlsxRenderer } from './xlsx.js';
import { docxRenderer } from './docx.js';

export const RENDERERS: Record<string, Renderer> = {
  html: htmlRenderer,
  md: markdownRenderer,
  xlsx: xlsxRenderer,
  docx: docxRenderer,
  json: jsonRenderer,
};

export const FORMATS = Object.keys(RENDERERS);

/** Parse "html,md" (or a list) into known formats, in the order given, without duplicates. */
export function parseFormats(value: string | string[]): string[] {
  const list = (Array.isArray(value) ? value : [value]).flatMap((v) => v.split(',')).map((f) => f.trim().toLowerCase()).filter(Boolean);
  const unknown = list.filter((f) => !RENDERERS[f]);
  if (unknown.length || !list.length) {
    throw new UsageError(tr(`未知的报告格式：${unknown.join('、') || '（空）'}`, `unknown report format: ${unknown.join(', ') || '(empty)'}`), {
      hint: tr(`可用格式：${FORMATS.join(', ')}`, `available formats: ${FORMATS.join(', ')}`),
    });
  }
  return [...new Set(list)];
}
