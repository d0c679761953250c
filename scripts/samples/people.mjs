/** Enforcement officers (per-unit pools with certificates) and parties (units and individuals). */
import { personName, companyName, address, creditCode } from './names.mjs';

const VALID_UNTIL = ['2026-06-30', '2026-12-31', '2027-06-30', '2027-12-31', '2028-06-30', '2028-12-31', '2029-12-31'];
const EXPIRED_UNTIL = ['2024-06-30', '2024-09-30', '2024-12-31'];

/** Eight officers with valid certificates and two whose certificates expired in 2024, for every unit. */
export function buildOfficerPools(rng, units, usedPeople) {
  const pools = new Map();
  for (const u of units) {
    let seq = rng.int(1, 40);
    const cert = () => `${u.region}${rng.pick(['19', '20', '21', '22', '23'])}${String((seq += rng.int(1, 3))).padStart(3, '0')}`;
    const officers = Array.from({ length: 8 }, () => ({ name: personName(rng, usedPeople), certNo: cert(), certValidUntil: rng.pick(VALID_UNTIL) }));
    const expired = Array.from({ length: 2 }, () => ({ name: personName(rng, usedPeople), certNo: cert(), certValidUntil: rng.pick(EXPIRED_UNTIL) }));
    pools.set(u.name, { officers, expired, nextExpired: 0 });
  }
  return pools;
}

/** Two (mostly) or three officers from the unit's pool, copies so a defect never leaks into another record. */
export function pickOfficers(rng, pools, unit) {
  return rng.sample(pools.get(unit.name).officers, rng.chance(0.75) ? 2 : 3).map((o) => ({ ...o }));
}

/** An officer whose certificate expired before 2025 (each used in one planted file only). */
export function expiredOfficer(pools, unit) {
  const p = pools.get(unit.name);
  return { ...p.expired[p.nextExpired++ % p.expired.length] };
}

/** A unit party (enterprise) of an industry, with a valid credit code registered in the unit's region. */
export function unitParty(ctx, unit, industry) {
  const { rng } = ctx;
  const addr = address(rng, unit.places);
  // the provincial bureau's parties are spread over the cities: name them after the city of their address
  const place = unit.level === 'province' ? addr.slice(3, addr.indexOf('市')) : unit.place;
  return { name: companyName(rng, place, industry, ctx.usedCompanies), kind: 'unit', creditCode: creditCode(rng, unit.region, ctx.usedCodes), address: addr };
}

/** A natural person (a company's principal or safety manager) and the company they work for. */
export function individualParty(ctx, unit, industry) {
  const { rng } = ctx;
  const company = companyName(rng, unit.place, industry, ctx.usedCompanies);
  return { party: { name: personName(rng, ctx.usedPeople), kind: 'individual', address: address(rng, unit.places) }, company };
}
