/**
 * Reviewer assignment `caseaudit-assign-v1` (docs/review.md): seeded, order-independent, nobody reviews a file of
 * their own unit (optionally: of their own city), loads balanced to within one file, `perFile` reviewers per file.
 * Tickets use the draw's discipline (netstrings → SHA-256 → ARC4 first double; src/sample/tickets.ts).
 */
import { hash } from 'node:crypto';
import { InputError } from '../errors.js';
import { tr } from '../i18n.js';
import { caseIdKey, nameKey } from '../model/keys.js';
import { compareCodePoints, netstring, ticketFromDigest } from '../sample/tickets.js';
import { solveByFlow } from './flow.js';

export const ASSIGN_ALGORITHM = 'caseaudit-assign-v1';

export interface Reviewer {
  name: string;
  unit: string;
  city?: string;
  level?: string;
  /** at most this many files */
  maxLoad?: number;
}

export interface FileToReview {
  id: string;
  unit?: string;
  city?: string;
}

export interface AssignParams {
  seed: string;
  perFile: number;
  /** 'unit': not of the reviewer's own unit (default); 'city': nor of the reviewer's own city */
  avoid: 'unit' | 'city';
}

export interface Assigned {
  id: string;
  unit: string | null;
  city: string | null;
  ticket: number;
  /** in the order chosen */
  reviewers: string[];
}

export interface AssignOutcome {
  files: Assigned[];
  loads: { name: string; load: number; lo: number; hi: number }[];
  method: 'greedy' | 'flow';
}

export { nameKey };

/** The ticket of a message of netstrings. */
function ticketOf(...values: string[]): number {
  return ticketFromDigest(hash('sha256', values.map(netstring).join(''), 'hex'));
}

/** Order of files: by ticket of (algorithm, seed, "file", id key). */
export function fileTicket(seed: string, id: string): number {
  return ticketOf(ASSIGN_ALGORITHM, seed, 'file', caseIdKey(id));
}

/** Preference of a reviewer for a file: ticket of (algorithm, seed, id key, reviewer name key). */
export function pairTicket(seed: string, id: string, reviewer: string): number {
  return ticketOf(ASSIGN_ALGORITHM, seed, caseIdKey(id), nameKey(reviewer));
}

/** Why a reviewer may not review a file (null = eligible). */
export function conflict(r: Reviewer, f: FileToReview, avoid: AssignParams['avoid']): 'unit' | 'city' | null {
  if (f.unit && nameKey(r.unit) === nameKey(f.unit)) return 'unit';
  if (avoid === 'city' && r.city && f.city && nameKey(r.city) === nameKey(f.city)) return 'city';
  return null;
}

/** Load bounds: the smallest L with Σ min(max_r, L) ≥ total; each reviewer then takes between min(max_r, L−1) and min(max_r, L). */
export function loadBounds(reviewers: Reviewer[], total: number): { lo: number[]; hi: number[] } | null {
  const cap = (r: Reviewer) => r.maxLoad ?? Infinity;
  if (reviewers.reduce((s, r) => s + Math.min(cap(r), total), 0) < total) return null;
  let L = Math.ceil(total / reviewers.length);
  while (reviewers.reduce((s, r) => s + Math.min(cap(r), L), 0) < total) L++;
  return { lo: reviewers.map((r) => Math.min(cap(r), L - 1, total)), hi: reviewers.map((r) => Math.min(cap(r), L)) };
}

function fail(zh: string, en: string, details: string[] = []): never {
  throw new InputError(tr(zh, en), { details, hint: tr('增加其他单位的评查人、减少每卷评查人数（--per-file）或放宽回避规则', 'add reviewers from other units, lower --per-file or relax the conflict rule') });
}

