/** The summary block of a score result: grades, vetoes, mean score, not-checked and pending counts. */
import { GRADES, type FileResult, type ScoreSummary } from './types.js';

/** Summarize scored files. */
export function summarize(files: FileResult[], disagreements: number, unresolved = 0): ScoreSummary {
  const byGrade = Object.fromEntries(GRADES.map((g) => [g, 0])) as ScoreSummary['byGrade'];
  const byCategory: ScoreSummary['byCategory'] = {};
  let total = 0;
  let settled = 0;
  for (const f of files) {
    byGrade[f.grade]++;
    if (f.final) {
      total += f.score;
      settled++;
    }
    for (const x of f.findings) {
      const c = (byCategory[x.category] ??= { findings: 0, deduction: 0 });
      c.findings++;
      c.deduction = Math.round((c.deduction + x.deduction) * 100) / 100;
    }
  }
  return {
    files: files.length,
    byGrade,
    vetoed: files.filter((f) => f.vetoed).length,
    meanScore: settled ? Math.round((total / settled) * 100) / 100 : null,
    withNotChecked: files.filter((f) => f.notChecked.length).length,
    withManualPending: files.filter((f) => f.manualPending.length).length,
    provisional: files.filter((f) => !f.final).length,
    overrides: files.reduce((s, f) => s + f.overrides.length, 0),
    disagreements,
    unresolved,
    byCategory: Object.fromEntries(Object.entries(byCategory).sort(([a], [b]) => a.localeCompare(b))),
  };
}
