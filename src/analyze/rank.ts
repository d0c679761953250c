/**
 * The excellent case file ranking (优秀案卷评比) and the unit ranking.
 *
 * Eligible: not vetoed and graded excellent. Order: score desc, then fewer substantive deductions (findings
 * with a deduction in the subject, facts, evidence, legal or procedure categories), then fewer findings in
 * total, then case id (code-point order, for a stable listing only). Files equal on score, substantive
 * deductions and findings share a rank (competition ranking 1, 1, 3). Units: by mean score desc, equal means
 * (to 2 decimals) share a rank, listed by unit name.
 */
import type { ScoredFile } from './types.js';
import { compareText, groupBy, mean, round } from './stats.js';

export const SUBSTANTIVE = new Set(['subject', 'facts', 'evidence', 'legal', 'procedure']);

export interface RankedFile {
  rank: number;
  id: string;
  unit: string;
  type: string;
  score: number;
  substantiveDeductions: number;
  findings: number;
}

export interface RankedUnit {
  rank: number;
  unit: string;
  files: number;
  meanScore: number;
}

export interface Ranking {
  ranking: RankedFile[];
  units: RankedUnit[];
  /** per case type, when asked for */
  byType?: { type: string; ranking: RankedFile[] }[];
  eligible: number;
  scored: number;
}

export interface RankOptions {
  /** keep the files ranked N or better (ties at the cut are kept) */
  top?: number;
  perType?: boolean;
}

const substantive = (f: ScoredFile) => f.findings.filter((x) => x.deduction > 0 && SUBSTANTIVE.has(x.category)).length;

/** Rank eligible files with the documented tie-break. */
export function rankFiles(files: ScoredFile[], top?: number): RankedFile[] {
  const rows = files
    .filter((f) => !f.vetoed && f.grade === 'excellent')
    .map((f) => ({ id: f.id, unit: f.unit ?? '', type: f.type ?? '', score: f.score, substantiveDeductions: substantive(f), findings: f.findings.length }))
    .sort((a, b) => b.score - a.score || a.substantiveDeductions - b.substantiveDeductions || a.findings - b.findings || compareText(a.id, b.id));
  const out: RankedFile[] = [];
  rows.forEach((r, i) => {
    const prev = out[i - 1];
    const tied = prev && prev.score === r.score && prev.substantiveDeductions === r.substantiveDeductions && prev.findings === r.findings;
    out.push({ rank: tied ? prev.rank : i + 1, ...r });
  });
  return top === undefined ? out : out.filter((r) => r.rank <= top);
}

/** Rank units by the mean score of all their scored files (vetoed files count with their score, 0). */
export function rankUnits(files: ScoredFile[]): RankedUnit[] {
  const rows = groupBy(files, (f) => f.unit ?? '')
    .map(([unit, list]) => ({ unit, files: list.length, meanScore: round(mean(list.map((f) => f.score)) ?? 0) }))
    .sort((a, b) => b.meanScore - a.meanScore || compareText(a.unit, b.unit));
  const out: RankedUnit[] = [];
  rows.forEach((r, i) => {
    const prev = out[i - 1];
    out.push({ rank: prev && prev.meanScore === r.meanScore ? prev.rank : i + 1, ...r });
  });
  return out;
}

/** The whole ranking: files, units and optionally per case type. */
export function rank(files: ScoredFile[], opts: RankOptions = {}): Ranking {
  const result: Ranking = {
    ranking: rankFiles(files, opts.top),
    units: rankUnits(files),
    eligible: files.filter((f) => !f.vetoed && f.grade === 'excellent').length,
    scored: files.length,
  };
  if (opts.perType) result.byType = groupBy(files, (f) => f.type ?? '').map(([type, list]) => ({ type, ranking: rankFiles(list, opts.top) }));
  return result;
}
