/** Report sections of the follow-up stage: 与上期对比 (--previous), 问题聚焦 (with a dataset), 整改情况 (--rectification). */
import type { Lang, LocalText } from '../i18n.js';
import type { Analysis } from '../analyze/index.js';
import type { Section, Table } from './sections.js';
import { pct, s, unitLabel, type StringKey } from './locale.js';

const T = {
  comparison: { zh: '与上期对比', en: 'Compared with the previous period' },
  comparisonText: { zh: '上期：{prev}；本期：{cur}。变化为本期减上期；仅一期出现的单位标为“新增”或“本期无”。', en: 'Previous: {prev}; this period: {cur}. Change is this period minus the previous one; units in only one period are marked new or gone.' },
  indicator: { zh: '指标', en: 'Indicator' },
  previous: { zh: '上期', en: 'Previous' },
  current: { zh: '本期', en: 'This period' },
  change: { zh: '变化', en: 'Change' },
  presence: { zh: '对比', en: 'In' },
  both: { zh: '两期', en: 'both' },
  new: { zh: '新增', en: 'new' },
  gone: { zh: '本期无', en: 'gone' },
  recurring: { zh: '反复出现的问题', en: 'Recurring problems (反复出现)' },
  recurringEmpty: { zh: '没有在两期中重复出现的问题。', en: 'No problem recurs in both periods.' },
  previousFiles: { zh: '上期案卷', en: 'Files (previous)' },
  currentFiles: { zh: '本期案卷', en: 'Files (this period)' },
  unitsCompared: { zh: '各单位对比', en: 'Units compared' },
  efficiencyCompared: { zh: '执法效能指标对比', en: 'Efficiency indicators compared' },
  scored: { zh: '评查案卷数', en: 'Files scored' },
  excellentShare: { zh: '优秀率', en: 'Excellent share' },
  failShare: { zh: '不合格率', en: 'Fail share' },
  findingsPerFile: { zh: '每卷问题数', en: 'Findings per file' },
  unitsWithFindings: { zh: '有问题的单位数', en: 'Units with findings' },
  focus: { zh: '问题聚焦', en: 'Problem focus by industry' },
  focusText: { zh: '按行业归纳多发频发问题（赣应急字〔2020〕168号 第六部分第（十六）项），列出涉及案卷数、占该行业评查案卷的比例、依据和建议措施，供在本行业领域发布。', en: 'Frequent problems summed up per industry (赣应急字〔2020〕168号 §六(十六)), with the files affected, their share of the industry\'s files, the basis and a suggested countermeasure, fit to be published in that industry.' },
  industry: { zh: '行业', en: 'Industry' },
  countermeasure: { zh: '建议措施', en: 'Suggested countermeasure' },
  rectification: { zh: '整改情况', en: 'Rectification' },
  rectificationText: { zh: '截至 {asOf}：问题 {total} 个，已整改 {rectified} 个，整改中 {inProgress} 个，未整改 {open} 个，其中逾期 {overdue} 个。', en: 'As of {asOf}: {total} findings, {rectified} rectified, {inProgress} in progress, {open} open, {overdue} of them overdue.' },
  rectifiedRate: { zh: '整改率', en: 'Rectified' },
  rectified: { zh: '已整改', en: 'Rectified' },
  inProgress: { zh: '整改中', en: 'In progress' },
  open: { zh: '未整改', en: 'Open' },
  overdue: { zh: '逾期', en: 'Overdue' },
  overdueList: { zh: '逾期未整改问题（按单位）', en: 'Overdue items by unit' },
  noOverdue: { zh: '没有逾期未整改的问题。', en: 'No item is overdue.' },
  deadline: { zh: '整改期限', en: 'Deadline' },
  status: { zh: '状态', en: 'Status' },
  noFeedback: { zh: '未反馈', en: 'no feedback' },
  feedbackProblems: { zh: '反馈表中未采用的行', en: 'Feedback rows not used' },
  row: { zh: '行', en: 'Row' },
  kind: { zh: '类型', en: 'Kind' },
  message: { zh: '说明', en: 'Note' },
  plan: { zh: '计划执行', en: 'Plan execution' },
  planText: { zh: '{period}（{from} 至 {to}）年度监督检查计划执行情况。按比例规则：企业在期间内应检查次数 = 年度计划次数 × 比例（列有计划月份时为落在期间内的月份占比，否则全年为 1、半年为 1/2）；应检查至少 1 次而未检查为“未检查”；执行率 = Σ min(已检查, 应检查) ÷ Σ 应检查。', en: 'Annual plan execution for {period} ({from} to {to}). Pro rata: an enterprise is due planned × share inspections (share: its planned months in the period, else 1 a year, 1/2 a half-year); due at least once and not inspected is missed; rate = Σ min(done, due) ÷ Σ due.' },
  plannedEnterprises: { zh: '计划企业', en: 'Planned' },
  inspectedEnterprises: { zh: '已检查企业', en: 'Inspected' },
  due: { zh: '应检查次数', en: 'Due' },
  done: { zh: '已检查次数', en: 'Done' },
  executionRate: { zh: '执行率', en: 'Rate' },
  missed: { zh: '未检查', en: 'Missed' },
  unplanned: { zh: '计划外', en: 'Unplanned' },
  under: { zh: '检查不足', en: 'Under' },
  over: { zh: '检查过多', en: 'Over' },
  missedList: { zh: '计划内未检查的企业', en: 'Planned enterprises not inspected' },
  unplannedList: { zh: '计划外检查的企业', en: 'Enterprises inspected outside the plan' },
  enterprise: { zh: '企业', en: 'Enterprise' },
  creditCode: { zh: '统一社会信用代码', en: 'Credit code' },
  others: { zh: '其他单位检查', en: 'Inspected by others' },
  inPlanOf: { zh: '列入其计划的单位', en: 'In the plan of' },
  cases: { zh: '案卷', en: 'Cases' },
  overlaps: { zh: '重复执法与执法缺位', en: 'Duplicate enforcement and gaps' },
  overlapsText: { zh: '同一企业在 {window} 天内被不同执法单位（不同层级或同级两个单位）执法的情况；本单位对自己责令整改事项的复查不计。列有计划时，另列期间内未被任何层级检查的重点企业（执法缺位）。', en: 'Enterprises acted on by two different units (of different levels, or two of one level) within {window} days; a unit re-inspecting its own order does not count. With a plan, key enterprises no unit inspected in the period (gaps).' },
  overlapList: { zh: '重复执法', en: 'Duplicate enforcement' },
  noOverlaps: { zh: '未发现重复执法。', en: 'No duplicate enforcement found.' },
  gaps: { zh: '执法缺位（重点企业未被检查）', en: 'Gaps (key enterprises not inspected)' },
  noGaps: { zh: '没有未被检查的重点企业。', en: 'Every key enterprise was inspected.' },
} satisfies Record<string, LocalText>;

