/**
 * Bipartite assignment with load bounds as a flow with lower bounds (Dinic's algorithm): every file gets exactly
 * `perFile` reviewers from its eligible list, every reviewer between `lo` and `hi` files. Edges are explored in
 * the order given, so the result is deterministic for a deterministic input order.
 */

interface Edge {
  to: number;
  cap: number;
  rev: number;
}

class Dinic {
  readonly g: Edge[][];
  private level: Int32Array;
  private it: Int32Array;
  constructor(readonly n: number) {
    this.g = Array.from({ length: n }, () => []);
    this.level = new Int32Array(n);
    this.it = new Int32Array(n);
  }
  add(u: number, v: number, cap: number): [number, number] {
    this.g[u]!.push({ to: v, cap, rev: this.g[v]!.length });
    this.g[v]!.push({ to: u, cap: 0, rev: this.g[u]!.length - 1 });
    return [u, this.g[u]!.length - 1];
  }
  private bfs(s: number, t: number): boolean {
    this.level.fill(-1);
    this.level[s] = 0;
    const q = [s];
    for (let h = 0; h < q.length; h++) {
      const u = q[h]!;
      for (const e of this.g[u]!) {
        if (e.cap > 0 && this.level[e.to]! < 0) {
          this.level[e.to] = this.level[u]! + 1;
          q.push(e.to);
        }
      }
    }
    return this.level[t]! >= 0;
  }
  private dfs(u: number, t: number, f: number): number {
    if (u === t) return f;
    const edges = this.g[u]!;
    for (; this.it[u]! < edges.length; this.it[u]!++) {
      const e = edges[this.it[u]!]!;
      if (e.cap > 0 && this.level[e.to] === this.level[u]! + 1) {
        const d = this.dfs(e.to, t, Math.min(f, e.cap));
        if (d > 0) {
          e.cap -= d;
          this.g[e.to]![e.rev]!.cap += d;
          return d;
        }
      }
    }
    return 0;
  }
  maxFlow(s: number, t: number): number {
    let flow = 0;
    while (this.bfs(s, t)) {
      this.it.fill(0);
      for (let f = this.dfs(s, t, Infinity); f > 0; f = this.dfs(s, t, Infinity)) flow += f;
    }
    return flow;
  }
}

export interface FlowProblem {
  /** per file, the eligible reviewers (indices) in the order to try them */
  eligible: number[][];
  reviewers: number;
  perFile: number;
  lo: number[];
  hi: number[];
}

/** Per file the chosen reviewer indices, or null when no assignment meets every bound. */
export function solveByFlow(p: FlowProblem): number[][] | null {
  const F = p.eligible.length;
  const R = p.reviewers;
  // nodes: 0 = s, 1..F files, F+1..F+R reviewers, F+R+1 = t, then S', T'
  const s = 0;
  const t = F + R + 1;
  const S2 = t + 1;
  const T2 = t + 2;
  const d = new Dinic(t + 3);
  const excess = new Array<number>(t + 1).fill(0);
  const pairEdges: { file: number; reviewer: number; at: [number, number] }[] = [];
  for (let f = 0; f < F; f++) {
    // s → file with lower = upper = perFile: all of it moved to the demands
    excess[f + 1]! += p.perFile;
    excess[s]! -= p.perFile;
    for (const r of p.eligible[f]!) pairEdges.push({ file: f, reviewer: r, at: d.add(f + 1, F + 1 + r, 1) });
  }
  for (let r = 0; r < R; r++) {
    d.add(F + 1 + r, t, p.hi[r]! - p.lo[r]!);
    excess[t]! += p.lo[r]!;
    excess[F + 1 + r]! -= p.lo[r]!;
  }
  d.add(t, s, Number.MAX_SAFE_INTEGER);
  let need = 0;
  for (let v = 0; v <= t; v++) {
    if (excess[v]! > 0) {
      d.add(S2, v, excess[v]!);
      need += excess[v]!;
    } else if (excess[v]! < 0) d.add(v, T2, -excess[v]!);
  }
  if (d.maxFlow(S2, T2) !== need) return null;
  const out: number[][] = Array.from({ length: F }, () => []);
  for (const e of pairEdges) if (d.g[e.at[0]]![e.at[1]]!.cap === 0) out[e.file]!.push(e.reviewer);
  return out;
}
