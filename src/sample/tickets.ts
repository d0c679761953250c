/**
 * Tickets: each record's rank comes from (seed, stratum, normalised id) alone. The values are encoded as
 * netstrings, hashed with SHA-256, and the ASCII hex digest seeds seedrandom (ARC4), whose first double is
 * the ticket. See docs/sampling.md for the exact algorithm and test vectors.
 */
import { hash } from 'node:crypto';
import seedrandom from 'seedrandom';
import { caseIdKey } from '../model/keys.js';
import { CaseAuditError } from '../errors.js';

/** The algorithm id written into manifests; any change to tickets, strata keys or quotas needs a new id. */
export const TICKET_ALGORITHM = 'caseaudit-ticket-v1';

/** One netstring: "<UTF-8 byte length>:<value>," (unambiguous for any text, including Chinese). */
export function netstring(value: string): string {
  return `${utf8Length(value)}:${value},`;
}

/** The exact text that is hashed for a ticket: netstrings of algorithm id, seed, stratum key and id key. */
export function ticketMessage(seed: string, stratum: string, idKey: string): string {
  return netstring(TICKET_ALGORITHM) + netstring(seed) + netstring(stratum) + netstring(idKey);
}

/** SHA-256 hex (lowercase, 64 ASCII characters) of the ticket message in UTF-8. */
export function ticketDigest(seed: string, stratum: string, idKey: string): string {
  return hash('sha256', ticketMessage(seed, stratum, idKey), 'hex');
}

/** The ticket as defined: the first double of seedrandom (ARC4) seeded with the 64-character hex digest. */
export function ticketFromDigestSeedrandom(hex: string): number {
  return seedrandom(hex)();
}

const IDENTITY = Int32Array.from({ length: 256 }, (_, k) => k);
const S = new Int32Array(256);
const KEY = new Int32Array(256);
/**
 * The same value as ticketFromDigestSeedrandom, computed without seedrandom's per-call allocations (about
 * 10× faster on a million records): the state lives in one preallocated Int32Array, the 64 key bytes are
 * laid out four times over so the key schedule reads them without a modulo, and the output loop is inlined.
 * Equality is checked in tests on golden vectors and random digests, and at run time by
 * checkAgainstSeedrandom() on every draw.
 */
export function ticketFromDigest(hex: string): number {
  for (let k = 0; k < 64; k++) KEY[k] = hex.charCodeAt(k); // the key is the 64 ASCII codes of the hex digest
  return ticketFromKey(KEY);
}

/** The ARC4 ticket from a key whose first 64 entries hold the ASCII codes of the hex digest (entries 64–255 are overwritten). */
export function ticketFromKey(key: Int32Array): number {
  const s = S;
  s.set(IDENTITY);
  key.copyWithin(64, 0, 64);
  key.copyWithin(128, 0, 128);
  let j = 0;
  for (let k = 0; k < 256; k++) {
    const t = s[k]!;
    j = (j + key[k]! + t) & 255;
    s[k] = s[j]!;
    s[j] = t;
  }
  let i = 0;
  j = 0;
  for (let k = 0; k < 256; k++) {
    // RC4-drop[256]
    i = (i + 1) & 255;
    const t = s[i]!;
    j = (j + t) & 255;
    s[i] = s[j]!;
    s[j] = t;
  }
  let n = 0;
  for (let k = 0; k < 6; k++) {
    i = (i + 1) & 255;
    const t = s[i]!;
    j = (j + t) & 255;
    const u = s[j]!;
    s[i] = u;
    s[j] = t;
    n = n * 256 + s[(u + t) & 255]!;
  }
  let d = 2 ** 48;
  let x = 0;
  while (n < 2 ** 52) {
    n = (n + x) * 256;
    d *= 256;
    i = (i + 1) & 255;
    const t = s[i]!;
    j = (j + t) & 255;
    const u = s[j]!;
    s[i] = u;
    s[j] = t;
    x = s[(u + t) & 255]!;
  }
  while (n >= 2 ** 53) {
    n /= 2;
    d /= 2;
    x >>>= 1;
  }
  return (n + x) / d;
}

/**
 * Tickets of many records at once: the netstrings of algorithm, seed and stratum are built once per stratum,
 * so each record costs one netstring, one SHA-256 and one ARC4 run. `stratumOf[i]` indexes `strata`.
 * Returns the tickets and the digests of the first `probes` records (for checkAgainstSeedrandom).
 */
export function ticketsOf(seed: string, strata: string[], stratumOf: ArrayLike<number>, idKeys: string[], from = 0, to = idKeys.length, probes = 16): { tickets: Float64Array; digests: string[] } {
  const head = netstring(TICKET_ALGORITHM) + netstring(seed);
  const prefixes = strata.map((k) => head + netstring(k));
  const tickets = new Float64Array(to - from);
  const digests: string[] = [];
  for (let i = from; i < to; i++) {
    const id = idKeys[i]!;
    const h = hash('sha256', `${prefixes[stratumOf[i]!]!}${utf8Length(id)}:${id},`, 'hex');
    if (digests.length < probes) digests.push(h);
    tickets[i - from] = ticketFromDigest(h);
  }
  return { tickets, digests };
}

/** UTF-8 byte length of a string (well-formed or not: a lone surrogate counts 3, as Buffer.byteLength does). */
export function utf8Length(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) continue;
    if (c < 0x800) n += 1;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      n += 2; // a pair: 2 units, 4 bytes
      i++;
    } else n += 2;
  }
  return n;
}

/** Run-time guard: the fast path must equal seedrandom on these digests, or the draw stops. */
export function checkAgainstSeedrandom(digests: string[]): void {
  for (const h of digests) {
    if (ticketFromDigest(h) !== ticketFromDigestSeedrandom(h)) {
      throw new CaseAuditError('E_INTERNAL', `ticket self-check failed for digest ${h}: the seedrandom dependency no longer matches ${TICKET_ALGORITHM}`);
    }
  }
}

/** A ticket in [0, 1) for a record id (normalised with caseIdKey) in a stratum. */
export function ticket(seed: string, stratum: string, id: string): number {
  return ticketFromDigest(ticketDigest(seed, stratum, caseIdKey(id)));
}

/** Compare strings by Unicode code point (the order used everywhere in the algorithm). */
export function compareCodePoints(a: string, b: string): number {
  if (a === b) return 0;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.codePointAt(i)!;
    const y = b.codePointAt(i)!;
    if (x !== y) return x < y ? -1 : 1;
    if (x > 0xffff) i++;
  }
  return a.length - b.length;
}
