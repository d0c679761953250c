/**
 * Chance-corrected agreement between reviewers: Cohen's kappa (two raters, the same two on every subject) and
 * Fleiss' kappa (a constant number of raters per subject, who may differ from subject to subject).
 * Formulas and worked examples: docs/review.md §4.
 */

/** Cohen (1960): κ = (p_o − p_e) / (1 − p_e), p_e from each rater's own marginals. null when p_e = 1 (one category only). */
export function cohenKappa(pairs: readonly (readonly [string, string])[]): number | null {
  const n = pairs.length;
  if (!n) return null;
  const a = new Map<string, number>();
  const b = new Map<string, number>();
  let agree = 0;
  for (const [x, y] of pairs) {
    if (x === y) agree++;
    a.set(x, (a.get(x) ?? 0) + 1);
    b.set(y, (b.get(y) ?? 0) + 1);
  }
  const po = agree / n;
  let pe = 0;
  for (const [k, na] of a) pe += (na / n) * ((b.get(k) ?? 0) / n);
  return pe >= 1 ? null : (po - pe) / (1 - pe);
}

/**
 * Fleiss (1971): rows are subjects, columns categories, each cell the number of raters who chose that category;
 * every row sums to the same n ≥ 2. P_i = (Σ_j n_ij² − n) / (n(n − 1)), P̄ = mean P_i, p_j = Σ_i n_ij / (N n),
 * P̄_e = Σ_j p_j², κ = (P̄ − P̄_e) / (1 − P̄_e). null when P̄_e = 1 (one category only) or no subjects.
 */
export function fleissKappa(table: readonly (readonly number[])[]): number | null {
  const N = table.length;
  if (!N) return null;
  const n = table[0]!.reduce((s, x) => s + x, 0);
  if (n < 2) throw new Error('Fleiss kappa needs at least two ratings per subject');
  const k = table[0]!.length;
  const colTotals = new Array<number>(k).fill(0);
  let sumP = 0;
  for (const row of table) {
    if (row.length !== k || row.reduce((s, x) => s + x, 0) !== n) throw new Error('Fleiss kappa needs the same number of ratings and categories in every row');
    let sq = 0;
    row.forEach((x, j) => {
      sq += x * x;
      colTotals[j]! += x;
    });
    sumP += (sq - n) / (n * (n - 1));
  }
  const pBar = sumP / N;
  const pe = colTotals.reduce((s, t) => s + (t / (N * n)) ** 2, 0);
  return pe >= 1 ? null : (pBar - pe) / (1 - pe);
}
