/** The report as language-resolved sections of paragraphs and tables, shared by every renderer. */
import type { Lang } from '../i18n.js';
import type { Analysis } from '../analyze/index.js';
import { GRADES } from '../analyze/types.js';
import { INDICATORS } from '../analyze/efficiency.js';
import type { Source } from '../model/types.js';
import type { ProblemCount } from '../analyze/problems.js';
import type { ScoredFile } from '../analyze/types.js';
import type { RankedUnit } from '../analyze/rank.js';
import { reviewSection } from './review-section.js';
import { documentsSection } from './documents-section.js';
import { categoryLabel, pct, s, typeLabel, unitLabel, type StringKey } from './locale.js';
import { algorithmLabel, dateLabel, datesInText, displayName, periodLabel, presetLabel, rateLabel, recordLabel, strataLabel } from './format.js';
import { defectText, evidenceSentence, ruleText } from './defects.js';
import { byUnit } from './unit-order.js';
import { followupSections } from './followup-sections.js';
import { contentWidths } from './layout.js';

export type Cell = string | number;

/** How a column's values are shown: text as is, integers, decimals, shares (0..1 shown as 30.0%). */
export type ColumnFormat = 'text' | 'int' | 'num' | 'pct';

export interface Table {
  /** stable id (also the xlsx sheet key) */
  id: string;
  title: string;
  columns: string[];
  rows: Cell[][];
  /** shown instead of an empty table */
  empty?: string;
  /** per column; text when absent */
  formats?: ColumnFormat[];
  /** per column, the width in characters a printed page gives it (never under 4) */
  widths?: number[];
  /** printed in the appendix (long tables), on landscape pages when `landscape` */
  appendix?: boolean;
  landscape?: boolean;
  /** too long for print: when report.xlsx is written beside, the printed report names its sheet instead */
  workbook?: boolean;
  /** the rule id of each row (xlsx adds them as a column for machines; readers see titles) */
  ruleIds?: string[];
}

/** A cell as text: shares as 30.0%, numbers as written, everything else as is. */
export function cellText(t: Table, col: number, value: Cell): string {
  return t.formats?.[col] === 'pct' && typeof value === 'number' ? pct(value) : String(value);
}

export interface Section {
  id: 'summary' | 'sampling' | 'documents' | 'problems' | 'consistency' | 'efficiency' | 'schemes' | 'ranking' | 'review' | 'details' | 'comparison' | 'focus' | 'rectification' | 'plan' | 'overlaps';
  title: string;
  paragraphs: string[];
  tables: Table[];
}

/** Evidence as a short readable sentence (see defects.ts). */
export function evidenceText(evidence: unknown, lang: Lang = 'zh'): string {
  return evidenceSentence(evidence, lang);
}

/** Provenance as one line: file (relative), sheet, row, pages. */
export function sourceText(src: Source | undefined, lang: Lang): string {
  if (!src) return '';
  const parts = [recordLabel(displayName(src.file), lang)];
  if (src.sheet) parts.push(`${s('sheet', lang)} ${src.sheet}`);
  if (src.row !== undefined) parts.push(`${s('row', lang)} ${src.row}`);
  if (src.pages?.length) parts.push(`${s('page', lang)} ${src.pages.join(',')}`);
  return parts.join(lang === 'en' ? ', ' : '，');
}

/** A frequent problem as a reader sees it: the defect found (缺少询问笔录), not the requirement. */
export function problemLabel(p: ProblemCount, lang: Lang, a?: Analysis): string {
  const findings = a ? a.files.flatMap((f) => f.findings.filter((x) => x.ruleId === p.ruleId)) : [{ message: p.message, evidence: undefined }];
  return defectText(p.ruleId, lang, findings);
}

/** The checklist item a rule checks, by title. */
function ruleTitle(a: Analysis, ruleId: string, lang: Lang): string {
  return ruleText(ruleId, lang, a.ruleTitles);
}

/** A finding's problem in the report's language: the scorer's message, or the rule's defect when the message is in the other language. */
function findingText(x: { ruleId: string; message: string; evidence?: unknown }, lang: Lang): string {
  const cjk = /[\u4e00-\u9fff]/.test(x.message);
  if ((lang === 'en') === cjk) return defectText(x.ruleId, lang, [x]);
  return datesInText(x.message, lang);
}

