/** Seeded random helpers for the sample generator (seedrandom ARC4, ASCII seed only). */
import seedrandom from 'seedrandom';

/** A seeded generator with the small helpers the sample builders need. */
export function makeRng(seed) {
  const r = seedrandom(seed);
  const rng = {
    next: () => r(),
    /** integer in [lo, hi] */
    int: (lo, hi) => lo + Math.floor(r() * (hi - lo + 1)),
    pick: (arr) => arr[Math.floor(r() * arr.length)],
    chance: (p) => r() < p,
    /** k distinct elements, in random order */
    sample: (arr, k) => rng.shuffle(arr).slice(0, k),
    shuffle: (arr) => {
      const a = [...arr];
      for (let i = a.length - 1; i > 0; i--) {
        const j = Math.floor(r() * (i + 1));
        [a[i], a[j]] = [a[j], a[i]];
      }
      return a;
    },
    /** pick by weights: [[value, weight], …] */
    weighted: (pairs) => {
      const total = pairs.reduce((s, [, w]) => s + w, 0);
      let x = r() * total;
      for (const [v, w] of pairs) {
        x -= w;
        if (x < 0) return v;
      }
      return pairs[pairs.length - 1][0];
    },
  };
  return rng;
}
