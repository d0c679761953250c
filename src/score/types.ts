/** The score result contract (issue 6), relied on by scripts and reports; schema: templates/schema/results.schema.json. */
import type { CaseType, DocumentRead, DocumentsSummary } from '../model/types.js';

export { POINT_GRADES, GRADES, type PointGrade, type Grade, type Finding } from '../model/finding.js';
import type { Finding, Grade, PointGrade } from '../model/finding.js';

/**
 * Why a file is provisional (待定): manual items nobody judged, reviewers who disagree with no chair's ruling,
 * or more of its automatic points not checked than the checklist's `maxNotCheckedShare` (default one third).
 */
export type ProvisionalReason = 'manual-pending' | 'disagreement' | 'not-checked' | 'reviewer-missing';

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
  /** --documents: the case-file PDF the file was scored on (SHA-256, how it was matched, the fields taken from the register) */
  document?: DocumentRead;
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
  /** --documents: the case-file PDFs given and what was read of them (each file's own PDF is in its `document`) */
  documents?: DocumentsSummary;
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
