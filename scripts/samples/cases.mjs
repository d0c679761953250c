/** Clean case files (penalty, inspection, coercion): every rule of the checklist satisfied, strictly. */
import { LAW, VIOLATIONS, COERCIONS } from './law.mjs';
import { addDays, addWorkdays, subtractWorkdays } from './calendar.mjs';
import { penaltyDates, randomWorkday } from './dates.mjs';
import { pickOfficers, unitParty, individualParty } from './people.mjs';

const cn = (iso) => { const [y, m, d] = iso.split('-').map(Number); return `${y}年${m}月${d}日`; };
const WINDOWS = { penalty: ['2025-01-06', '2025-08-29'], overdue: ['2025-01-06', '2025-05-16'], inspection: ['2025-01-06', '2025-11-07'], coercion: ['2025-01-06', '2025-11-14'] };

/** Hearing right required: 个人 ≥1万元, 单位 ≥3万元 (DOMAIN defaults), or suspension/licence revocation. */
export function needsHearing(kind, fine, kinds) {
  return (kind === 'individual' ? fine >= 10000 : fine >= 30000) || kinds.some((k) => /停产停业|吊销/.test(k));
}

function chooseFine(rng, v, opts) {
  const [lo, hi] = v.range;
  const a = Math.max(lo, opts.fineMin ?? 0, lo === 0 ? 3000 : lo);
  const soft = lo === 0 ? Math.round(hi * 0.6) : lo + Math.round((hi - lo) * 0.4);
  const b = Math.min(hi, opts.fineMax ?? Infinity, Math.max(soft, a));
  if (a > b) return undefined;
  return Math.min(b, Math.max(a, Math.round((a + (b - a) * rng.next()) / 1000) * 1000));
}

function pickIndustry(rng, unit, ok) {
  const pairs = unit.industries.filter(([i]) => ok(i));
  return pairs.length ? rng.weighted(pairs) : undefined;
}

/** A clean penalty case. opts narrow the draw so a planted defect is unambiguous (see defects.mjs). */
export function buildPenalty(ctx, unit, opts = {}) {
  const { rng } = ctx;
  const feasible = (v) => (!opts.partyKind || v.kind === opts.partyKind) && (!opts.violations || opts.violations.includes(v.key)) && chooseFine({ next: () => 0.5 }, v, opts) !== undefined;
  const industry = pickIndustry(rng, unit, (i) => VIOLATIONS.some((v) => feasible(v) && v.industries.includes(i)));
  const v = rng.pick(VIOLATIONS.filter((x) => feasible(x) && x.industries.includes(industry)));
  const fine = opts.fineOverride ?? chooseFine(rng, v, opts);
  const kinds = v.kinds ?? ['罚款'];
  const inspect = randomWorkday(rng, opts.overdue ? WINDOWS.overdue : WINDOWS.penalty);
  let party, company;
  if (v.kind === 'unit') party = unitParty(ctx, unit, industry);
  else ({ party, company } = individualParty(ctx, unit, industry));
  const rectify = opts.rectify ?? (v.kind === 'unit' && rng.chance(0.6));
  const needHearing = needsHearing(v.kind, fine, kinds);
  const dates = penaltyDates(rng, { inspect, needHearing, rectify, bigCase: fine >= 50000, opts });
  const facts = v.facts({ inspectDate: cn(inspect), partyRef: party.name, company, industry }, rng);
  const evidence = ['现场检查记录', '询问笔录', '现场照片', ...(v.kind === 'unit' ? ['营业执照复印件', '法定代表人身份证明'] : []), ...v.evidence];
  return {
    type: 'penalty', unit, industry, violation: v, inspect,
    rec: {
      title: `${party.name}${v.short}案`, party, industry, facts,
      violatedArticles: [`${LAW}${v.violated}`], penaltyArticles: [`${LAW}${v.penalty}`], penaltyKinds: kinds, fine,
      officers: pickOfficers(rng, ctx.pools, unit), evidence: [...new Set(evidence)], documents: penaltyDocs(rng, dates, inspect),
      // the violation was found going on at the inspection (第三十六条: counted from its end); recorded on video, reasons given
      dates: { ...dates, violation: inspect }, extensionApproved: opts.extension ? true : undefined, creditPushed: true, referredToJudiciary: false,
      recorded: true, reasoningStated: true, certificateShown: true,
    },
  };
}

/** The documents of a penalty file in the usual order (DOMAIN.md §5); `code` becomes the document number. */
function penaltyDocs(rng, d, inspect) {
  const docs = [
    { title: '行政处罚决定书', date: d.decided, code: '罚' },
    { title: '立案审批表', date: d.filed, code: '立' },
    { title: '询问通知书', date: d.filed, code: '询通' },
    { title: '询问笔录', date: addWorkdays(d.filed, rng.int(1, 3)) },
    { title: '现场检查记录', date: inspect, code: '检记' },
  ];
  if (d.rectificationDeadline) docs.push({ title: '责令限期整改指令书', date: inspect, code: '责改' }, { title: '整改复查意见书', date: d.reinspected, code: '复查' });
  docs.push({ title: '行政处罚告知书', date: d.notified, code: '告' });
  if (d.hearingNotified) docs.push({ title: '听证告知书', date: d.hearingNotified, code: '听告' });
  if (d.hearingHeld) docs.push({ title: '听证会通知书', date: subtractWorkdays(d.hearingHeld, 7), code: '听通' }, { title: '听证笔录', date: d.hearingHeld });
  docs.push({ title: '案件处理呈批表', date: d.legalReview });
  if (d.collectiveDiscussion) docs.push({ title: '集体讨论记录', date: d.collectiveDiscussion });
  docs.push({ title: '法制审核意见', date: d.legalReview }, { title: '文书送达回执', date: d.served }, { title: '结案审批表', date: d.closed }, { title: '罚款收据', date: d.paid });
  return docs;
}

