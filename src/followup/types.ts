/** The follow-up contracts: rectification items, feedback rows, status (templates/schema/status.schema.json), escalation. */
import type { LocalText } from '../i18n.js';

/** One finding a unit must rectify: what is wrong in which file, on what basis, and a suggested measure. */
export interface RectifyItem {
  /** stable id (hash of case id, rule and message): feedback rows are merged by it, never by row order */
  id: string;
  unit: string;
  caseId: string;
  ruleId: string;
  category: string;
  problem: string;
  basis: string;
  countermeasure: LocalText;
  deduction: number;
  veto: boolean;
}

export type FeedbackStatus = 'rectified' | 'inProgress' | 'open';

/** The words of the status dropdown and what they mean. */
export const STATUS_WORDS: Record<string, FeedbackStatus> = { 已整改: 'rectified', 整改中: 'inProgress', 未整改: 'open' };

/** One row a unit returned in its feedback workbook. */
export interface FeedbackRow {
  id: string;
  unit: string;
  status?: FeedbackStatus;
  measures?: string;
  completed?: string;
  evidence?: string;
  file: string;
  sheet: string;
  row: number;
}

/** A returned row that could not be taken as it stands: listed, never guessed. */
export interface FeedbackProblem {
  kind: 'wrong-unit' | 'unknown-id' | 'bad-status' | 'bad-date' | 'duplicate' | 'not-a-feedback-workbook';
  file: string;
  sheet?: string;
  row?: number;
  value?: string;
  message: string;
}

export interface FindingStatus {
  id: string;
  unit: string;
  caseId: string;
  ruleId: string;
  problem: string;
  basis: string;
  deadline: string | null;
  status: FeedbackStatus;
  /** no usable feedback row came back for it */
  noFeedback: boolean;
  overdue: boolean;
  completed?: string;
  /** completed after the deadline */
  late?: boolean;
  measures?: string;
  evidence?: string;
  source?: { file: string; row: number };
}

export interface UnitStatus {
  unit: string;
  findings: number;
  rectified: number;
  inProgress: number;
  open: number;
  overdue: number;
}

/** Output of `caseaudit rectify --collect` (templates/schema/status.schema.json). */
export interface RectificationStatus {
  schemaVersion: 1;
  asOf: string;
  units: UnitStatus[];
  findings: FindingStatus[];
  problems: FeedbackProblem[];
}

export interface IndicatorChange {
  key: 'scored' | 'meanScore' | 'vetoed' | 'excellentShare' | 'failShare' | 'findingsPerFile' | 'unitsWithFindings';
  previous: number | null;
  current: number | null;
  change: number | null;
}

export interface UnitChange {
  unit: string;
  /** both periods, only this one (new), or only the previous one (gone) */
  presence: 'both' | 'new' | 'gone';
  /** meanScore: of the final files only (null when none is final) */
  previous: { files: number; meanScore: number | null; vetoed: number } | null;
  current: { files: number; meanScore: number | null; vetoed: number } | null;
  meanScoreChange: number | null;
}

export interface Recurring {
  unit: string;
  ruleId: string;
  previousFiles: number;
  currentFiles: number;
  /** a message of the rule (current period) */
  message: string;
  basis: string;
}

export interface Comparison {
  previousPeriod?: string;
  currentPeriod?: string;
  indicators: IndicatorChange[];
  units: UnitChange[];
  recurring: Recurring[];
  efficiency?: { key: string; previous: number | null; current: number | null; change: number | null }[];
}

export interface FocusProblem {
  ruleId: string;
  category: string;
  title?: LocalText;
  message: string;
  basis: string;
  /** files of the industry with this problem */
  files: number;
  share: number;
  countermeasure: LocalText;
}

export interface IndustryFocus {
  industry: string;
  files: number;
  filesWithFindings: number;
  problems: FocusProblem[];
}
