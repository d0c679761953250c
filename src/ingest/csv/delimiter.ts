/** The field delimiter of a CSV/text export: comma, tab (Excel "Unicode text"), semicolon (European Excel) or pipe. */

export type Delimiter = ',' | '\t' | ';' | '|';
const CANDIDATES: Delimiter[] = [',', '\t', ';', '|'];
/** Logical lines (newlines inside quotes do not end one) looked at. */
const SAMPLE_LINES = 50;

/**
 * The candidate that splits the most sample lines into the same number of fields (ties: more fields, then the
 * order above). Quotes are honoured, so a comma inside "…" does not count. A single-column file gets a comma.
 */
export function detectDelimiter(text: string): Delimiter {
  const counts = new Map<Delimiter, number[]>(CANDIDATES.map((d) => [d, []]));
  let inQuotes = false;
  let line = new Map<Delimiter, number>();
  let lines = 0;
  let any = false;
  const endLine = () => {
    if (any) {
      for (const d of CANDIDATES) counts.get(d)!.push(line.get(d) ?? 0);
      lines++;
    }
    line = new Map();
    any = false;
  };
  for (let i = 0; i < text.length && lines < SAMPLE_LINES; i++) {
    const ch = text[i]!;
    if (ch === '"') inQuotes = !inQuotes;
    else if (!inQuotes && (ch === '\n' || ch === '\r')) endLine();
    else if (!inQuotes && CANDIDATES.includes(ch as Delimiter)) {
      line.set(ch as Delimiter, (line.get(ch as Delimiter) ?? 0) + 1);
      any = true;
    } else if (ch.trim()) any = true;
  }
  if (lines < SAMPLE_LINES) endLine();
  let best: { d: Delimiter; agree: number; fields: number } = { d: ',', agree: 0, fields: 0 };
  for (const d of CANDIDATES) {
    const freq = new Map<number, number>();
    for (const n of counts.get(d)!) if (n > 0) freq.set(n, (freq.get(n) ?? 0) + 1);
    for (const [n, agree] of freq) {
      if (agree > best.agree || (agree === best.agree && n > best.fields)) best = { d, agree, fields: n };
    }
  }
  return best.d;
}
