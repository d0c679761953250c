/**
 * Array helpers safe for any length. `a.push(...b)`, `Math.max(...b)` and `String.fromCharCode(...b)` pass every
 * element as a call argument and overflow the stack past ~120,000 elements ("Maximum call stack size exceeded"):
 * a 130,000-row export without case ids did exactly that. Use these instead wherever the length is not bounded.
 */

/** Append every element of `items` to `target` (in place); returns target. */
export function appendAll<T>(target: T[], items: readonly T[]): T[] {
  for (let i = 0; i < items.length; i++) target.push(items[i]!);
  return target;
}

/** The largest number (-Infinity for none), like Math.max(...values) without the argument limit. */
export function maxOf(values: readonly number[]): number {
  let m = -Infinity;
  for (let i = 0; i < values.length; i++) if (values[i]! > m || Number.isNaN(values[i]!)) m = values[i]!;
  return m;
}

/** The smallest number (Infinity for none), like Math.min(...values) without the argument limit. */
export function minOf(values: readonly number[]): number {
  let m = Infinity;
  for (let i = 0; i < values.length; i++) if (values[i]! < m || Number.isNaN(values[i]!)) m = values[i]!;
  return m;
}
