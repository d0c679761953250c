/** The draw: tickets per record, per-stratum quotas, lowest tickets first. Pure: items in, selection out. */
import { InputError } from '../errors.js';
import { tr } from '../i18n.js';
import { caseIdKey } from '../model/keys.js';
import { checkAgainstSeedrandom, compareCodePoints } from './tickets.js';
import { computeTickets } from './tickets-pool.js';
import { rateQuota, rateTimes, type Rate } from './rate.js';
import type { ManifestSelection, ManifestStratum } from '../model/manifest.js';

/** One record of the sampling frame: its id as written and its stratum key. */
export interface FrameItem {
  id: string;
  stratum: string;
}

export interface DrawParams {
  seed: string;
  /** per-stratum rate, or null for a floor only */
  rate: Rate | null;
  /** total floor (at least this many files overall, when the frame has them), or null */
  min: number | null;
  /** floor per stratum (province-annual: one per city): each stratum's lowest tickets, counted toward `min` */
  stratumMin?: number | null;
}

/** Every number behind one stratum's quota (the manifest's stratum record). */
export type StratumQuota = ManifestStratum;

/** A drawn record: the manifest's selection entry plus its position in the items given to draw(). */
export interface Drawn extends ManifestSelection {
  index: number;
}

export interface DrawResult {
  strata: StratumQuota[];
  /** in draw order: ticket ascending, then stratum key, then id key (code point order) */
  selected: Drawn[];
}

/** Draw from a frame. Duplicate ids (by caseIdKey) are an input error. */
export function draw(items: FrameItem[], params: DrawParams): DrawResult {
  const keys = items.map((it) => caseIdKey(it.id));
  assertUnique(items, keys);
  const groups = new Map<string, number[]>();
  const position = new Map<string, number>();
  const strataList: string[] = [];
  const stratumIndex = new Int32Array(items.length);
  for (let i = 0; i < items.length; i++) {
    const s = items[i]!.stratum;
    let at = position.get(s);
    if (at === undefined) {
      position.set(s, (at = strataList.length));
      strataList.push(s);
      groups.set(s, []);
    }
    groups.get(s)!.push(i);
    stratumIndex[i] = at;
  }
  const { tickets, digests } = computeTickets(params.seed, strataList, stratumIndex, keys);
  checkAgainstSeedrandom(digests);
  const byTicket = (a: number, b: number) => tickets[a]! - tickets[b]! || compareCodePoints(keys[a]!, keys[b]!);

  const strataKeys = [...groups.keys()].sort(compareCodePoints);
  const ordered = strataKeys.map((k) => groups.get(k)!.sort(byTicket));
  const shares = floorShares(ordered, tickets, params.min, params.stratumMin ?? 0);

  const strata: StratumQuota[] = [];
  const selected: Drawn[] = [];
  strataKeys.forEach((key, s) => {
    const members = ordered[s]!;
    const population = members.length;
    const rq = params.rate ? rateQuota(params.rate, population) : 0;
    const quota = Math.min(population, Math.max(rq, shares[s]!));
    strata.push({
      key,
      population,
      rateTimesPopulation: params.rate ? rateTimes(params.rate, population) : null,
      rateQuota: rq,
      floorShare: shares[s]!,
      quota,
    });
    for (let r = 0; r < quota; r++) {
      const i = members[r]!;
      selected.push({ id: items[i]!.id, stratum: key, ticket: tickets[i]!, index: i });
    }
  });
  selected.sort((a, b) => a.ticket - b.ticket || compareCodePoints(a.stratum, b.stratum) || compareCodePoints(keys[a.index]!, keys[b.index]!));
  return { strata, selected };
}

/**
 * Each stratum's floor share. First every stratum gets its `stratumMin` lowest tickets (all when smaller);
 * then, while fewer than `min` files are taken, the lowest remaining tickets of the whole frame in draw order
 * (ticket, then stratum key, then id key) — a k-way merge of the sorted strata. Taking these on top of the
 * rate quotas meets both floors and keeps the draw prefix-stable when the rate or the total floor rises.
 */
function floorShares(ordered: number[][], tickets: Float64Array, min: number | null, stratumMin: number): number[] {
  const shares = ordered.map((g) => Math.min(stratumMin, g.length));
  const total = ordered.reduce((n, g) => n + g.length, 0);
  const want = Math.min(min ?? 0, total) - shares.reduce((n, k) => n + k, 0);
  for (let taken = 0; taken < want; taken++) {
    let best = -1;
    for (let s = 0; s < ordered.length; s++) {
      const g = ordered[s]!;
      if (shares[s]! >= g.length) continue;
      if (best < 0) {
        best = s;
        continue;
      }
      const a = g[shares[s]!]!;
      const b = ordered[best]![shares[best]!]!;
      if (tickets[a]! < tickets[b]!) best = s; // ties: the earlier stratum (code point order) wins
    }
    shares[best]!++;
  }
  return shares;
}

/**
 * Duplicate ids are an input error. A 32-bit FNV-1a hash per key, sorted as numbers, finds the candidates;
 * only keys whose hashes collide are compared as strings (a Set of a million strings costs far more).
 */
function assertUnique(items: FrameItem[], keys: string[]): void {
  const n = keys.length;
  const hashes = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    const k = keys[i]!;
    let h = 0x811c9dc5;
    for (let c = 0; c < k.length; c++) h = Math.imul(h ^ k.charCodeAt(c), 0x01000193);
    hashes[i] = h >>> 0;
  }
  const sorted = hashes.slice().sort();
  let collisions: Set<number> | undefined;
  for (let i = 1; i < n; i++) if (sorted[i] === sorted[i - 1]) (collisions ??= new Set()).add(sorted[i]!);
  if (!collisions) return;
  const seen = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    if (!collisions.has(hashes[i]!)) continue;
    const first = seen.get(keys[i]!);
    if (first !== undefined) {
      throw new InputError(tr(`编号重复："${items[i]!.id}" 与 "${items[first]!.id}"`, `duplicate id "${items[i]!.id}" (same as "${items[first]!.id}")`), {
        hint: tr('抽样框中编号必须唯一', 'ids in a sampling frame must be unique'),
      });
    }
    seen.set(keys[i]!, i);
  }
}