const t = (k: keyof typeof T, lang: Lang, p: Record<string, string | number> = {}) => T[k][lang].replace(/\{(\w+)\}/g, (_, x: string) => String(p[x] ?? `{${x}}`));
const num = (v: number | null, asPct = false) => (v === null ? '—' : asPct ? pct(v) : v);
const signed = (v: number | null, asPct = false) => (v === null ? '—' : `${v > 0 ? '+' : ''}${asPct ? `${Math.round(v * 1000) / 10}pp` : v}`);
const PCT_KEYS = new Set(['excellentShare', 'failShare']);

function comparison(a: Analysis, lang: Lang): Section | undefined {
  const c = a.comparison;
  if (!c) return undefined;
  const label = (k: string) => (k in T ? t(k as keyof typeof T, lang) : s(k as StringKey, lang));
  const tables: Table[] = [
    {
      id: 'comparison',
      title: t('comparison', lang),
      columns: [t('indicator', lang), t('previous', lang), t('current', lang), t('change', lang)],
      rows: c.indicators.map((i) => [label(i.key), num(i.previous, PCT_KEYS.has(i.key)), num(i.current, PCT_KEYS.has(i.key)), signed(i.change, PCT_KEYS.has(i.key))]),
    },
    {
      id: 'comparisonUnits',
      title: t('unitsCompared', lang),
      columns: [s('unit', lang), t('presence', lang), `${t('previous', lang)} ${s('files', lang)}`, `${t('previous', lang)} ${s('meanScore', lang)}`, `${t('current', lang)} ${s('files', lang)}`, `${t('current', lang)} ${s('meanScore', lang)}`, t('change', lang)],
      rows: c.units.map((u) => [unitLabel(u.unit, lang), t(u.presence, lang), u.previous?.files ?? '—', u.previous?.meanScore ?? '—', u.current?.files ?? '—', u.current?.meanScore ?? '—', signed(u.meanScoreChange)]),
    },
    {
      id: 'recurring',
      title: t('recurring', lang),
      columns: [s('unit', lang), s('rule', lang), s('problem', lang), t('previousFiles', lang), t('currentFiles', lang), s('basis', lang)],
      rows: c.recurring.map((r) => [unitLabel(r.unit, lang), r.ruleId, r.message, r.previousFiles, r.currentFiles, r.basis]),
      empty: t('recurringEmpty', lang),
    },
  ];
  if (c.efficiency) {
    tables.push({
      id: 'efficiencyCompared',
      title: t('efficiencyCompared', lang),
      columns: [t('indicator', lang), t('previous', lang), t('current', lang), t('change', lang)],
      rows: c.efficiency.map((e) => [s(e.key as StringKey, lang), num(e.previous, true), num(e.current, true), signed(e.change, true)]),
    });
  }
  return { id: 'comparison', title: t('comparison', lang), paragraphs: [t('comparisonText', lang, { prev: c.previousPeriod ?? '—', cur: c.currentPeriod ?? a.cover.period ?? '—' })], tables };
}

