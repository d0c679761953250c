/**
 * A plain text table for the terminal, linear in its rows (cli-table3 lays a table out in quadratic time: a
 * 60,000-row score table took minutes). Columns are as wide as their widest cell in terminal cells (CJK and
 * full-width characters count two); numbers are right-aligned.
 */

/** Terminal cells a character takes: 2 for East Asian wide and full-width characters, 0 for combining marks. */
function charWidth(cp: number): number {
  if (cp < 0x300) return 1;
  if ((cp >= 0x300 && cp <= 0x36f) || (cp >= 0x200b && cp <= 0x200f) || (cp >= 0xfe00 && cp <= 0xfe0f)) return 0;
  if (
    (cp >= 0x1100 && cp <= 0x115f) ||
    (cp >= 0x2e80 && cp <= 0x303e) ||
    (cp >= 0x3040 && cp <= 0xa4cf) ||
    (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    (cp >= 0x1f300 && cp <= 0x1faff) ||
    (cp >= 0x20000 && cp <= 0x3fffd)
  )
    return 2;
  return 1;
}

/** The width of a string in terminal cells. */
export function displayWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += charWidth(ch.codePointAt(0)!);
  return w;
}

export interface TextTableOptions {
  /** ANSI colours for the header and the borders */
  color?: boolean;
}

const GREY = (s: string) => `\u001b[90m${s}\u001b[39m`;
const CYAN = (s: string) => `\u001b[36m${s}\u001b[39m`;

/** Render a table with box-drawing borders; one line per row. */
export function textTable(head: string[], rows: (string | number)[][], opts: TextTableOptions = {}): string {
  const n = head.length;
  const text = rows.map((r) => Array.from({ length: n }, (_, i) => String(r[i] ?? '').replace(/\r?\n/g, ' ')));
  const numeric = head.map((_, i) => rows.length > 0 && rows.every((r) => typeof r[i] === 'number' || r[i] === '' || r[i] === undefined));
  const cellWidths = text.map((r) => r.map(displayWidth));
  const widths = head.map((h, i) => {
    let w = displayWidth(h);
    for (const r of cellWidths) w = Math.max(w, r[i]!);
    return w;
  });
  const b = opts.color ? GREY : (s: string) => s;
  const h = opts.color ? CYAN : (s: string) => s;
  const pad = (s: string, i: number, right: boolean, w = displayWidth(s)) => {
    const fill = ' '.repeat(widths[i]! - w);
    return right ? fill + s : s + fill;
  };
  const rule = (l: string, m: string, r: string) => b(l + widths.map((w) => '─'.repeat(w + 2)).join(m) + r);
  const line = (cells: string[], style: (s: string) => string, right: boolean[], w?: number[]) => b('│') + cells.map((c, i) => ` ${style(pad(c, i, right[i]!, w?.[i]))} `).join(b('│')) + b('│');
  const out: string[] = [rule('┌', '┬', '┐'), line(head, h, head.map(() => false)), rule('├', '┼', '┤')];
  text.forEach((r, j) => out.push(line(r, (s) => s, numeric, cellWidths[j])));
  out.push(rule('└', '┴', '┘'));
  return out.join('\n');
}