/** A clean inspection (监督检查) file: problems found → rectification order → re-inspection on/after the deadline. */
export function buildInspection(ctx, unit, opts = {}) {
  const { rng } = ctx;
  const industry = rng.weighted(unit.industries);
  const inspect = randomWorkday(rng, WINDOWS.inspection);
  const party = unitParty(ctx, unit, industry);
  const rectify = opts.rectify ?? rng.chance(0.85);
  const found = rectify ? rng.sample(VIOLATIONS.filter((v) => v.kind === 'unit' && v.industries.includes(industry) && v.key !== 'acceptance'), rng.int(1, 3)) : [];
  const dates = { filed: inspect };
  let facts = `${cn(inspect)}，执法人员对${party.name}进行安全生产监督检查，`;
  if (rectify) {
    dates.rectificationDeadline = addDays(inspect, rng.pick([10, 15, 20, 30]));
    dates.reinspected = addWorkdays(dates.rectificationDeadline, rng.int(0, 5));
    dates.closed = addWorkdays(dates.reinspected, rng.int(1, 5));
    facts += `发现以下问题：${found.map((v, i) => `${i + 1}.${v.short}`).join('；')}。已责令该单位于${cn(dates.rectificationDeadline)}前整改完毕。`;
  } else {
    dates.closed = addWorkdays(inspect, rng.int(1, 5));
    facts += '检查了安全生产责任制、教育培训、隐患排查治理和应急管理等情况，未发现安全生产违法行为。';
  }
  const docs = [{ title: '现场检查记录', date: inspect, code: '检' }];
  if (rectify) docs.push({ title: '责令限期整改指令书', date: inspect, code: '责改' }, { title: '整改复查意见书', date: dates.reinspected, code: '复查' });
  docs.push({ title: '结案审批表', date: dates.closed });
  return {
    type: 'inspection', unit, industry, inspect,
    rec: {
      title: `${party.name}安全生产监督检查`, party, industry, facts,
      ...(found.length ? { violatedArticles: found.map((v) => `${LAW}${v.violated}`) } : {}),
      officers: pickOfficers(rng, ctx.pools, unit),
      evidence: ['现场检查记录', '现场照片', '营业执照复印件', ...(rectify ? ['整改报告及整改照片'] : [])],
      documents: docs, dates, recorded: true, certificateShown: true,
    },
  };
}

/** A clean coercion (行政强制) file: 查封/扣押 on the spot, notified and served the same day, lifted within 30 days. */
export function buildCoercion(ctx, unit) {
  const { rng } = ctx;
  const industry = pickIndustry(rng, unit, (i) => COERCIONS.some((c) => c.industries.includes(i)));
  const c = rng.pick(COERCIONS.filter((x) => x.industries.includes(industry)));
  const inspect = randomWorkday(rng, WINDOWS.coercion);
  const party = unitParty(ctx, unit, industry);
  const decided = addWorkdays(inspect, rng.int(0, 1));
  const deadline = addDays(decided, rng.int(10, 20));
  const reinspected = addWorkdays(deadline, rng.int(0, 2));
  const dates = { filed: inspect, notified: decided, decided, served: decided, rectificationDeadline: deadline, reinspected, closed: addWorkdays(reinspected, rng.int(0, 2)) };
  const facts = `${c.facts({ inspectDate: cn(inspect), partyRef: party.name, industry }, rng)}执法人员当场告知当事人采取行政强制措施的理由、依据及其依法享有的权利，决定对${c.object}予以${c.kind}，期限三十日。`;
  return {
    type: 'coercion', unit, industry, inspect,
    rec: {
      title: `对${party.name}${c.object}实施${c.kind}`, party, industry, facts,
      violatedArticles: [`${LAW}${c.violated}`], penaltyArticles: [`${LAW}第六十五条第一款第四项`], penaltyKinds: [c.kind],
      officers: pickOfficers(rng, ctx.pools, unit),
      evidence: ['现场检查记录', '询问笔录', '现场照片', '查封扣押物品清单', '营业执照复印件'],
      documents: [
        { title: '现场检查记录', date: inspect, code: '检记' },
        { title: '强制措施决定书', date: decided, code: '强' },
        { title: '文书送达回执', date: decided },
        { title: '责令限期整改指令书', date: decided, code: '责改' },
        { title: '整改复查意见书', date: reinspected, code: '复查' },
        { title: '结案审批表', date: dates.closed },
      ],
      dates, certificateShown: true,
    },
  };
}