function focus(a: Analysis, lang: Lang): Section | undefined {
  if (!a.focus) return undefined;
  return {
    id: 'focus',
    title: t('focus', lang),
    paragraphs: [t('focusText', lang)],
    tables: [
      {
        id: 'focus',
        title: t('focus', lang),
        columns: [t('industry', lang), '#', s('problem', lang), s('files', lang), s('share', lang), s('basis', lang), t('countermeasure', lang)],
        rows: a.focus.flatMap((g) => g.problems.map((p, i) => [`${g.industry}（${g.files}）`, i + 1, p.title ? p.title[lang] : p.message, p.files, pct(p.share), p.basis, p.countermeasure[lang]])),
        empty: s('noProblems', lang),
        // the 通报 per industry is its own document (report --format focus): the printed report names the sheet
        workbook: true,
      },
    ],
  };
}

function rectification(a: Analysis, lang: Lang): Section | undefined {
  const r = a.rectification;
  if (!r) return undefined;
  const sum = (k: 'findings' | 'rectified' | 'inProgress' | 'open' | 'overdue') => r.units.reduce((n, u) => n + u[k], 0);
  const overdue = r.findings.filter((f) => f.overdue);
  return {
    id: 'rectification',
    title: t('rectification', lang),
    paragraphs: [t('rectificationText', lang, { asOf: r.asOf, total: sum('findings'), rectified: sum('rectified'), inProgress: sum('inProgress'), open: sum('open'), overdue: sum('overdue') })],
    tables: [
      {
        id: 'rectificationByUnit',
        title: s('byUnit', lang),
        columns: [s('unit', lang), s('findings', lang), t('rectified', lang), t('inProgress', lang), t('open', lang), t('overdue', lang), t('rectifiedRate', lang)],
        rows: r.units.map((u) => [unitLabel(u.unit, lang), u.findings, u.rectified, u.inProgress, u.open, u.overdue, u.findings ? pct(u.rectified / u.findings) : '—']),
      },
      {
        id: 'overdue',
        title: t('overdueList', lang),
        columns: [s('unit', lang), s('caseId', lang), s('problem', lang), t('deadline', lang), t('status', lang)],
        rows: overdue.map((f) => [unitLabel(f.unit, lang), f.caseId, f.problem, f.deadline ?? '—', f.noFeedback ? t('noFeedback', lang) : t(f.status, lang)]),
        empty: t('noOverdue', lang),
      },
      {
        id: 'feedbackProblems',
        title: t('feedbackProblems', lang),
        columns: [s('path', lang), t('row', lang), t('kind', lang), t('message', lang)],
        rows: r.problems.map((p) => [p.file.split(/[\\/]/).pop() ?? p.file, p.row ?? '', p.kind, p.message]),
        empty: s('none', lang),
      },
    ],
  };
}

