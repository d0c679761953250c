/** The grades and the finding of a scored case file: the score result contract (templates/schema/results.schema.json). */

/** The checklist categories a rule and a finding belong to. */
export const CATEGORIES = ['subject', 'facts', 'evidence', 'legal', 'procedure', 'discretion', 'documents', 'archive'] as const;
export type Category = (typeof CATEGORIES)[number];

/** The grades points give (优秀/良好/合格/不合格). */
export type PointGrade = 'excellent' | 'good' | 'pass' | 'fail';
/** A file's grade: a point grade when final, or 待定 (provisional: manual items pending, reviewers disagreeing, too little checked). */
export type Grade = PointGrade | 'provisional';
export const POINT_GRADES: PointGrade[] = ['excellent', 'good', 'pass', 'fail'];
export const GRADES: Grade[] = [...POINT_GRADES, 'provisional'];

/** One defect of a scored file, automatic or from a reviewer. */
export interface Finding {
  /** automatic rule id, or the item id of a manual item */
  ruleId: string;
  itemId: string;
  category: Category;
  /** points actually deducted for this finding (per-item cap applied) */
  deduction: number;
  veto: boolean;
  message: string;
  basis: string;
  /** the values and provenance that triggered it */
  evidence: Record<string, unknown>;
  origin: 'auto' | 'review';
}

/**
 * A finding as read back from a results file by the analysis and the reports: the same fields, with those results
 * of earlier versions (or other tools) may lack left optional and the category any string.
 */
export type FindingRecord = Pick<Finding, 'ruleId' | 'deduction' | 'veto' | 'message'> & Partial<Pick<Finding, 'itemId' | 'basis' | 'origin'>> & { category: string; evidence?: unknown };
