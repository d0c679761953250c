/** The report's charts (grade distribution, scores by unit, frequent problems), shared by the HTML and DOCX. */
import { GRADES } from '../analyze/types.js';
import { problemLabel } from './sections.js';
import type { RenderContext } from './context.js';
import { s, unitLabel } from './locale.js';
import { barLayout, columnLayout, type ChartLayout } from './svg.js';
import { byUnit } from './unit-order.js';

const GRADE_COLORS = { excellent: '#2e8b57', good: '#2f6db5', pass: '#d4a017', fail: '#c0392b', provisional: '#8c8c8c' };

export interface ReportChart {
  id: 'grades' | 'units' | 'problems';
  layout: ChartLayout;
  /** printed (HTML print, DOCX); the unit chart repeats the unit table and stays on screen */
  print: boolean;
}

/** The charts of the summary section, in order. */
export function reportCharts(ctx: RenderContext): ReportChart[] {
  const { analysis: a, lang } = ctx;
  const grades = columnLayout(
    s('chartGrades', lang),
    GRADES.map((g) => ({ label: s(g, lang), value: a.summary.grades[g], color: GRADE_COLORS[g] })),
  );
  const units = barLayout(
    s('chartUnits', lang),
    // a unit whose files are all 待定 has no mean yet: no bar
    byUnit(a.summary.byUnit, (u) => u.unit).flatMap((u) => (u.meanScore === null ? [] : [{ label: unitLabel(u.unit, lang), value: u.meanScore }])),
    { max: 100 },
  );
  const problems = barLayout(
    s('chartProblems', lang),
    a.problems.overall.slice(0, 10).map((p) => ({ label: problemLabel(p, lang, a), value: p.files, color: '#c0392b' })),
    { width: 600, labelWidth: 260 },
  );
  return [
    { id: 'grades', layout: grades, print: true },
    { id: 'problems', layout: problems, print: true },
    { id: 'units', layout: units, print: false },
  ];
}
