/** Deterministic helpers every part may use: rounding for output, code-point text order. */

/** Round to `digits` decimals, stable for report output (no -0). */
export function round(value: number, digits = 2): number {
  const f = 10 ** digits;
  const r = Math.round(value * f) / f;
  return Object.is(r, -0) ? 0 : r;
}

/** Code-point order: the same on every machine and ICU version, unlike localeCompare. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
