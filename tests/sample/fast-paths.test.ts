import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { caseIdKey } from '../../src/ingest/normalize/text.js';
import { ticket, ticketsOf, utf8Length } from '../../src/sample/tickets.js';
import { computeTickets } from '../../src/sample/tickets-pool.js';

/** docs/sampling.md §2 as written: NFKC, no whitespace, every bracket style unified. */
const idKeyAsDocumented = (id: string) =>
  id
    .normalize('NFKC')
    .replace(/\s+/g, '')
    .replace(/[〔【\[［﹝（]/g, '(')
    .replace(/[〕】\]］﹞）]/g, ')');

// the characters of real case numbers, and the ones that must leave the fast path
const alphabet = [...'赣应急罚检强字第号洪浔章贡0123456789-_/()[]〔〕【】（）［］﹝﹞ＡＢ１２　 \t\n①㊀ｶﾞ가〸\u00a0\u3000\uFE5D\uF900', '\u{20000}', '\ud800'];
const ids = fc.array(fc.constantFrom(...alphabet), { maxLength: 30 }).map((cs) => cs.join(''));

describe('fast paths give the documented values', () => {
  it('caseIdKey equals NFKC + whitespace + brackets on any mix of characters', () => {
    fc.assert(
      fc.property(ids, (id) => {
        expect(caseIdKey(id)).toBe(idKeyAsDocumented(id));
      }),
      { numRuns: 3000 },
    );
    expect(caseIdKey('（赣）应急罚〔2025〕12号')).toBe('(赣)应急罚(2025)12号');
  });

  it('utf8Length equals Buffer.byteLength, lone surrogates included', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (s) => {
        expect(utf8Length(s)).toBe(Buffer.byteLength(s, 'utf8'));
      }),
      { numRuns: 3000 },
    );
  });

  it('ticketsOf (one prefix per stratum) equals ticket() record by record', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 12 }), fc.array(fc.tuple(fc.constantFrom('南昌市应急管理局', 'all', '(none)', '九江市'), ids), { minLength: 1, maxLength: 30 }), (seed, recs) => {
        const strata = [...new Set(recs.map((r) => r[0]))];
        const keys = recs.map((r) => caseIdKey(r[1]));
        const { tickets, digests } = ticketsOf(seed, strata, Int32Array.from(recs.map((r) => strata.indexOf(r[0]))), keys);
        recs.forEach((r, i) => expect(tickets[i]).toBe(ticket(seed, r[0], r[1])));
        expect(digests).toHaveLength(Math.min(16, recs.length));
      }),
      { numRuns: 200 },
    );
  });

  it('the worker thread computes the same tickets as one thread (built worker script)', () => {
    const n = 5000;
    const strata = ['南昌市应急管理局', '九江市应急管理局', '(none)'];
    const keys = Array.from({ length: n }, (_, i) => caseIdKey(`（赣）应急罚〔2025〕${i}号`));
    const index = Int32Array.from({ length: n }, (_, i) => i % 3);
    const one = computeTickets('2025', strata, index, keys, Infinity);
    const two = computeTickets('2025', strata, index, keys, 1000);
    expect([one.threads, two.threads]).toEqual([1, 2]);
    expect(Array.from(two.tickets)).toEqual(Array.from(one.tickets));
    expect(two.digests).toEqual(one.digests);
    expect(two.tickets[4999]).toBe(ticket('2025', strata[4999 % 3]!, '（赣）应急罚〔2025〕4999号'));
  });
});
