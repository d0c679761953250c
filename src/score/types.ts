/** The score result contract (issue 6), relied on by scripts and reports; schema: templates/schema/results.schema.json. */
import type { CaseType } from '../model/types.js';
import type { Category } from '../checklist/types.js';

/** The grades points give (优秀/良好/合格/不合格). */
export type PointGrade = 'excellent' | 'good' | 'pass' | 'fail';
/** A file's grade: a point grade when final, or 待定 (provisional) while its checklist is incomplete. */
export type Grade = PointGrade | 'provisional';
export const POINT_GRADES: PointGrade[] = ['excellent', 'good', 'pass', 'fail'];
export const GRADES: Grade[] = [...POINT_GRADES, 'provisional'];

/**
 * Why a file is provisional (待定): manual items nobody judged, reviewers who disagree with no chair's ruling,
 * or more of its automatic points not checked than the checklist's `maxNotCheckedShare` (default one third).
 */
export type ProvisionalReason = 'manual-pending' | 'disagreement' | 'not-checked' | 'reviewer-missing';

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

/** A reviewer entry that changed what the automatic check (or an earlier state) gave. */
export interface Override {
  itemId: string;
  ruleId: string;
  reviewer: string;
  verdict: 'pass' | 'defect' | 'na';
  before: { deduction: number; findings: number; status: 'findings' | 'ok' | 'not-checked' | 'manual-pending' };
  after: { deduction: number };
  reason?: string;
  sheet: { file: string; row: number };
  /** how the entry was settled: one reviewer, reviewers agreeing, the chair's ruling, or open (most lenient counts) */
  resolution?: 'single' | 'agreed' | 'chair' | 'unresolved';
  /** the item is a veto item (否决项): the change makes or unmakes a 不合格 */
  veto?: boolean;
}

export interface FileResult {
  id: string;
  unit: string | null;
  type: CaseType | null;
  checklist: string;
  score: number;
  grade: Grade;
  vetoed: boolean;
  findings: Finding[];
  /** automatic rules that could not be checked on this file's data */
  notChecked: string[];
  notCheckedReasons: Record<string, string>;
  /** manual items still waiting for a reviewer */
  manualPending: string[];
  overrides: Override[];
  /** true when every item is settled: no manual item pending, no open disagreement, enough checked */
  final: boolean;
  /** empty when final */
  provisionalReasons: ProvisionalReason[];
  /** provisional files: the grade the points give so far, an upper bound (open items can only lower it) */
  bestGrade?: PointGrade;
  /** items on which reviewers disagree and no chair has ruled (the most lenient entry counts meanwhile) */
  unresolved: string[];
  /** share of the applicable automatic points not checked (0–1) */
  notCheckedShare: number;
  /** with an assignment: assigned reviewers whose sheet has no row for this file yet */
  awaitingReviewers?: string[];
  status: 'ok' | 'needs-ocr';
  source: { file: string; sheet?: string; row?: number; pages?: number[] };
}

export interface Disagreement {
  id: string;
  itemId: string;
  entries: { reviewer: string; verdict: 'pass' | 'defect' | 'na'; deduction: number; reason?: string; file: string; row: number; implicit?: boolean }[];
  /** the chair's ruling when one was given (adjudication sheet); absent = still open */
  ruling?: { reviewer: string; verdict: 'pass' | 'defect' | 'na'; deduction: number; reason?: string; file: string; row: number };
}

export interface ScoreSummary {
  files: number;
  byGrade: Record<Grade, number>;
  vetoed: number;
  meanScore: number | null;
  withNotChecked: number;
  withManualPending: number;
  /** files graded 待定 (not final) */
  provisional: number;
  overrides: number;
  disagreements: number;
  /** disagreements still open (no chair's ruling) */
  unresolved: number;
  byCategory: Record<string, { findings: number; deduction: number }>;
}

export interface ScoreResult {
  schemaVersion: 1;
  toolVersion: string;
  checklists: { id: string; caseType: CaseType; version?: string; file: string }[];
  files: FileResult[];
  summary: ScoreSummary;
  disagreements: Disagreement[];
  /** set when `--sample` was used with inputs that differ from the manifest's and --allow-changed-input */
  sampleInputs?: import('../sample/input-check.js').SampleInputRecord;
  /** the annual plan the inspections were checked against (--plan): file name, SHA-256, entries */
  plan?: { file: string; sha256: string; entries: number };
  /** inter-reviewer agreement, when two or more reviewers judged the same items */
  agreement?: AgreementStats;
}

/** Agreement between reviewers (see docs/review.md for the formulas). */
export interface AgreementStats {
  /** Cohen's kappa when exactly two reviewers rated every shared item, else Fleiss' kappa */
  method: 'cohen' | 'fleiss' | 'none';
  /** file × item pairs rated by two or more reviewers */
  subjects: number;
  /** share of those on which all raters agree */
  agreement: number | null;
  kappa: number | null;
  byItem: { itemId: string; subjects: number; agreement: number | null; kappa: number | null; method: 'cohen' | 'fleiss' | 'none' }[];
  byReviewer: { reviewer: string; subjects: number; agreement: number | null; meanDeduction: number; panelMeanDeduction: number; difference: number }[];
}