/** Per-unit lists in administrative order. */
function unitSorted<T extends { unit: string }>(list: readonly T[]): T[] {
  return byUnit(list, (x) => x.unit);
}

function summary(a: Analysis, lang: Lang): Section {
  const sm = a.summary;
  const paragraphs = [s('summaryText', lang, { ...sm.grades, drawn: sm.drawn, scored: sm.scored, mean: sm.meanScore ?? '—', vetoed: sm.vetoed })];
  if (sm.grades.provisional) paragraphs.push(s('provisionalText', lang, { n: sm.grades.provisional }));
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
        rows: GRADES.map((g) => [s(g, lang), sm.grades[g], sm.scored ? sm.grades[g] / sm.scored : 0]),
        formats: ['text', 'int', 'pct'],
        widths: [8, 6, 8],
      },
      {
        id: 'units',
        title: s('byUnit', lang),
        columns: [s('unit', lang), s('files', lang), s('meanScore', lang), ...GRADES.map((g) => s(g, lang)), s('vetoed', lang)],
        rows: unitSorted(sm.byUnit).map((u) => [unitLabel(u.unit, lang), u.files, u.meanScore ?? '—', ...GRADES.map((g) => u.grades[g]), u.vetoed]),
        formats: ['text', 'int', 'num', ...GRADES.map(() => 'int' as const), 'int'],
        widths: [14, 5, 6, ...GRADES.map((g) => (g === 'fail' ? 5 : 4)), 4],
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
  // reader wording: the rate as 30%, the strata and preset by name, the period as 2025年上半年
  const params = [m.rate ? `${s('rate', lang)} ${rateLabel(m.rate)}` : '', m.min ? `${s('min', lang)} ${m.min}` : '', m.stratumMin ? (lang === 'en' ? `at least ${m.stratumMin} per stratum` : `每层至少 ${m.stratumMin} 件`) : '', m.strata ? strataLabel(m.strata, lang) : '', m.scope ? (lang === 'en' ? `scope ${m.scope}` : `范围 ${m.scope}`) : '']
    .filter(Boolean)
    .join(lang === 'en' ? ', ' : '，');
  const name = m.preset ? `${presetLabel(m.preset, lang)}${m.presetVersion ? (lang === 'en' ? ` (version ${m.presetVersion})` : `（第 ${m.presetVersion} 版）`) : ''}` : lang === 'en' ? 'the given parameters' : '所给参数';
  const rule = params ? (lang === 'en' ? `${name} (${params})` : `${name}（${params}）`) : name; // zh names are Chinese now: no spaces around them
  const paragraphs = [m.records !== undefined && m.frame !== undefined ? s('samplingText', lang, { rule, period: m.period ? periodLabel(m.period, lang) : '—', records: m.records, frame: m.frame, drawn: m.drawn }) : s('samplingDrawn', lang, { rule, drawn: m.drawn })];
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
        columns: [s('seq', lang), s('problem', lang), s('category', lang), s('files', lang), s('share', lang), s('basis', lang)],
        rows: a.problems.overall.map((p, i) => [i + 1, problemLabel(p, lang, a), categoryLabel(p.category, lang), p.files, p.share, p.basis ?? '']),
        ruleIds: a.problems.overall.map((p) => p.ruleId),
        empty: s('noProblems', lang),
        formats: ['int', 'text', 'text', 'int', 'pct', 'text'],
        widths: [4, 16, 6, 5, 6, 16],
      },
      {
        id: 'problemsByUnit',
        title: s('problemsByUnit', lang),
        columns: [s('unit', lang), s('problem', lang), s('category', lang), s('files', lang), s('share', lang)],
        rows: unitSorted(a.problems.byUnit).flatMap((u) =>
          u.problems.map((p) => [unitLabel(u.unit, lang), problemLabel(p, lang, { ...a, files: a.files.filter((f) => (f.unit ?? '') === u.unit) }), categoryLabel(p.category, lang), p.files, p.share]),
        ),
        empty: s('noProblems', lang),
        formats: ['text', 'text', 'text', 'int', 'pct'],
        widths: [14, 18, 6, 5, 6],
        appendix: true,
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
      formats: ['text', 'text', 'int', 'num', 'num', 'num', 'int'],
      widths: [20, 12, 5, 7, 7, 7, 5],
      appendix: c.articles.length > 15,
    },
    {
      id: 'outliers',
      title: s('outliers', lang),
      columns: [s('caseId', lang), s('unit', lang), s('article', lang), s('fine', lang), s('medianFine', lang), s('zScore', lang), s('direction', lang), s('outOfRange', lang)],
      rows: byUnit(c.outliers, (o) => o.unit).map((o) => [o.id, unitLabel(o.unit, lang), o.article, o.fine, o.median, o.z ?? '', s(o.direction, lang), s(o.outOfRange ? 'yes' : 'no', lang)]),
      empty: s('noOutliers', lang),
      formats: ['text', 'text', 'text', 'num', 'num', 'num', 'text', 'text'],
      widths: [13, 12, 16, 7, 7, 5, 4, 5],
      appendix: true,
    },
  );
  return sec;
}

