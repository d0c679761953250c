/** Small deterministic statistics helpers: mean, median, MAD, shares (rounding and text order: util/stats.ts). */
import { compareText, round } from '../util/stats.js';

export { compareText, round } from '../util/stats.js';

/** Arithmetic mean, or undefined for an empty list. */
export function mean(values: number[]): number | undefined {
  if (!values.length) return undefined;
  return values.reduce((a, b) => a + b, 0) / values.length;
}

/**
 * A file whose grade is final: not 待定. A 待定 file's score is the best it can still get (manual items pending, reviewers disagreeing),
 * so it never enters a mean score shown to a user.
 */
export function isFinal(f: { grade: string; final?: boolean }): boolean {
  return f.grade !== 'provisional' && f.final !== false;
}

/** The mean score of the final files, to 2 decimals; null when no file is final. */
export function finalMean(files: { grade: string; final?: boolean; score: number }[]): number | null {
  const m = mean(files.filter(isFinal).map((f) => f.score));
  return m === undefined ? null : round(m);
}

/** Median (average of the two middle values for an even count), or undefined for an empty list. */
export function median(values: number[]): number | undefined {
  if (!values.length) return undefined;
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** Median absolute deviation from the median (unscaled). */
export function mad(values: number[]): number | undefined {
  const m = median(values);
  if (m === undefined) return undefined;
  return median(values.map((v) => Math.abs(v - m)));
}

/** A share 0..1 rounded to 4 decimals (0 when the denominator is 0). */
export function share(part: number, whole: number): number {
  return whole ? round(part / whole, 4) : 0;
}

/** Group items by a key, keys sorted in code-point order. */
export function groupBy<T>(items: T[], key: (item: T) => string): [string, T[]][] {
  const map = new Map<string, T[]>();
  for (const it of items) {
    const k = key(it);
    const list = map.get(k);
    if (list) list.push(it);
    else map.set(k, [it]);
  }
  return [...map.entries()].sort((a, b) => compareText(a[0], b[0]));
}
