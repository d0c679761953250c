/**
 * Which enterprises the sample plan (scripts/generate-sample-plan.mjs) lists from the records, shared with the
 * generator of the records' 计划内/计划外 column so the two agree: no randomness, choices follow the sorted case ids.
 * Every fifth inspected enterprise is left out (→ unplanned); penalised or coerced enterprises are in, but every fifth.
 */
const byId = (a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** The key an enterprise is planned under: its unit and credit code (else name). */
export const memberKey = (c) => `${c.unit}|${c.party.creditCode ?? c.party.name}`;

/** The inspection and penalty/coercion records the plan is drawn from, and the records whose enterprise it lists (first of each). */
export function planMembers(cases) {
  const inspections = cases.filter((c) => c.type === 'inspection' && c.party?.name && c.unit).sort(byId);
  const penalties = cases.filter((c) => c.type !== 'inspection' && c.party?.name && c.party.kind !== 'individual' && c.unit).sort(byId);
  const members = [];
  const keys = new Set();
  const add = (c) => {
    if (keys.has(memberKey(c))) return;
    keys.add(memberKey(c));
    members.push(c);
  };
  inspections.forEach((c, i) => {
    if (i % 5 !== 4) add(c); // every fifth not in the plan: its inspection is unplanned
  });
  penalties.forEach((c, i) => {
    if (i % 5 !== 2) add(c); // penalised after an on-site inspection (现场检查记录 in the file): that inspection counts; every fifth unplanned
  });
  return { inspections, penalties, members, keys };
}