/** Assign reviewers to files. Exit 2 (InputError) naming the files when no conflict-free balanced assignment exists. */
export function assignReviewers(filesIn: FileToReview[], reviewersIn: Reviewer[], p: AssignParams): AssignOutcome {
  const reviewers = [...reviewersIn].sort((a, b) => compareCodePoints(nameKey(a.name), nameKey(b.name)));
  for (let i = 1; i < reviewers.length; i++) {
    if (nameKey(reviewers[i]!.name) === nameKey(reviewers[i - 1]!.name)) fail(`评查人名单中 ${reviewers[i]!.name} 重复`, `reviewer ${reviewers[i]!.name} is listed twice`);
  }
  if (!reviewers.length) fail('评查人名单为空', 'the reviewers list is empty');
  const files = filesIn
    .map((f) => ({ f, ticket: fileTicket(p.seed, f.id), key: caseIdKey(f.id) }))
    .sort((a, b) => a.ticket - b.ticket || compareCodePoints(a.key, b.key));
  const total = files.length * p.perFile;
  const bounds = loadBounds(reviewers, total);
  if (!bounds) fail(`评查人最多可评 ${reviewers.reduce((s, r) => s + (r.maxLoad ?? total), 0)} 份，需要 ${total} 份（${files.length} 卷 × ${p.perFile} 人）`, `the reviewers can take ${reviewers.reduce((s, r) => s + (r.maxLoad ?? total), 0)} files at most, ${total} are needed (${files.length} files × ${p.perFile})`);
  const { lo, hi } = bounds;
  // eligible reviewers of each file, in order of preference (pair ticket, then name key)
  const eligible = files.map(({ f }) =>
    reviewers
      .map((r, i) => ({ i, t: pairTicket(p.seed, f.id, r.name), ok: conflict(r, f, p.avoid) === null }))
      .filter((x) => x.ok)
      .sort((a, b) => a.t - b.t || a.i - b.i)
      .map((x) => x.i),
  );
  const short = files.map(({ f }, i) => ({ f, n: eligible[i]!.length })).filter((x) => x.n < p.perFile);
  if (short.length) {
    const lines = short.map(({ f, n }) => tr(`${f.id}（${f.unit ?? '单位未注明'}）：回避后只有 ${n} 名评查人`, `${f.id} (${f.unit ?? 'unit not stated'}): only ${n} reviewers without a conflict`));
    fail(`${short.length} 个案卷找不到 ${p.perFile} 名无需回避的评查人：${lines.slice(0, 3).join('；')}`, `${short.length} files lack ${p.perFile} reviewers without a conflict: ${lines.slice(0, 3).join('; ')}`, short.length > 3 ? lines : []);
  }
  let chosen = greedy(eligible, reviewers.length, p.perFile, hi);
  let method: AssignOutcome['method'] = 'greedy';
  if (!chosen || chosen.loads.some((n, r) => n < lo[r]!)) {
    method = 'flow';
    const sol = solveByFlow({ eligible, reviewers: reviewers.length, perFile: p.perFile, lo, hi });
    if (!sol) {
      const tight = files.map(({ f }, i) => ({ f, n: eligible[i]!.length })).sort((a, b) => a.n - b.n).slice(0, 10);
      const lines = tight.map(({ f, n }) => tr(`${f.id}（${f.unit ?? '单位未注明'}）：${n} 名可选评查人`, `${f.id} (${f.unit ?? 'unit not stated'}): ${n} eligible reviewers`));
      fail(`无法在回避本单位${p.avoid === 'city' ? '和本市' : ''}的同时使各评查人工作量相差不超过 1 份；可选评查人最少的案卷：${lines.slice(0, 3).join('；')}`, `no assignment avoids conflicts${p.avoid === 'city' ? ' of unit and city' : ''} with loads within one file of each other; the files with the fewest eligible reviewers: ${lines.slice(0, 3).join('; ')}`, lines);
    }
    // order each file's reviewers by preference, as the greedy would list them
    chosen = { picks: sol.map((list, i) => eligible[i]!.filter((r) => list.includes(r))), loads: [] };
  }
  const loads = new Array<number>(reviewers.length).fill(0);
  for (const list of chosen.picks) for (const r of list) loads[r]!++;
  return {
    files: files.map(({ f, ticket }, i) => ({ id: f.id, unit: f.unit ?? null, city: f.city ?? null, ticket, reviewers: chosen!.picks[i]!.map((r) => reviewers[r]!.name) })),
    loads: reviewers.map((r, i) => ({ name: r.name, load: loads[i]!, lo: lo[i]!, hi: hi[i]! })),
    method,
  };
}

/**
 * The greedy pass: in rounds (every file's first reviewer, then every file's second …), files in ticket order, each
 * takes the eligible reviewer with the lowest load, ties broken by the file's preference order. null when stuck.
 */
function greedy(eligible: number[][], R: number, perFile: number, hi: number[]): { picks: number[][]; loads: number[] } | null {
  const loads = new Array<number>(R).fill(0);
  const picks: number[][] = eligible.map(() => []);
  for (let round = 0; round < perFile; round++) {
    for (let f = 0; f < eligible.length; f++) {
      let best = -1;
      for (const r of eligible[f]!) {
        if (loads[r]! >= hi[r]! || picks[f]!.includes(r)) continue;
        if (best < 0 || loads[r]! < loads[best]!) best = r;
      }
      if (best < 0) return null;
      picks[f]!.push(best);
      loads[best]!++;
    }
  }
  return { picks, loads };
}
