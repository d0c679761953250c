/** Split a cell that holds a list (officers, articles, items) on 、，,;；/newlines, never inside brackets. */
import { isBlank } from './text.js';

const OPEN = '（(【[《〔<「『{';
const CLOSE = '）)】]》〕>」』}';
const SEPARATORS = new Set(['、', '，', ',', ';', '；', '\n', '\r']);
const SEPARATOR_RE = /[、，,;；\n\r]/;
const SEPARATOR_SPLIT = /[、，,;；\n\r]/;
const BRACKET_RE = /[（(【\[《〔<「『{）)】\]》〕>」』}]/;

/** Positions inside a matched bracket pair; an unclosed or stray bracket protects nothing. */
function protectedPositions(chars: string[]): boolean[] {
  const inside = new Array<boolean>(chars.length).fill(false);
  const stack: number[] = [];
  chars.forEach((ch, i) => {
    if (OPEN.includes(ch)) stack.push(i);
    else if (CLOSE.includes(ch) && stack.length) {
      const open = stack.pop()!;
      if (stack.length === 0) for (let k = open; k <= i; k++) inside[k] = true;
    }
  });
  return inside;
}

/** `特殊作业（动火、受限空间）管理、重大危险源` → [`特殊作业（动火、受限空间）管理`, `重大危险源`]. */
export function splitList(value: unknown): string[] {
  if (isBlank(value)) return [];
  const text = String(value);
  // fast paths (millions of cells): no separator at all, or separators but no brackets
  if (!SEPARATOR_RE.test(text)) return [text.trim()];
  if (!BRACKET_RE.test(text)) return text.split(SEPARATOR_SPLIT).map((x) => x.trim()).filter((x) => x && !isBlank(x));
  const chars = [...text];
  const inside = protectedPositions(chars);
  const out: string[] = [];
  let cur = '';
  chars.forEach((ch, i) => {
    if (!inside[i] && SEPARATORS.has(ch)) {
      if (cur.trim()) out.push(cur.trim());
      cur = '';
    } else cur += ch;
  });
  if (cur.trim()) out.push(cur.trim());
  return out.filter((x) => !isBlank(x));
}