function efficiency(a: Analysis, lang: Lang): Section {
  const e = a.efficiency;
  const sec: Section = { id: 'efficiency', title: s('efficiency', lang), paragraphs: [], tables: [] };
  if (!e) return { ...sec, paragraphs: [s('needsDataset', lang)] };
  sec.paragraphs.push(s('efficiencyText', lang, { cases: e.cases, asOf: e.asOf ? dateLabel(e.asOf, lang) : '—' }));
  const scopeLine = scopeParagraph(a, lang);
  if (scopeLine) sec.paragraphs.push(scopeLine);
  if (!e.workingDaysAvailable) sec.paragraphs.push(s('noWorkingDays', lang));
  const rate = (r: { denominator: number; rate: number }) => (r.denominator ? r.rate : '—');
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
      formats: ['text', 'num', 'int', 'pct', 'int'],
      widths: [18, 6, 6, 7, 6],
    },
    {
      id: 'efficiencyByUnit',
      title: s('byUnit', lang),
      columns: [s('unit', lang), s('cases', lang), ...INDICATORS.map((k) => s(k as StringKey, lang)), s('meanDays', lang), s('hazardsNoFollowUp', lang)],
      formats: ['text', 'int', ...INDICATORS.map(() => 'pct' as const), 'num', 'int'],
      widths: [14, 5, ...INDICATORS.map(() => 7), 6, 6],
      appendix: true,
      landscape: true,
      rows: unitSorted(e.byUnit).map((u) => [
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
      rows: unitSorted(o.byUnit).map((u) => [unitLabel(u.unit, lang), u.drawn, u.approved, u.rejected]),
      formats: ['text', 'int', 'int', 'int'],
      widths: [16, 6, 6, 6],
      appendix: true,
    },
    {
      id: 'schemeReasons',
      title: s('reasons', lang),
      columns: [s('problem', lang), s('severity', lang), s('schemeCount', lang)],
      rows: o.reasons.map((r) => [defectText(r.ruleId, lang), s(r.severity, lang), r.schemes]),
      empty: s('none', lang),
      formats: ['text', 'text', 'int'],
      widths: [24, 5, 6],
    },
    {
      id: 'rejectedSchemes',
      title: s('rejectedList', lang),
      columns: [s('scheme', lang), s('unit', lang), s('target', lang), s('reasons', lang), s('basis', lang)],
      formats: ['text', 'text', 'text', 'text', 'text'],
      widths: [13, 12, 14, 30, 16],
      appendix: true,
      landscape: true,
      rows: byUnit(o.rejectedSchemes, (x) => x.unit).map((x) => {
        const rs = x.reasons.filter((r) => r.severity === 'reject');
        return [x.id, unitLabel(x.unit ?? '', lang), x.target ?? '', rs.map((r) => defectText(r.ruleId, lang)).join(lang === 'en' ? '; ' : '；'), [...new Set(rs.map((r) => r.basis).filter(Boolean))].join('；')];
      }),
      empty: s('none', lang),
    },
  );
  return sec;
}

