/** The analysis stage: scored results (+ schemes, manifest, dataset) → one plain report model. */
import type { CaseFile, Dataset, Source } from '../model/types.js';
import type { LocalText } from '../i18n.js';
import { caseIdKey } from '../ingest/normalize/text.js';
import type { ReviewResults, SampleManifest, ScoreResults, ScoredFile, SchemeResults } from './types.js';
import { summarizeScores, type ScoreSummary } from './summary.js';
import { frequentProblems, type FrequentProblems } from './problems.js';
import { analyzeConsistency, type Consistency, type ConsistencyOptions } from './consistency.js';
import { analyzeEfficiency, latestDate, type Efficiency, type WorkingDaysFn } from './efficiency.js';
import { analyzeSchemes, type SchemeOutcome } from './scheme-outcome.js';
import { rank, type Ranking } from './rank.js';
import { compareText } from './stats.js';
import { scopeCases, type AnalysisScope } from './scope.js';
import { samplingInfo, type SamplingInfo } from './sampling.js';
import { analyzeDocuments, type DocumentsAnalysis } from './documents.js';
import type { Comparison, IndustryFocus, RectificationStatus } from '../followup/types.js';
import type { OverlapResult, PlanResult } from '../plan/types.js';

export * from './types.js';
export { scopeCases, periodRange, type AnalysisScope } from './scope.js';
export { samplingInfo, type SamplingInfo } from './sampling.js';
export { analyzeDocuments, type DocumentsAnalysis, type DocumentBasis, type DocumentConflict } from './documents.js';
export { rank, rankFiles, rankUnits, type Ranking, type RankOptions, type RankedFile, type RankedUnit } from './rank.js';

export interface AnalysisInput {
  results: ScoreResults;
  schemes?: SchemeResults;
  manifest?: SampleManifest;
  dataset?: Dataset;
}

export interface AnalysisOptions extends Pick<ConsistencyOptions, 'rangeOf' | 'articleKey'> {
  title?: string;
  period?: string;
  ranBy?: string;
  /** ISO timestamp of the run (SOURCE_DATE_EPOCH fixes it) */
  generatedAt: string;
  toolVersion: string;
  workingDays?: WorkingDaysFn;
  /** the title of a checklist rule (frequent problems are listed by title) */
  ruleTitle?: (ruleId: string) => LocalText | undefined;
  /** how many frequent problems to list per unit (overall lists all) */
  topProblems?: number;
  /** SHA-256 of the results/schemes/dataset files the report was built from */
  sources?: { role: string; path: string; sha256: string }[];
}

export interface Cover {
  title?: string;
  period?: string;
  ranBy?: string;
  generatedAt: string;
  toolVersion: string;
  seed?: string;
  algorithm?: string;
  preset?: string;
  rate?: string;
  min?: number;
  strata?: string;
  sampleInputs: { path: string; sha256: string }[];
  sources: { role: string; path: string; sha256: string }[];
}

export interface FileDetail extends ScoredFile {
  source?: Source;
}

export interface Analysis {
  cover: Cover;
  /** the cross-review: disagreements and agreement statistics (when reviewer sheets were merged) */
  review?: ReviewResults;
  summary: ScoreSummary;
  problems: FrequentProblems;
  consistency?: Consistency;
  efficiency?: Efficiency;
  schemes?: SchemeOutcome;
  ranking: Ranking;
  files: FileDetail[];
  /** titles of every rule id the findings and not-checked lists name (reports show titles, not ids) */
  ruleTitles?: Record<string, LocalText>;
  /** the case files consistency and efficiency were computed over (the report's period and the draw's scope) */
  scope?: AnalysisScope;
  /** the draw behind the report (抽样情况), when a manifest was given */
  sampling?: SamplingInfo;
  /** --documents: what each drawn file was judged on (its case-file PDF or its register row), register/PDF disagreements */
  documents?: DocumentsAnalysis;
  /** after the audit (src/followup): comparison with the previous period, problem focus per industry, rectification status */
  comparison?: Comparison;
  focus?: IndustryFocus[];
  rectification?: RectificationStatus;
  /** plan execution and overlaps (src/plan), when a plan is given */
  plan?: PlanResult;
  overlaps?: OverlapResult;
}

