/** All case files of the synthetic province, with the planted defects of each (expected.json's `cases`). */
import { buildPenalty, buildInspection, buildCoercion } from './cases.mjs';
import { DEFECTS, DOUBLES, planFor } from './defects.mjs';

const DATE_KEYS = ['filed', 'notified', 'hearingNotified', 'hearingHeld', 'legalReview', 'collectiveDiscussion', 'decided', 'served', 'published', 'paid', 'closed', 'rectificationDeadline', 'reinspected', 'violation'];
const PER_LEVEL = { province: 19, city: 17, county: 7 };
const TYPE_CODE = { penalty: '罚', inspection: '检', coercion: '强' };
const BUILDERS = { penalty: buildPenalty, inspection: buildInspection, coercion: buildCoercion };
export const PER_RULE = 6;
export const EXTENSIONS = 3;

/** Build every case file; returns records in canonical key order and {id: [ruleIds]}. */
export function buildCases(ctx) {
  const { rng, units } = ctx;
  const slots = [];
  for (const unit of units) {
    for (let i = 0; i < PER_LEVEL[unit.level]; i++) slots.push({ unit, type: rng.weighted([['penalty', 74], ['inspection', 18], ['coercion', 8]]) });
  }
  // plant: PER_RULE files per rule, the double-defect pairs, and a few clean files with an approved extension
  const plan = [...Object.keys(DEFECTS).flatMap((r) => Array(PER_RULE).fill([r])), ...DOUBLES];
  const free = rng.shuffle(slots.map((_, i) => i));
  for (const rules of plan) {
    const { types, opts } = planFor(rules);
    const at = free.findIndex((i) => types.includes(slots[i].type));
    Object.assign(slots[free.splice(at, 1)[0]], { rules, opts });
  }
  for (let k = 0; k < EXTENSIONS; k++) {
    const at = free.findIndex((i) => slots[i].type === 'penalty');
    Object.assign(slots[free.splice(at, 1)[0]], { opts: { extension: true } });
  }
  const built = slots.map((s) => {
    const c = BUILDERS[s.type](ctx, s.unit, s.opts ?? {});
    for (const r of s.rules ?? []) DEFECTS[r].apply(c, ctx);
    return { ...c, rules: [...(s.rules ?? [])].sort() };
  });
  return number(ctx, built, units);
}

/** Case numbers per unit and type in date order (with the odd gap), then document numbers sharing the sequence. */
function number(ctx, built, units) {
  const groups = new Map();
  for (const c of built) {
    const k = `${c.unit.name}|${c.type}`;
    groups.set(k, [...(groups.get(k) ?? []), c]);
  }
  const out = [];
  const expected = {};
  for (const unit of units) {
    for (const type of ['penalty', 'inspection', 'coercion']) {
      const list = (groups.get(`${unit.name}|${type}`) ?? []).map((c, i) => ({ c, i, key: (c.rec.dates.decided ?? c.rec.dates.filed) + String(i).padStart(4, '0') }));
      list.sort((a, b) => (a.key < b.key ? -1 : 1));
      let seq = ctx.rng.int(1, 4);
      for (const { c } of list) {
        const num = (code) => `${unit.prefix}应急${code}〔2025〕${seq}号`;
        const rec = canonical(c, unit, num(TYPE_CODE[type]), num);
        out.push(rec);
        expected[rec.id] = c.rules;
        seq += ctx.rng.chance(0.15) ? 2 : 1;
      }
    }
  }
  return { cases: out, expected };
}

function canonical(c, unit, id, num) {
  const r = c.rec;
  const dates = {};
  for (const k of DATE_KEYS) if (r.dates[k]) dates[k] = r.dates[k];
  const rec = {
    id, unit: unit.name, unitLevel: unit.level, city: unit.city, type: c.type, title: r.title, party: r.party, industry: r.industry, facts: r.facts,
    violatedArticles: r.violatedArticles, penaltyArticles: r.penaltyArticles, penaltyKinds: r.penaltyKinds, fine: r.fine,
    officers: r.officers, evidence: r.evidence,
    documents: r.documents.map((d) => ({ title: d.title, date: d.date, ...(d.code ? { number: num(d.code) } : {}) })),
    dates, extensionApproved: r.extensionApproved, creditPushed: r.creditPushed, referredToJudiciary: r.referredToJudiciary,
    recorded: r.recorded, reasoningStated: r.reasoningStated, certificateShown: r.certificateShown,
  };
  for (const k of Object.keys(rec)) if (rec[k] === undefined) delete rec[k];
  return rec;
}
