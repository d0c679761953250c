/** The report as language-resolved sections of paragraphs and tables, shared by every renderer. */
import type { Lang } from '../i18n.js';
import type { Analysis } from '../analyze/index.js';
import { GRADES } from '../analyze/types.js';
import { INDICATORS } from '../analyze/efficiency.js';
import type { Source } from '../model/types.js';
import type { ProblemCount } from '../analyze/problems.js';
import { categoryLabel, pct, s, typeLabel, unitLabel, type StringKey } from './locale.js';
import { followupSections } from './followup-sections.js';

export type Cell = string | number;

export interface Table {
  /** stable id (also the xlsx sheet key) */
  id: string;
  title: string;
  columns: string[];
  rows: Cell[][];
  /** shown instead of an empty table */
  empty?: string;
}

export interface Section {
  id: 'summary' | 'sampling' | 'problems' | 'consistency' | 'efficiency' | 'schemes' | 'ranking' | 'details' | 'comparison' | 'focus' | 'rectification' | 'plan' | 'overlaps';
  title: string;
  paragraphs: string[];
  tables: Table[];
}

/** Evidence values as one line of text (long values cut at 300 characters). */
export function evidenceText(evidence: unknown): string {
  if (evidence === undefined || evidence === null) return '';
  const text = typeof evidence === 'string' ? evidence : JSON.stringify(evidence);
  return text.length > 300 ? `${text.slice(0, 299)}…` : text;
}

/** Provenance as one line: file, sheet, row, pages. */
export function sourceText(src: Source | undefined, lang: Lang): string {
  if (!src) return '';
  const parts = [src.file];
  if (src.sheet) parts.push(`${s('sheet', lang)} ${src.sheet}`);
  if (src.row !== undefined) parts.push(`${s('row', lang)} ${src.row}`);
  if (src.pages?.length) parts.push(`${s('page', lang)} ${src.pages.join(',')}`);
  return parts.join(lang === 'en' ? ', ' : '，');
}

/** A frequent problem as a reader sees it: the checklist title, else the scorer's message. */
export function problemLabel(p: ProblemCount, lang: Lang): string {
  return p.title ? p.title[lang] : p.message || p.ruleId;
}

function summary(a: Analysis, lang: Lang): Section {
  const sm = a.summary;
  const paragraphs = [s('summaryText', lang, { ...sm.grades, drawn: sm.drawn, scored: sm.scored, mean: sm.meanScore, vetoed: sm.vetoed })];
  if (sm.notChecked) paragraphs.push(s('notCheckedText', lang, { n: sm.notChecked }));
  return {
    id: 'summary',
    title: s('summary', lang),
    paragraphs,
    tables: [
      {
        id: 'grades',
        title: s('gradeDistribution', lang),
        columns: [s('grade', lang), s('count', lang), s('share', lang)],
        rows: GRADES.map((g) => [s(g, lang), sm.grades[g], pct(sm.scored ? sm.grades[g] / sm.scored : 0)]),
      },
      {
        id: 'units',
        title: s('byUnit', lang),
        columns: [s('unit', lang), s('files', lang), s('meanScore', lang), ...GRADES.map((g) => s(g, lang)), s('vetoed', lang)],
        rows: sm.byUnit.map((u) => [unitLabel(u.unit, lang), u.files, u.meanScore, ...GRADES.map((g) => u.grades[g]), u.vetoed]),
      },
    ],
  };
}

/** The scope line every analysis over case records carries (period, date rule, place, what was left out). */
export function scopeParagraph(a: Analysis, lang: Lang): string | undefined {
  const sc = a.scope;
  if (!sc) return undefined;
  if (!sc.period) return s('scopeAll', lang, { cases: sc.cases });
  const dateField = (sc.dateField ?? '')
    .split('|')
    .map((f) => ({ 'dates.decided': lang === 'en' ? 'decision date' : '决定日期', 'dates.closed': lang === 'en' ? 'closing date' : '结案日期', 'dates.filed': lang === 'en' ? 'filing date' : '立案日期' })[f] ?? f)
    .join(lang === 'en' ? ' or ' : '或');
  const place = sc.place ? (lang === 'en' ? `, units of ${sc.place}` : `${sc.place}所辖单位`) : '';
  return s('scopeText', lang, { ...sc, dateField, place });
}

