/** The one way caseaudit writes a Markdown table: as many separator cells as header cells, every row as wide. */

/** Escape a cell so case text cannot break the table or inject markup. */
export function mdEscape(value: string | number): string {
  return String(value)
    .replace(/\r?\n|\r/g, ' ')
    .replace(/[\\|`*_[\]<>#~!]/g, (c) => `\\${c}`);
}

/**
 * A GitHub-flavoured Markdown table: header, separator (numeric columns right-aligned) and rows, each
 * padded or cut to the header's width; cells escaped. Returns the lines (no trailing blank line).
 */
export function mdTable(columns: string[], rows: (string | number)[][], numeric: boolean[] = []): string[] {
  const n = columns.length;
  const fit = (r: (string | number)[]) => Array.from({ length: n }, (_, i) => mdEscape(r[i] ?? ''));
  return [
    `| ${fit(columns).join(' | ')} |`,
    `|${columns.map((_, i) => (numeric[i] ? ' ---: ' : ' --- ')).join('|')}|`,
    ...rows.map((r) => `| ${fit(r).join(' | ')} |`),
  ];
}