/** A unit ranking row: the rank marked 待定 while the unit has provisional files, '—' where there is no final file to rank by. */
export function unitRankRow(u: RankedUnit, lang: Lang): Cell[] {
  const rank = u.rank === null ? '—' : u.final ? String(u.rank) : `${u.rank}${lang === 'en' ? ` (${s('rankPending', lang)})` : `（${s('rankPending', lang)}）`}`;
  return [rank, unitLabel(u.unit, lang), u.files, u.provisional, u.meanScore ?? '—'];
}

function ranking(a: Analysis, lang: Lang): Section {
  return {
    id: 'ranking',
    title: s('ranking', lang),
    paragraphs: [s('rankingText', lang), ...(a.ranking.provisional ? [s('rankingProvisional', lang, { n: a.ranking.provisional }), s('unitRankingNote', lang)] : [])],
    tables: [
      {
        id: 'ranking',
        title: s('ranking', lang),
        columns: [s('rank', lang), s('caseId', lang), s('unit', lang), s('type', lang), s('score', lang), s('substantive', lang), s('findings', lang), s('notChecked', lang)],
        rows: a.ranking.ranking.map((r) => [r.rank, r.id, unitLabel(r.unit, lang), typeLabel(r.type, lang), r.score, r.substantiveDeductions, r.findings, r.notChecked]),
        empty: s('noEligible', lang),
        formats: ['int', 'text', 'text', 'text', 'num', 'int', 'int', 'int'],
        widths: [4, 13, 13, 6, 5, 5, 5, 5],
        appendix: true,
      },
      {
        id: 'unitRanking',
        title: s('unitRanking', lang),
        columns: [s('rank', lang), s('unit', lang), s('files', lang), s('unitProvisional', lang), s('meanScore', lang)],
        rows: a.ranking.units.map((u) => unitRankRow(u, lang)),
        formats: ['text', 'text', 'int', 'int', 'num'],
        widths: [7, 16, 6, 6, 6],
        appendix: true,
      },
    ],
  };
}

/** A file's grade as shown: 待定 with its reasons (and the best grade the points still allow). */
export function gradeText(f: ScoredFile, lang: Lang): string {
  if (f.grade !== 'provisional') return s(f.grade, lang);
  const reasons = (f.provisionalReasons ?? []).map((r) => s(`reason-${r}` as StringKey, lang)).join(lang === 'en' ? ', ' : '、');
  return reasons ? `${s('provisional', lang)}${lang === 'en' ? ` (${reasons})` : `（${reasons}）`}` : s('provisional', lang);
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
        formats: ['text', 'text', 'text', 'num', 'text', 'text', 'int', 'text', 'text'],
        widths: [13, 12, 6, 5, 5, 4, 5, 12, 20],
        appendix: true,
        landscape: true,
        rows: byUnit(a.files, (f) => f.unit).map((f) => [
          f.id,
          unitLabel(f.unit ?? '', lang),
          typeLabel(f.type ?? '', lang),
          f.score,
          gradeText(f, lang),
          s(f.vetoed ? 'yes' : 'no', lang),
          f.findings.length,
          f.notChecked.map((id) => ruleTitle(a, id, lang)).join(lang === 'en' ? '; ' : '；'),
          sourceText(f.source, lang),
        ]),
      },
      {
        id: 'findings',
        title: s('findingList', lang),
        columns: [s('caseId', lang), s('unit', lang), s('rule', lang), s('deduction', lang), s('veto', lang), s('problem', lang), s('basis', lang), s('evidence', lang)],
        ruleIds: byUnit(a.files, (f) => f.unit).flatMap((f) => f.findings.map((x) => x.ruleId)),
        rows: byUnit(a.files, (f) => f.unit).flatMap((f) =>
          f.findings.map((x) => [f.id, unitLabel(f.unit ?? '', lang), ruleTitle(a, x.ruleId, lang), x.deduction, s(x.veto ? 'yes' : 'no', lang), findingText(x, lang), x.basis ?? '', evidenceText(x.evidence, lang)]),
        ),
        empty: s('noProblems', lang),
        formats: ['text', 'text', 'text', 'num', 'text', 'text', 'text', 'text'],
        widths: [12, 10, 9, 4, 4, 16, 12, 14],
        appendix: true,
        landscape: true,
        workbook: true,
      },
    ],
  };
}

