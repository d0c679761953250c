/**
 * Planted defects: one entry per case-file rule id (HELPERS.md appendix). `types` says which files can carry it,
 * `opts` narrows the clean build so the defect is unambiguous (no neighbouring rule can fire), `apply` plants it.
 */
import { LAW, UNKNOWN_ARTICLES } from './law.mjs';
import { addWorkdays } from './calendar.mjs';
import { expiredOfficer } from './people.mjs';
import { breakCreditCode } from './names.mjs';

const ANY = ['penalty', 'inspection', 'coercion'];
const P = ['penalty'];
const dropDocs = (rec, ...titles) => { rec.documents = rec.documents.filter((d) => !titles.includes(d.title)); };
const setDoc = (rec, title, date) => { for (const d of rec.documents) if (d.title === title) d.date = date; };

export const DEFECTS = {
  'officers-min-two': { types: ANY, apply: (c) => { c.rec.officers = c.rec.officers.slice(0, 1); } },
  // the officer without a certificate is listed last, so an export's certificate column stays aligned
  'officer-cert-missing': { types: ANY, apply: (c) => { const o = c.rec.officers.at(-1); delete o.certNo; delete o.certValidUntil; } },
  'officer-cert-duplicate': { types: ANY, apply: (c) => { c.rec.officers[1].certNo = c.rec.officers[0].certNo; } },
  'officer-cert-expired': { types: ANY, apply: (c, ctx) => { c.rec.officers[c.rec.officers.length - 1] = expiredOfficer(ctx.pools, c.unit); } },
  'facts-missing': { types: ANY, apply: (c) => { delete c.rec.facts; } },
  // the party is not named anywhere (facts say 当事人); fine below both hearing thresholds, so kind does not matter
  'party-missing': { types: ANY, opts: { partyKind: 'unit', fineMax: 9000 }, apply: (c) => {
    const name = c.rec.party.name;
    c.rec.title = c.rec.title.replaceAll(name, '当事人');
    if (c.rec.facts) c.rec.facts = c.rec.facts.replaceAll(name, '当事人');
    delete c.rec.party;
  } },
  'credit-code-invalid': { types: ANY, opts: { partyKind: 'unit' }, apply: (c) => { c.rec.party.creditCode = breakCreditCode(c.rec.party.creditCode); } },
  'evidence-missing': { types: ANY, apply: (c) => { delete c.rec.evidence; } },
  'evidence-required-types': { types: P, apply: (c) => { c.rec.evidence = c.rec.evidence.filter((e) => e !== '询问笔录'); dropDocs(c.rec, '询问笔录', '询问通知书'); } },
  'basis-missing': { types: P, apply: (c) => { delete c.rec.penaltyArticles; } },
  'article-unknown': { types: P, apply: (c, ctx) => { c.rec.penaltyArticles = [`${LAW}${ctx.rng.pick(UNKNOWN_ARTICLES)}`]; } },
  // 第一百零四条 / 第一百零五条: unit fine ≤ 5万元 in every tier; 10万元 is twice the maximum
  'fine-out-of-range': { types: P, opts: { partyKind: 'unit', violations: ['contractor', 'exits'], fineOverride: 100000 }, apply: () => {} },
  'notice-missing': { types: P, opts: { partyKind: 'unit', fineMax: 9000 }, apply: (c) => { delete c.rec.dates.notified; dropDocs(c.rec, '行政处罚告知书'); } },
  'notice-after-decision': { types: P, opts: { partyKind: 'unit', fineMax: 9000 }, apply: (c) => { const d = addWorkdays(c.rec.dates.decided, 3); c.rec.dates.notified = d; setDoc(c.rec, '行政处罚告知书', d); } },
  'hearing-right-missing': { types: P, opts: { partyKind: 'unit', fineMin: 50000, hearingHeld: false, violations: ['training', 'special-operators', 'major-hazard', 'hot-work', 'risk-control', 'insurance', 'manager-exam'] }, apply: (c) => { delete c.rec.dates.hearingNotified; dropDocs(c.rec, '听证告知书'); } },
  'legal-review-missing': { types: P, opts: { partyKind: 'unit', fineMin: 50000, hearingHeld: true }, apply: (c) => { delete c.rec.dates.legalReview; dropDocs(c.rec, '法制审核意见'); } },
  'decision-overdue': { types: P, opts: { overdue: true }, apply: (c) => { c.rec.extensionApproved = false; } },
  'service-late': { types: P, opts: { serviceLag: [20, 24] }, apply: () => {} },
  'publication-missing': { types: P, apply: (c) => { delete c.rec.dates.published; } },
  'publication-late': { types: P, opts: { publishLag: [20, 24] }, apply: () => {} },
  'reinspection-missing': { types: ['inspection', 'penalty'], opts: { rectify: true, partyKind: 'unit' }, apply: (c) => { delete c.rec.dates.reinspected; dropDocs(c.rec, '整改复查意见书'); c.rec.evidence = c.rec.evidence?.filter((e) => e !== '整改报告及整改照片'); } },
  // closed two working days after filing: before the decision, the service and the payment
  'dates-out-of-order': { types: P, apply: (c) => { const d = addWorkdays(c.rec.dates.filed, 2); c.rec.dates.closed = d; setDoc(c.rec, '结案审批表', d); } },
  'credit-push-missing': { types: P, apply: (c) => { c.rec.creditPushed = false; } },
};

/** Files with two defects: pairs that cannot interact. */
export const DOUBLES = [
  ['service-late', 'credit-push-missing'],
  ['officers-min-two', 'publication-late'],
  ['facts-missing', 'decision-overdue'],
  ['evidence-required-types', 'publication-missing'],
  ['officer-cert-expired', 'service-late'],
  ['credit-code-invalid', 'reinspection-missing'],
];

/** The types a set of defects allows, and their merged build options. */
export function planFor(rules) {
  const types = rules.reduce((t, r) => t.filter((x) => DEFECTS[r].types.includes(x)), ANY);
  const opts = Object.assign({}, ...rules.map((r) => DEFECTS[r].opts ?? {}));
  return { types, opts };
}
