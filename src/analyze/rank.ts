/**
 * The excellent case file ranking (优秀案卷评比) and the unit ranking.
 *
 * Eligible: not vetoed, graded excellent (so never a provisional 待定 file), and (with `maxNotChecked`) at most that many automatic rules not checked.
 * Order: score desc, then fewer substantive deductions (findings with a deduction in the subject, facts,
 * evidence, legal or procedure categories), then fewer findings in total, then fewer rules not checked (a file
 * the data could not check is less proven), then case id (code-point order, for a stable listing only). Files
 * equal on score, substantive deductions, findings and not-checked rules share a rank (competition ranking 1, 1, 3). Units: by the mean score of
 * their final files desc (a 待定 file's points are a best case, so they never enter a mean), equal means (to 2 decimals) share a rank, listed
 * by unit name; a unit with 待定 files is `final: false` (its mean and rank may still change); a unit with no final file has no mean and no
 * rank and is listed last.
 */
import type { ScoredFile } from './types.js';
import { compareText, finalMean, groupBy, isFinal } from './stats.js';

export const SUBSTANTIVE = new Set(['subject', 'facts', 'evidence', 'legal', 'procedure']);

export interface RankedFile {
  rank: number;
  id: string;
  unit: string;
  type: string;
  score: number;
  substantiveDeductions: number;
  findings: number;
  /** automatic rules the data could not check on this file */
  notChecked: number;
}

export interface RankedUnit {
  /** null: no final file yet, so no mean to rank by */
  rank: number | null;
  unit: string;
  /** all scored files of the unit, 待定 included */
  files: number;
  /** mean score of the unit's final files; null when it has none */
  meanScore: number | null;
  /** files still 待定 (not in the mean) */
  provisional: number;
  /** false while any of the unit's files is 待定: its mean and rank may change */
  final: boolean;
}

export interface Ranking {
  ranking: RankedFile[];
  units: RankedUnit[];
  /** per case type, when asked for */
  byType?: { type: string; ranking: RankedFile[] }[];
  eligible: number;
  scored: number;
  /** files graded 待定: not ranked until their review is complete */
  provisional: number;
}

export interface RankOptions {
  /** keep the files ranked N or better (ties at the cut are kept) */
  top?: number;
  /** leave out files with more than this many automatic rules not checked */
  maxNotChecked?: number;
  perType?: boolean;
}

const substantive = (f: ScoredFile) => f.findings.filter((x) => x.deduction > 0 && SUBSTANTIVE.has(x.category)).length;

/** Not vetoed, graded excellent, and not too little checked. */
function eligible(f: ScoredFile, maxNotChecked: number | undefined): boolean {
  return !f.vetoed && f.grade === 'excellent' && (maxNotChecked === undefined || f.notChecked.length <= maxNotChecked);
}

/** Rank eligible files with the documented tie-break. */
export function rankFiles(files: ScoredFile[], top?: number, maxNotChecked?: number): RankedFile[] {
  const rows = files
    .filter((f) => eligible(f, maxNotChecked))
    .map((f) => ({ id: f.id, unit: f.unit ?? '', type: f.type ?? '', score: f.score, substantiveDeductions: substantive(f), findings: f.findings.length, notChecked: f.notChecked.length }))
    .sort((a, b) => b.score - a.score || a.substantiveDeductions - b.substantiveDeductions || a.findings - b.findings || a.notChecked - b.notChecked || compareText(a.id, b.id));
  const out: RankedFile[] = [];
  rows.forEach((r, i) => {
    const prev = out[i - 1];
    const tied = prev && prev.score === r.score && prev.substantiveDeductions === r.substantiveDeductions && prev.findings === r.findings && prev.notChecked === r.notChecked;
    out.push({ rank: tied ? prev.rank : i + 1, ...r });
  });
  return top === undefined ? out : out.filter((r) => r.rank <= top);
}

/** Rank units by the mean score of their final files (vetoed files count with their score, 0); 待定 files are counted, not averaged. */
export function rankUnits(files: ScoredFile[]): RankedUnit[] {
  const rows = groupBy(files, (f) => f.unit ?? '').map(([unit, list]) => {
    return { unit, files: list.length, meanScore: finalMean(list), provisional: list.filter((f) => !isFinal(f)).length };
  });
  const ranked = rows.filter((r) => r.meanScore !== null).sort((a, b) => (b.meanScore as number) - (a.meanScore as number) || compareText(a.unit, b.unit));
  const out: RankedUnit[] = [];
  ranked.forEach((r, i) => {
    const prev = out[i - 1];
    out.push({ rank: prev && prev.meanScore === r.meanScore ? prev.rank : i + 1, ...r, final: r.provisional === 0 });
  });
  for (const r of rows.filter((x) => x.meanScore === null).sort((a, b) => compareText(a.unit, b.unit))) out.push({ rank: null, ...r, final: false });
  return out;
}

/** The whole ranking: files, units and optionally per case type. */
export function rank(files: ScoredFile[], opts: RankOptions = {}): Ranking {
  const result: Ranking = {
    ranking: rankFiles(files, opts.top, opts.maxNotChecked),
    units: rankUnits(files),
    eligible: files.filter((f) => eligible(f, opts.maxNotChecked)).length,
    scored: files.length,
    provisional: files.filter((f) => f.grade === 'provisional').length,
  };
  if (opts.perType) result.byType = groupBy(files, (f) => f.type ?? '').map(([type, list]) => ({ type, ranking: rankFiles(list, opts.top, opts.maxNotChecked) }));
  return result;
}
