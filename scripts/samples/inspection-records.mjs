/**
 * What an inspection record says of the on-site model and the systems (赣应急字〔2020〕168号 §三(七), §六(十五)):
 * 启动会/总结会, who of the enterprise was present (主要负责人, 安全管理人员, 岗位操作人员), the scheme carried out and
 * its experts, the 互联网+监管 number, 计划内/计划外. Added after the records are built, from a stream of its own, so
 * no other sample value moves. Planted: a few clean, planned inspections lose one element each (one defect per file).
 */
import { personName } from './names.mjs';
import { memberKey, planMembers } from './plan-members.mjs';

const PRINCIPAL = ['总经理', '董事长', '法定代表人', '厂长'];
const SAFETY = ['安全管理人员', '专职安全员', '安全科科长', '安全总监'];
const OPERATOR = ['岗位操作人员', '操作工', '班组长', '中控室操作人员'];

export const INSPECTION_PLANTS = {
  'three-in-one-meetings': [3, (c, rng) => { if (rng.chance(0.5)) c.kickoffMeeting = false; else c.summaryMeeting = false; }],
  // the principal sent a deputy, or no operator was there
  'three-in-one-presence': [3, (c, rng) => {
    if (rng.chance(0.5)) c.attendees[0] = c.attendees[0].replace(/（.*）$/, '（副总经理）');
    else c.attendees = c.attendees.slice(0, 2);
  }],
  'three-in-one-experts': [2, (c) => { delete c.experts; }],
  'supervision-entry-missing': [3, (c) => { delete c.supervisionNo; c.supervisionEntered = false; }],
};

/** The scheme an inspection carried out: its unit's, of its industry, dated on or before it (else none). */
function schemeFor(c, schemes) {
  const mine = schemes.filter((s) => s.unit === c.unit && s.industry === c.industry && s.date && s.date <= c.dates.filed);
  return mine.sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0))[0];
}

/** Fill the inspection records in place; adds the planted rule ids (and 计划外 ones) to `expected`. */
export function addInspectionRecords(rng, cases, schemes, expected, used) {
  const { keys } = planMembers(cases);
  const records = cases.filter((c) => c.type === 'inspection');
  let seq = 0;
  for (const c of records) {
    const scheme = schemeFor(c, schemes);
    const post = (list) => rng.pick(list);
    c.kickoffMeeting = true;
    c.summaryMeeting = true;
    c.attendees = [`${personName(rng, used)}（${post(PRINCIPAL)}）`, `${personName(rng, used)}（${post(SAFETY)}）`, `${personName(rng, used)}（${post(OPERATOR)}）`];
    if (scheme) {
      c.schemeId = scheme.id;
      if (scheme.experts?.length) c.experts = [scheme.experts[0]];
    }
    seq += 1;
    c.supervisionNo = `JX-JG-2025-${String(seq).padStart(6, '0')}`; // the number the 互联网+监管 system gave the record
    c.supervisionEntered = true;
    // the 计划内/计划外 column agrees with the sample plan; a record without a named party keeps 计划内
    c.inAnnualPlan = c.party?.name ? keys.has(memberKey(c)) : true;
    if (!c.inAnnualPlan) expected[c.id] = [...expected[c.id], 'inspection-unplanned'].sort();
  }
  // plants: clean, planned inspections only (experts: those whose scheme names experts)
  const free = rng.shuffle(records.filter((c) => !expected[c.id].length));
  for (const [rule, [n, plant]] of Object.entries(INSPECTION_PLANTS)) {
    for (let k = 0; k < n; k++) {
      const at = free.findIndex((c) => rule !== 'three-in-one-experts' || c.experts);
      if (at < 0) break;
      const [c] = free.splice(at, 1);
      plant(c, rng);
      expected[c.id] = [rule];
    }
  }
}
