/** Article citations: 《中华人民共和国安全生产法》第九十七条第一款第（三）项 → {law, article: 97, paragraph: 1, item: 3}. */
import { toHalfWidth } from './text.js';
import { parseChineseInt } from './chinese-numerals.js';

/** One cited provision. `law` is the title as written (without 《》), or the last law named before it. */
export interface ArticleRef {
  law?: string;
  article: number;
  paragraph?: number;
  item?: number;
  /** the citation text this reference was read from */
  raw: string;
}

const NUM = '[0-9零〇一二三四五六七八九十百千两]+';
// 第X条 [第X款] [第（X）项 | 第X项 | （X）]
const PROVISION = new RegExp(
  `第\\s*(${NUM})\\s*条(?:\\s*之(${NUM}))?(?:\\s*第\\s*(${NUM})\\s*款)?(?:\\s*(?:第\\s*[(（]?\\s*(${NUM})\\s*[)）]?\\s*项|[(（]\\s*(${NUM})\\s*[)）]))?`,
  'g',
);
const LAW = /《([^》]+)》/g;

function num(s: string | undefined): number | undefined {
  return s === undefined ? undefined : parseChineseInt(s.trim());
}

/**
 * Read every article reference in a text, in order. A provision inherits the nearest law title written before
 * it; 「第九十七条、第一百零一条」 gives two references to the same law. Provisions before any title get no law.
 */
export function parseArticleRefs(text: string): ArticleRef[] {
  const s = toHalfWidth(text);
  const laws = [...s.matchAll(LAW)].map((m) => ({ index: m.index ?? 0, title: m[1]!.trim() }));
  const out: ArticleRef[] = [];
  for (const m of s.matchAll(PROVISION)) {
    const at = m.index ?? 0;
    // a 第X条 inside a title (《…》) is part of the title, not a provision
    if (laws.some((l) => at > l.index && at < l.index + l.title.length + 2)) continue;
    const article = num(m[1]);
    // 第X条之一 articles are not numbered in the catalog; skip rather than misread them as 第X条
    if (article === undefined || article === 0 || m[2] !== undefined) continue;
    const law = [...laws].reverse().find((l) => l.index < at)?.title;
    // toHalfWidth keeps offsets (one UTF-16 unit for one), so raw is the text as written
    const ref: ArticleRef = { article, raw: text.slice(at, at + m[0].length) };
    if (law) ref.law = law;
    const paragraph = num(m[3]);
    const item = num(m[4] ?? m[5]);
    if (paragraph !== undefined) ref.paragraph = paragraph;
    if (item !== undefined) ref.item = item;
    out.push(ref);
  }
  return out;
}

/** 九十七 / 97 → 97: the number of a 第X条 heading. */
export function articleNumber(text: string): number | undefined {
  const m = /^第\s*([0-9零〇一二三四五六七八九十百千两]+)\s*条/.exec(toHalfWidth(text).trim());
  return m ? num(m[1]) : undefined;
}

/** Write a reference the way decisions do: 《安全生产法》第97条第1款第3项 (digits, for stable keys). */
export function formatArticleRef(ref: ArticleRef): string {
  return `${ref.law ? `《${ref.law}》` : ''}第${ref.article}条${ref.paragraph ? `第${ref.paragraph}款` : ''}${ref.item ? `第${ref.item}项` : ''}`;
}
