/** Grades from scores with the checklist's cut-offs (优秀/良好/合格/不合格). */
import type { LocalText } from '../i18n.js';
import type { Checklist } from '../checklist/checklist.js';
import type { Grade, PointGrade } from './types.js';

export const GRADE_LABELS: Record<Grade, LocalText> = {
  excellent: { zh: '优秀', en: 'excellent' },
  good: { zh: '良好', en: 'good' },
  pass: { zh: '合格', en: 'pass' },
  fail: { zh: '不合格', en: 'fail' },
  provisional: { zh: '待定', en: 'provisional' },
};

/** Grade a score; a vetoed file always fails. */
export function gradeOf(score: number, vetoed: boolean, grades: Checklist['grades']): PointGrade {
  if (vetoed) return 'fail';
  if (score >= grades.excellent) return 'excellent';
  if (score >= grades.good) return 'good';
  if (score >= grades.pass) return 'pass';
  return 'fail';
}
