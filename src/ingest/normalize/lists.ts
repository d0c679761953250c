/** Split a cell that holds a list (officers, articles, items) on 、，,;；/newlines, never inside brackets. */
import { isBlank } from './text.js';

const OPEN = '（(【[《〔<「『{';
const CLOSE = '）)】]》〕>」』}';
const SEPARATORS = new Set(['、', '，', ',', ';', '；', '\n', '\r']);

/** `特殊作业（动火、受限空间）管理、重大危险源` → [`特殊作业（动火、受限空间）管理`, `重大危险源`]. */
export function splitList(value: unknown): string[] {
  if (isBlank(value)) return [];
  const s = String(value);
  const out: string[] = [];
  let depth = 0;
  let cur = '';
  for (const ch of s) {
    if (OPEN.includes(ch)) depth++;
    else if (CLOSE.includes(ch) && depth > 0) depth--;
    if (depth === 0 && SEPARATORS.has(ch)) {
      if (cur.trim()) out.push(cur.trim());
      cur = '';
    } else cur += ch;
  }
  if (cur.trim()) out.push(cur.trim());
  return out.filter((x) => !isBlank(x));
}