function sampling(a: Analysis, lang: Lang): Section | undefined {
  const m = a.sampling;
  if (!m) return undefined;
  const params = [m.rate ? `${s('rate', lang)} ${m.rate}` : '', m.min ? `${s('min', lang)} ${m.min}` : '', m.stratumMin ? (lang === 'en' ? `at least ${m.stratumMin} per stratum` : `每层至少 ${m.stratumMin} 件`) : '', m.strata ? `${s('strata', lang)} ${m.strata}` : '', m.scope ? (lang === 'en' ? `scope ${m.scope}` : `范围 ${m.scope}`) : '']
    .filter(Boolean)
    .join(lang === 'en' ? ', ' : '，');
  const name = m.preset ? `${m.preset}${m.presetVersion ? ` v${m.presetVersion}` : ''}` : lang === 'en' ? 'the given parameters' : '所给参数';
  const rule = params ? (lang === 'en' ? `${name} (${params})` : ` ${name}（${params}）`) : lang === 'en' ? name : ` ${name} `;
  const paragraphs = [m.records !== undefined && m.frame !== undefined ? s('samplingText', lang, { rule, period: m.period ?? '—', records: m.records, frame: m.frame, drawn: m.drawn }) : s('samplingDrawn', lang, { rule, drawn: m.drawn })];
  if (m.unplaced.length) paragraphs.push(s('unplacedText', lang, { units: m.unplaced.map((u) => `${u.unit}（${u.records}）`).join(lang === 'en' ? ', ' : '、') }));
  return {
    id: 'sampling',
    title: s('sampling', lang),
    paragraphs,
    tables: [
      {
        id: 'leftOut',
        title: s('leftOutTitle', lang),
        columns: [s('leftOutReason', lang), s('count', lang), s('unit', lang)],
        rows: m.leftOut.map((x) => [s(x.reason, lang), x.records, (x.units ?? []).join(lang === 'en' ? ', ' : '、')]),
        empty: s('none', lang),
      },
      {
        id: 'strata',
        title: s('stratumTable', lang),
        columns: [s('stratum', lang), s('population', lang), s('drawn', lang)],
        rows: m.byStratum.map((x) => [x.key, x.population, x.quota]),
      },
    ],
  };
}

function problems(a: Analysis, lang: Lang): Section {
  return {
    id: 'problems',
    title: s('problems', lang),
    paragraphs: [s('problemsText', lang), s('problemsScope', lang, { scored: a.summary.scored })],
    tables: [
      {
        id: 'problems',
        title: s('problemsOverall', lang),
        columns: ['#', s('rule', lang), s('category', lang), s('problem', lang), s('files', lang), s('share', lang), s('basis', lang)],
        rows: a.problems.overall.map((p, i) => [i + 1, p.ruleId, categoryLabel(p.category, lang), problemLabel(p, lang), p.files, pct(p.share), p.basis ?? '']),
        empty: s('noProblems', lang),
      },
      {
        id: 'problemsByUnit',
        title: s('problemsByUnit', lang),
        columns: [s('unit', lang), s('rule', lang), s('category', lang), s('problem', lang), s('files', lang), s('share', lang)],
        rows: a.problems.byUnit.flatMap((u) => u.problems.map((p) => [unitLabel(u.unit, lang), p.ruleId, categoryLabel(p.category, lang), problemLabel(p, lang), p.files, pct(p.share)])),
        empty: s('noProblems', lang),
      },
    ],
  };
}

function consistency(a: Analysis, lang: Lang): Section {
  const c = a.consistency;
  const sec: Section = { id: 'consistency', title: s('consistency', lang), paragraphs: [], tables: [] };
  if (!c) return { ...sec, paragraphs: [s('needsDataset', lang)] };
  sec.paragraphs.push(s('consistencyText', lang, { minGroup: c.method.minGroup, zLimit: c.method.zLimit }));
  const scopeLine = scopeParagraph(a, lang);
  if (scopeLine) sec.paragraphs.push(scopeLine);
  const range = (r: (typeof c.articles)[number]['range']) => (r ? `${r.min}–${r.max ?? '…'}` : s('noRange', lang));
  sec.tables.push(
    {
      id: 'articles',
      title: s('consistency', lang),
      columns: [s('article', lang), s('statutoryRange', lang), s('cases', lang), s('minFine', lang), s('medianFine', lang), s('maxFine', lang), s('outOfRange', lang)],
      rows: c.articles.map((x) => [x.article, range(x.range), x.cases, x.min, x.median, x.max, x.outOfRange]),
      empty: s('noFines', lang),
    },
    {
      id: 'outliers',
      title: s('outliers', lang),
      columns: [s('caseId', lang), s('unit', lang), s('article', lang), s('fine', lang), s('medianFine', lang), s('zScore', lang), s('direction', lang), s('outOfRange', lang)],
      rows: c.outliers.map((o) => [o.id, unitLabel(o.unit, lang), o.article, o.fine, o.median, o.z ?? '', s(o.direction, lang), s(o.outOfRange ? 'yes' : 'no', lang)]),
      empty: s('noOutliers', lang),
    },
  );
  return sec;
}

