/**
 * Tickets: each record's rank comes from (seed, stratum, normalised id) alone. The values are encoded as
 * netstrings, hashed with SHA-256, and the ASCII hex digest seeds seedrandom (ARC4), whose first double is
 * the ticket. See docs/sampling.md for the exact algorithm and test vectors.
 */
import { hash } from 'node:crypto';
import seedrandom from 'seedrandom';
import { caseIdKey } from '../ingest/normalize/text.js';

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

/** The ticket for a digest: the first double of seedrandom seeded with the hex digest. */
export function ticketFromDigest(hex: string): number {
  return seedrandom(hex)();
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
