/** exceljs cell values → plain values (text, number, boolean, Date), and the text shown for header detection. */

export type Plain = string | number | boolean | Date | undefined;

/** A cell as a plain value; `error` is set when the cell holds no readable value (#N/A, a formula without a result). */
export function plainValue(v: unknown): { value: Plain; error?: string } {
  if (v === null || v === undefined) return { value: undefined };
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || v instanceof Date) return { value: v };
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if (Array.isArray(o.richText)) return { value: (o.richText as { text?: string }[]).map((r) => r.text ?? '').join('') };
    if ('error' in o) return { value: undefined, error: String(o.error) };
    if ('formula' in o || 'sharedFormula' in o) {
      if (o.result === undefined || o.result === null) return { value: undefined, error: `=${String(o.formula ?? o.sharedFormula)}` };
      return plainValue(o.result);
    }
    if ('text' in o) return plainValue(o.text);
  }
  return { value: undefined, error: String(v) };
}

/** The text of a cell for header matching and messages. */
export function cellText(v: Plain): string {
  if (v === undefined) return '';
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? '' : v.toISOString().slice(0, 10);
  return String(v).trim();
}