function efficiency(a: Analysis, lang: Lang): Section {
  const e = a.efficiency;
  const sec: Section = { id: 'efficiency', title: s('efficiency', lang), paragraphs: [], tables: [] };
  if (!e) return { ...sec, paragraphs: [s('needsDataset', lang)] };
  sec.paragraphs.push(s('efficiencyText', lang, { cases: e.cases, asOf: e.asOf ?? '—' }));
  const scopeLine = scopeParagraph(a, lang);
  if (scopeLine) sec.paragraphs.push(scopeLine);
  if (!e.workingDaysAvailable) sec.paragraphs.push(s('noWorkingDays', lang));
  const rate = (r: { denominator: number; rate: number }) => (r.denominator ? pct(r.rate) : '—');
  sec.tables.push(
    {
      id: 'efficiency',
      title: s('efficiency', lang),
      columns: [s('indicator', lang), s('numerator', lang), s('denominator', lang), s('rateValue', lang), s('unknown', lang)],
      rows: [
        ...INDICATORS.map((k) => {
          const r = e.rates[k];
          return [s(k as StringKey, lang), r.numerator, r.denominator, rate(r), r.unknown];
        }),
        [s('meanDays', lang), e.meanDaysFiledToDecided.days ?? '—', e.meanDaysFiledToDecided.cases, '', ''],
        [s('hazardsNoFollowUp', lang), e.hazardsWithoutFollowUp.count, '', '', ''],
      ],
    },
    {
      id: 'efficiencyByUnit',
      title: s('byUnit', lang),
      columns: [s('unit', lang), s('cases', lang), ...INDICATORS.map((k) => s(k as StringKey, lang)), s('meanDays', lang), s('hazardsNoFollowUp', lang)],
      rows: e.byUnit.map((u) => [
        unitLabel(u.unit, lang),
        u.cases,
        ...INDICATORS.map((k) => rate(u.rates[k])),
        u.meanDaysFiledToDecided.days ?? '—',
        u.hazardsWithoutFollowUp.count,
      ]),
    },
  );
  return sec;
}

function schemes(a: Analysis, lang: Lang): Section {
  const o = a.schemes;
  const sec: Section = { id: 'schemes', title: s('schemes', lang), paragraphs: [], tables: [] };
  if (!o) return { ...sec, paragraphs: [s('noSchemes', lang)] };
  sec.paragraphs.push(s('schemesText', lang, { drawn: o.drawn, approved: o.approved, rejected: o.rejected }));
  sec.tables.push(
    {
      id: 'schemesByUnit',
      title: s('byUnit', lang),
      columns: [s('unit', lang), s('drawn', lang), s('approved', lang), s('rejected', lang)],
      rows: o.byUnit.map((u) => [unitLabel(u.unit, lang), u.drawn, u.approved, u.rejected]),
    },
    {
      id: 'schemeReasons',
      title: s('reasons', lang),
      columns: [s('rule', lang), s('severity', lang), s('schemeCount', lang)],
      rows: o.reasons.map((r) => [r.ruleId, s(r.severity, lang), r.schemes]),
      empty: s('none', lang),
    },
    {
      id: 'rejectedSchemes',
      title: s('rejectedList', lang),
      columns: [s('scheme', lang), s('unit', lang), s('target', lang), s('reasons', lang), s('basis', lang)],
      rows: o.rejectedSchemes.map((x) => {
        const rs = x.reasons.filter((r) => r.severity === 'reject');
        return [x.id, unitLabel(x.unit ?? '', lang), x.target ?? '', rs.map((r) => r.message).join('；'), [...new Set(rs.map((r) => r.basis).filter(Boolean))].join('；')];
      }),
      empty: s('none', lang),
    },
  );
  return sec;
}

