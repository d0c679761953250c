/** The bundled guideline 赣应急字〔2020〕168号 (templates/laws): its sections by part and item, for checking quoted bases. */
import { readFileSync } from 'node:fs';
import { templatePath } from '../util/paths.js';

export const GUIDELINE = '赣应急字〔2020〕168号';
const PARTS = '一二三四五六七八九十';

let cached: string | undefined;
/** The guideline's text as published. */
export function guidelineText(): string {
  return (cached ??= readFileSync(templatePath('laws', 'guideline-ganyingji-2020-168.txt'), 'utf8'));
}

/**
 * The text of one item, e.g. part 三, item 七 → the paragraph "(七)规范执法模式。…". Undefined when the part has no
 * such item. Items are numbered through the whole text ((十五) is in part 六), so the part is checked too.
 */
export function guidelineItem(part: string, item: string): string | undefined {
  const lines = guidelineText().split(/\r?\n/);
  let current = '';
  for (const line of lines) {
    const head = new RegExp(`^([${PARTS}]+)、`).exec(line);
    if (head) current = head[1]!;
    else if (current === part && line.replace(/（/g, '(').replace(/）/g, ')').startsWith(`(${item})`)) return line;
  }
  return undefined;
}

/** Guideline citations in a basis text: 第三部分第（七）项 (or §三(七)) …「quoted words」…, each with its quotes (up to the next citation). */
export function guidelineCitations(basis: string): { part: string; item: string; quotes: string[] }[] {
  const out: { part: string; item: string; quotes: string[] }[] = [];
  // 第三部分第（七）项, or the short form §三(七)
  const re = new RegExp(`第([${PARTS}]+)部分第[（(]([${PARTS}]+)[）)]项|§([${PARTS}]+)[（(]([${PARTS}]+)[）)]`, 'g');
  const hits = [...basis.matchAll(re)];
  hits.forEach((m, i) => {
    const tail = basis.slice(m.index! + m[0].length, hits[i + 1]?.index ?? basis.length);
    out.push({ part: (m[1] ?? m[3])!, item: (m[2] ?? m[4])!, quotes: [...tail.matchAll(/「([^」]+)」/g)].map((q) => q[1]!) });
  });
  return out;
}