/** The cover as label/value pairs (values already formatted). */
export function coverRows(a: Analysis, lang: Lang): [string, string][] {
  const c = a.cover;
  const rows: [string, string | undefined][] = [
    [s('period', lang), c.period && periodLabel(c.period, lang)],
    [s('ranBy', lang), c.ranBy],
    [s('generatedAt', lang), dateLabel(c.generatedAt, lang)],
    [s('preset', lang), c.preset && presetLabel(c.preset, lang)],
    [s('rate', lang), c.rate && rateLabel(c.rate)],
    [s('min', lang), c.min ? s('minFiles', lang, { n: c.min }) : undefined],
    [s('strata', lang), c.strata && strataLabel(c.strata, lang)],
    [s('algorithm', lang), c.algorithm && algorithmLabel(c.algorithm, lang)],
    [s('seed', lang), c.seed],
    [s('toolVersion', lang), `caseaudit ${c.toolVersion}`],
  ];
  return rows.filter((r): r is [string, string] => r[1] !== undefined && r[1] !== '');
}

/** Input files with their hashes: the sample's inputs, then the files this report was built from. */
export function hashTable(a: Analysis, lang: Lang): Table {
  return {
    id: 'inputs',
    title: s('inputHashes', lang),
    columns: [s('role', lang), s('path', lang), 'SHA-256'],
    rows: [
      ...a.cover.sampleInputs.map((i) => [s('sampleInput', lang), displayName(i.path), i.sha256]),
      ...a.cover.sources.map((i) => [roleLabel(i.role, lang), displayName(i.path), i.sha256]),
      // --documents: the case-file PDFs the drawn files were scored on
      ...(a.documents?.files ?? []).flatMap((f) => (f.file && f.sha256 ? [[s('roleDocument', lang), f.file, f.sha256]] : [])),
    ],
    empty: s('none', lang),
    widths: [8, 16, 34],
    appendix: true,
  };
}

const ROLES: Record<string, StringKey> = { results: 'roleResults', schemes: 'roleSchemes', manifest: 'roleManifest', dataset: 'roleDataset' };

/** What an input file is for, in words. */
function roleLabel(role: string, lang: Lang): string {
  const key = ROLES[role];
  return key ? s(key, lang) : role;
}

/** Every section of the report, in order. */
export function buildSections(a: Analysis, lang: Lang): Section[] {
  const drawn = sampling(a, lang);
  const review = reviewSection(a, lang);
  const documents = documentsSection(a, lang);
  const sections = [summary(a, lang), ...(drawn ? [drawn] : []), ...(documents ? [documents] : []), problems(a, lang), consistency(a, lang), efficiency(a, lang), schemes(a, lang), ranking(a, lang), ...(review ? [review] : []), ...followupSections(a, lang), details(a, lang)];
  return sections.map((sec) => ({ ...sec, tables: sec.tables.map(withPrintDefaults) }));
}

/** Rows above which a table without its own layout prints in the appendix. */
const BODY_ROWS = 15;
/** Characters of table text across a printed page: portrait body, landscape appendix. */
const PORTRAIT_CHARS = 56;
const LANDSCAPE_CHARS = 84;

/**
 * A table that says nothing of its print layout (the follow-up sections) gets one from its content: column
 * widths from the longest cell (4 to 24 characters), the appendix when long, landscape when wide.
 */
function withPrintDefaults(t: Table): Table {
  if (t.widths) return t;
  const widths = contentWidths(t.columns, t.rows);
  // a landscape page holds about 88 characters of 8.5 pt table text: take the excess from the widest columns
  const sum = () => widths.reduce((x, y) => x + y, 0);
  while (sum() > LANDSCAPE_CHARS && Math.max(...widths) > 4) widths[widths.indexOf(Math.max(...widths))]!--;
  const out: Table = { ...t, widths };
  // too long or too wide for the portrait body (about 56 characters of 9 pt): the appendix, on landscape pages
  if (t.appendix === undefined && (t.rows.length > BODY_ROWS || sum() > PORTRAIT_CHARS)) out.appendix = true;
  if (t.landscape === undefined && sum() > PORTRAIT_CHARS) out.landscape = true;
  return out;
}
