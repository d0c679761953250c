/** Summary of a scored sample: files, grade distribution, vetoes, mean score, overall and per unit. */
import { GRADES, type Grade, type ScoredFile } from './types.js';
import { finalMean, groupBy } from './stats.js';

export interface GradeCounts {
  excellent: number;
  good: number;
  pass: number;
  fail: number;
  /** 待定: not final yet */
  provisional: number;
}

export interface UnitSummary {
  unit: string;
  files: number;
  vetoed: number;
  /** mean score of the unit's final files (待定 files not counted); null when none is final */
  meanScore: number | null;
  grades: GradeCounts;
}

export interface ScoreSummary {
  /** files drawn (from the manifest when given, else the files scored) */
  drawn: number;
  scored: number;
  vetoed: number;
  /** mean score of the final files (a 待定 file's points are a best case, never averaged); null when none is final */
  meanScore: number | null;
  grades: GradeCounts;
  /** rule checks the data could not support, summed over files */
  notChecked: number;
  byUnit: UnitSummary[];
}

function gradeCounts(files: ScoredFile[]): GradeCounts {
  const counts: Record<Grade, number> = { excellent: 0, good: 0, pass: 0, fail: 0, provisional: 0 };
  for (const f of files) if (GRADES.includes(f.grade)) counts[f.grade]++;
  return counts;
}

/** Summarise scored files; `drawn` defaults to the number of files scored. Units keyed by name ('' = not stated). */
export function summarizeScores(files: ScoredFile[], drawn = files.length): ScoreSummary {
  return {
    drawn,
    scored: files.length,
    vetoed: files.filter((f) => f.vetoed).length,
    meanScore: finalMean(files),
    grades: gradeCounts(files),
    notChecked: files.reduce((n, f) => n + f.notChecked.length, 0),
    byUnit: groupBy(files, (f) => f.unit ?? '').map(([unit, list]) => ({
      unit,
      files: list.length,
      vetoed: list.filter((f) => f.vetoed).length,
      meanScore: finalMean(list),
      grades: gradeCounts(list),
    })),
  };
}