function plan(a: Analysis, lang: Lang): Section | undefined {
  const p = a.plan;
  if (!p) return undefined;
  return {
    id: 'plan',
    title: t('plan', lang),
    paragraphs: [t('planText', lang, { period: p.period.id, from: p.period.from, to: p.period.to })],
    tables: [
      {
        id: 'planByUnit',
        title: s('byUnit', lang),
        columns: [s('unit', lang), t('plannedEnterprises', lang), t('inspectedEnterprises', lang), t('due', lang), t('done', lang), t('executionRate', lang), t('missed', lang), t('unplanned', lang), t('under', lang), t('over', lang)],
        rows: p.units.map((u) => [unitLabel(u.unit, lang), u.plannedEnterprises, u.inspectedEnterprises, u.plannedInspections, u.inspections, u.executionRate === null ? '—' : pct(u.executionRate), u.missed, u.unplanned, u.under, u.over]),
      },
      {
        id: 'planMissed',
        title: t('missedList', lang),
        columns: [s('unit', lang), t('enterprise', lang), t('creditCode', lang), t('due', lang), t('others', lang)],
        rows: p.missed.map((m) => [unitLabel(m.unit, lang), m.name, m.creditCode ?? '', m.due, m.inspectedByOthers.join('、')]),
        empty: s('none', lang),
      },
      {
        id: 'planUnplanned',
        title: t('unplannedList', lang),
        columns: [s('unit', lang), t('enterprise', lang), t('creditCode', lang), t('cases', lang), t('inPlanOf', lang)],
        rows: p.unplanned.map((m) => [unitLabel(m.unit, lang), m.name, m.creditCode ?? '', m.cases.join('、'), m.inPlanOf.join('、')]),
        empty: s('none', lang),
      },
    ],
  };
}

function overlaps(a: Analysis, lang: Lang): Section | undefined {
  const o = a.overlaps;
  if (!o) return undefined;
  const tables: Table[] = [
    {
      id: 'overlaps',
      title: t('overlapList', lang),
      columns: [t('enterprise', lang), t('creditCode', lang), s('unit', lang), t('cases', lang)],
      rows: o.overlaps.map((x) => [x.name, x.creditCode ?? '', x.units.map((u) => unitLabel(u, lang)).join('、'), x.cases.map((c) => `${c.date} ${c.unit} ${c.id}`).join('；')]),
      empty: t('noOverlaps', lang),
    },
  ];
  if (o.gaps) tables.push({ id: 'gaps', title: t('gaps', lang), columns: [t('enterprise', lang), t('creditCode', lang), s('unit', lang)], rows: o.gaps.map((g) => [g.name, g.creditCode ?? '', unitLabel(g.unit, lang)]), empty: t('noGaps', lang) });
  return { id: 'overlaps', title: t('overlaps', lang), paragraphs: [t('overlapsText', lang, { window: o.windowDays })], tables };
}

/** The follow-up sections present in this analysis, in report order. */
export function followupSections(a: Analysis, lang: Lang): Section[] {
  return [comparison(a, lang), plan(a, lang), overlaps(a, lang), focus(a, lang), rectification(a, lang)].filter((x): x is Section => x !== undefined);
}
