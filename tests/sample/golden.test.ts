import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { createHash, randomBytes } from 'node:crypto';
import path from 'node:path';
import seedrandom from 'seedrandom';
import { ticket, ticketDigest, ticketFromDigest, ticketFromDigestSeedrandom, ticketMessage, TICKET_ALGORITHM } from '../../src/sample/tickets.js';
import { caseIdKey } from '../../src/ingest/normalize/text.js';
import { draw, type FrameItem, type StratumQuota } from '../../src/sample/draw.js';
import { parseRate } from '../../src/sample/rate.js';
import { ROOT } from '../helpers/cli.js';

interface Vectors {
  algorithm: string;
  tickets: { seed: string; stratum: string; id: string; idKey: string; message: string; sha256: string; ticket: number }[];
  frame: FrameItem[];
  draws: { seed: string; rate: string | null; min: number | null; strata: StratumQuota[]; selected: { id: string; stratum: string; ticket: number }[] }[];
}
const vectors = JSON.parse(readFileSync(path.join(ROOT, 'tests/fixtures/sample/golden/vectors.json'), 'utf8')) as Vectors;
const doc = readFileSync(path.join(ROOT, 'docs/sampling.md'), 'utf8');

/** docs/sampling.md §3 written out independently: SHA-256 hex → RC4-drop[256] → seedrandom's double. */
function referenceTicket(hex: string): number {
  const S = Array.from({ length: 256 }, (_, i) => i);
  let j = 0;
  for (let i = 0; i < 256; i++) {
    j = (j + hex.charCodeAt(i % 64) + S[i]!) % 256;
    [S[i], S[j]] = [S[j]!, S[i]!];
  }
  let a = 0;
  let b = 0;
  const next = () => {
    a = (a + 1) % 256;
    const t = S[a]!;
    b = (b + t) % 256;
    S[a] = S[b]!;
    S[b] = t;
    return S[(S[a]! + t) % 256]!;
  };
  for (let k = 0; k < 256; k++) next();
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
    x = Math.floor(x / 2);
  }
  return (n + x) / d;
}

describe('golden vectors (docs/sampling.md §7)', () => {
  it('uses the documented algorithm id', () => {
    expect(vectors.algorithm).toBe(TICKET_ALGORITHM);
  });

  it.each(vectors.tickets)('ticket($seed, $stratum, $id)', (v) => {
    expect(caseIdKey(v.id)).toBe(v.idKey);
    expect(ticketMessage(v.seed, v.stratum, v.idKey)).toBe(v.message);
    expect(createHash('sha256').update(v.message, 'utf8').digest('hex')).toBe(v.sha256);
    expect(ticketDigest(v.seed, v.stratum, v.idKey)).toBe(v.sha256);
    expect(ticket(v.seed, v.stratum, v.id)).toBe(v.ticket);
    expect(referenceTicket(v.sha256)).toBe(v.ticket);
    expect(ticketFromDigestSeedrandom(v.sha256)).toBe(v.ticket);
    expect(doc).toContain(v.sha256);
    expect(doc).toContain(String(v.ticket));
  });

  it.each(vectors.draws)('draw(seed $seed, rate $rate, min $min)', (v) => {
    const res = draw(vectors.frame, { seed: v.seed, rate: v.rate ? parseRate(v.rate) : null, min: v.min });
    expect(res.strata).toEqual(v.strata);
    expect(res.selected.map(({ index: _i, ...s }) => s)).toEqual(v.selected);
    for (const s of v.selected) expect(doc).toContain(`${s.id} (\`${s.ticket}\`)`);
  });

  it('the documented pseudocode and the fast path both equal seedrandom on random digests', () => {
    for (let k = 0; k < 2000; k++) {
      const hex = randomBytes(32).toString('hex');
      const expected = seedrandom(hex)();
      expect(referenceTicket(hex)).toBe(expected);
      expect(ticketFromDigest(hex)).toBe(expected);
    }
  });

  it('seeds with Chinese text do not collide (the ARC4 pitfall is avoided)', () => {
    const t = Object.fromEntries(vectors.tickets.map((v) => [v.seed, v.ticket]));
    expect(t['省']).not.toBe(t['昁']);
    expect(t['11']).not.toBe(t['111']);
    // the pitfall itself, to show what hashing first avoids
    expect(seedrandom('省')()).toBe(seedrandom('昁')());
  });
});
