/** The score result contract (issue 6), relied on by scripts and reports; schema: templates/schema/results.schema.json. */
import type { CaseType } from '../model/types.js';
import type { Category } from '../checklist/types.js';

export type Grade = 'excellent' | 'good' | 'pass' | 'fail';
export const GRADES: Grade[] = ['excellent', 'good', 'pass', 'fail'];

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
  status: 'ok' | 'needs-ocr';
  source: { file: string; sheet?: string; row?: number; pages?: number[] };
}

export interface Disagreement {
  id: string;
  itemId: string;
  entries: { reviewer: string; verdict: 'pass' | 'defect' | 'na'; deduction: number; reason?: string; file: string; row: number }[];
}

export interface ScoreSummary {
  files: number;
  byGrade: Record<Grade, number>;
  vetoed: number;
  meanScore: number | null;
  withNotChecked: number;
  withManualPending: number;
  overrides: number;
  disagreements: number;
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
}