function ranking(a: Analysis, lang: Lang): Section {
  return {
    id: 'ranking',
    title: s('ranking', lang),
    paragraphs: [s('rankingText', lang)],
    tables: [
      {
        id: 'ranking',
        title: s('ranking', lang),
        columns: [s('rank', lang), s('caseId', lang), s('unit', lang), s('type', lang), s('score', lang), s('substantive', lang), s('findings', lang), s('notChecked', lang)],
        rows: a.ranking.ranking.map((r) => [r.rank, r.id, unitLabel(r.unit, lang), typeLabel(r.type, lang), r.score, r.substantiveDeductions, r.findings, r.notChecked]),
        empty: s('noEligible', lang),
      },
      {
        id: 'unitRanking',
        title: s('unitRanking', lang),
        columns: [s('rank', lang), s('unit', lang), s('files', lang), s('meanScore', lang)],
        rows: a.ranking.units.map((u) => [u.rank, unitLabel(u.unit, lang), u.files, u.meanScore]),
      },
    ],
  };
}

function details(a: Analysis, lang: Lang): Section {
  return {
    id: 'details',
    title: s('details', lang),
    paragraphs: [],
    tables: [
      {
        id: 'files',
        title: s('fileList', lang),
        columns: [s('caseId', lang), s('unit', lang), s('type', lang), s('score', lang), s('grade', lang), s('vetoed', lang), s('findings', lang), s('notChecked', lang), s('source', lang)],
        rows: a.files.map((f) => [
          f.id,
          unitLabel(f.unit ?? '', lang),
          typeLabel(f.type ?? '', lang),
          f.score,
          s(f.grade, lang),
          s(f.vetoed ? 'yes' : 'no', lang),
          f.findings.length,
          f.notChecked.join(', '),
          sourceText(f.source, lang),
        ]),
      },
      {
        id: 'findings',
        title: s('findingList', lang),
        columns: [s('caseId', lang), s('unit', lang), s('rule', lang), s('category', lang), s('deduction', lang), s('veto', lang), s('problem', lang), s('basis', lang), s('evidence', lang)],
        rows: a.files.flatMap((f) =>
          f.findings.map((x) => [f.id, unitLabel(f.unit ?? '', lang), x.ruleId, categoryLabel(x.category, lang), x.deduction, s(x.veto ? 'yes' : 'no', lang), x.message, x.basis ?? '', evidenceText(x.evidence)]),
        ),
        empty: s('noProblems', lang),
      },
    ],
  };
}

/** The cover as label/value pairs (values already formatted). */
export function coverRows(a: Analysis, lang: Lang): [string, string][] {
  const c = a.cover;
  const rows: [string, string | undefined][] = [
    [s('period', lang), c.period],
    [s('ranBy', lang), c.ranBy],
    [s('generatedAt', lang), c.generatedAt],
    [s('toolVersion', lang), c.toolVersion],
    [s('seed', lang), c.seed],
    [s('algorithm', lang), c.algorithm],
    [s('preset', lang), c.preset],
    [s('rate', lang), c.rate],
    [s('min', lang), c.min === undefined ? undefined : String(c.min)],
    [s('strata', lang), c.strata],
  ];
  return rows.filter((r): r is [string, string] => r[1] !== undefined && r[1] !== '');
}

/** Input files with their hashes: the sample's inputs, then the files this report was built from. */
export function hashTable(a: Analysis, lang: Lang): Table {
  return {
    id: 'inputs',
    title: s('inputHashes', lang),
    columns: [s('role', lang), s('path', lang), 'SHA-256'],
    rows: [...a.cover.sampleInputs.map((i) => [s('sampleInput', lang), i.path, i.sha256]), ...a.cover.sources.map((i) => [i.role, i.path, i.sha256])],
    empty: s('none', lang),
  };
}

/** Every section of the report, in order. */
export function buildSections(a: Analysis, lang: Lang): Section[] {
  const drawn = sampling(a, lang);
  return [summary(a, lang), ...(drawn ? [drawn] : []), problems(a, lang), consistency(a, lang), efficiency(a, lang), schemes(a, lang), ranking(a, lang), ...followupSections(a, lang), details(a, lang)];
}