function cover(input: AnalysisInput, o: AnalysisOptions): Cover {
  const m = input.manifest;
  const c: Cover = { generatedAt: o.generatedAt, toolVersion: o.toolVersion, sampleInputs: m?.inputs ?? [], sources: o.sources ?? [] };
  const period = o.period ?? (typeof m?.filters?.period === 'string' ? m.filters.period : undefined);
  if (o.title) c.title = o.title;
  if (period) c.period = period;
  if (o.ranBy) c.ranBy = o.ranBy;
  if (m?.seed !== undefined) c.seed = String(m.seed);
  if (m?.algorithm) c.algorithm = m.algorithm;
  if (m?.preset) c.preset = m.preset;
  if (m?.rate !== undefined && m.rate !== null) c.rate = String(m.rate);
  if (typeof m?.min === 'number') c.min = m.min;
  const rule = typeof m?.stratifyBy === 'string' ? m.stratifyBy : typeof m?.strata === 'string' ? m.strata : undefined;
  if (rule) c.strata = rule;
  return c;
}

/** Build the report model. Consistency and efficiency need the dataset; scheme outcome needs scheme results. */
export function analyze(input: AnalysisInput, opts: AnalysisOptions): Analysis {
  const files = [...input.results.files].sort((a, b) => compareText(a.unit ?? '', b.unit ?? '') || compareText(a.id, b.id));
  const byKey = new Map<string, CaseFile>();
  for (const c of input.dataset?.cases ?? []) byKey.set(caseIdKey(c.id), c);
  const analysis: Analysis = {
    cover: cover(input, opts),
    summary: summarizeScores(files, input.manifest?.selected?.length ?? files.length),
    problems: frequentProblems(files, opts.topProblems, opts.ruleTitle),
    ranking: rank(files),
    files: files.map((f) => {
      // a file read from its case-file PDF keeps the PDF as its source; the dataset is the register
      const source = f.document ? f.source : byKey.get(caseIdKey(f.id))?.source;
      return source ? { ...f, source } : { ...f };
    }),
  };
  if (input.manifest) analysis.sampling = samplingInfo(input.manifest);
  const documents = analyzeDocuments(input.results.documents, files);
  if (documents) analysis.documents = documents;
  if (input.dataset) {
    const inScope = scopeCases(input.dataset.cases, input.manifest, analysis.cover.period);
    const cases = [...inScope.cases].sort((a, b) => compareText(a.id, b.id));
    analysis.scope = inScope.scope;
    analysis.consistency = analyzeConsistency(cases, opts);
    // rectification deadlines after the period's end are not yet due for this report
    const latest = latestDate(cases);
    const asOf = inScope.scope.to && latest && latest > inScope.scope.to ? inScope.scope.to : latest;
    analysis.efficiency = analyzeEfficiency(cases, { workingDays: opts.workingDays, ...(asOf ? { asOf } : {}) });
  }
  const { agreement, disagreements } = input.results;
  if (agreement || disagreements?.length) {
    analysis.review = { ...(disagreements?.length ? { disagreements } : {}), ...(agreement ? { agreement } : {}) };
    // the checklist titles of the items, so the report names them as reviewers know them
    const titles = Object.fromEntries([...new Set([...(agreement?.byItem ?? []).map((x) => x.itemId), ...(disagreements ?? []).map((d) => d.itemId)])].flatMap((id) => {
      const t = opts.ruleTitle?.(id);
      return t ? [[id, t]] : [];
    }));
    if (Object.keys(titles).length) analysis.review.itemTitles = titles;
  }
  if (input.schemes) analysis.schemes = analyzeSchemes(input.schemes.schemes);
  if (opts.ruleTitle) {
    const titles: Record<string, LocalText> = {};
    const ids = new Set(files.flatMap((f) => [...f.findings.map((x) => x.ruleId), ...f.notChecked]));
    for (const id of [...ids].sort(compareText)) {
      const t = opts.ruleTitle(id);
      if (t) titles[id] = t;
    }
    analysis.ruleTitles = titles;
  }
  return analysis;
}
