/**
 * Tickets: each record's rank comes from (seed, stratum, normalised id) alone. The values are encoded as
 * netstrings, hashed with SHA-256, and the ASCII hex digest seeds seedrandom (ARC4), whose first double is
 * the ticket. See docs/sampling.md for the exact algorithm and test vectors.
 */
import { hash } from 'node:crypto';
import seedrandom from 'seedrandom';
import { caseIdKey } from '../ingest/normalize/text.js';
import { CaseAuditError } from '../errors.js';

/** The algorithm id written into manifests; any change to tickets, strata keys or quotas needs a new id. */
export const TICKET_ALGORITHM = 'caseaudit-ticket-v1';

/** One netstring: "<UTF-8 byte length>:<value>," (unambiguous for any text, including Chinese). */
export function netstring(value: string): string {
  return `${Buffer.byteLength(value, 'utf8')}:${value},`;
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

const S = new Uint8Array(256);
/**
 * The same value as ticketFromDigestSeedrandom, computed without seedrandom's per-call allocations (about
 * 10× faster on a million records). Equality is checked in tests on golden vectors and random digests, and
 * at run time by checkAgainstSeedrandom() on every draw.
 */
export function ticketFromDigest(hex: string): number {
  for (let k = 0; k < 256; k++) S[k] = k;
  let j = 0;
  for (let k = 0; k < 256; k++) {
    const t = S[k]!;
    j = (j + hex.charCodeAt(k & 63) + t) & 255; // the key is the 64 ASCII codes of the hex digest
    S[k] = S[j]!;
    S[j] = t;
  }
  let i = 0;
  j = 0;
  const next = (): number => {
    i = (i + 1) & 255;
    const t = S[i]!;
    j = (j + t) & 255;
    S[i] = S[j]!;
    S[j] = t;
    return S[(S[i]! + t) & 255]!;
  };
  for (let k = 0; k < 256; k++) next(); // RC4-drop[256]
  let n = 0;
  for (let k = 0; k < 6; k++) n = n * 256 + next();
  let d = 2 ** 48;
  let x = 0;
  while (n < 2 ** 52) {
    n = (n + x) * 256;
    d *= 256;
    x = next();
  }
  while (n >= 2 ** 53) {
    n /= 2;
    d /= 2;
    x >>>= 1;
  }
  return (n + x) / d;
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
