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

/** The follow-up sections present in this analysis, in report order. */
export function followupSections(a: Analysis, lang: Lang): Section[] {
  return [comparison(a, lang), focus(a, lang), rectification(a, lang)].filter((x): x is Section => x !== undefined);
}
