/** The stage contracts the analysis reads (score, scheme and sample results) and the analysis it returns. */
import type { SchemeReview } from '../schemes/types.js';

import type { FindingRecord, Grade } from '../model/finding.js';
import type { ManifestView } from '../model/manifest.js';
import type { DocumentRead, DocumentsSummary, Source } from '../model/types.js';

export { GRADES, type Grade } from '../model/finding.js';
/** One checklist finding of a scored file as read back (model/finding.ts). */
export type Finding = FindingRecord;

/** One scored case file (score result contract, issue 6). */
export interface ScoredFile {
  id: string;
  unit?: string;
  type?: string;
  score: number;
  grade: Grade;
  vetoed: boolean;
  findings: Finding[];
  notChecked: string[];
  /** false while the file is provisional (results before the cross-review fields: treated as final) */
  final?: boolean;
  provisionalReasons?: string[];
  /** provisional files: the grade the points give so far */
  bestGrade?: Exclude<Grade, 'provisional'>;
  manualPending?: string[];
  unresolved?: string[];
  /** reviewers' changes of automatic results (who, which item, from → to) */
  overrides?: ReviewOverride[];
  /** `needs-ocr`: the file's pages were not read (a scan without OCR) */
  status?: string;
  /** where the scored record came from (with --documents: the case-file PDF) */
  source?: Source;
  /** --documents: the case-file PDF the file was scored on */
  document?: DocumentRead;
}

/** A reviewer's change of an automatic result, as the score results record it. */
export interface ReviewOverride {
  itemId: string;
  ruleId: string;
  reviewer: string;
  verdict: string;
  before: { deduction: number; status: string };
  after: { deduction: number };
  reason?: string;
  resolution?: string;
  /** the item is a veto item (否决项) */
  veto?: boolean;
}

/** The cross-review part of score results: disagreements (open or ruled) and agreement statistics. */
export interface ReviewResults {
  disagreements?: { id: string; itemId: string; entries: { reviewer: string; verdict: string; deduction: number; reason?: string; implicit?: boolean }[]; ruling?: { reviewer: string; verdict: string; deduction: number } }[];
  agreement?: import('../score/types.js').AgreementStats;
  /** checklist titles of the items named (report only) */
  itemTitles?: Record<string, { zh: string; en: string }>;
}

export interface ScoreResults extends ReviewResults {
  files: ScoredFile[];
  summary?: unknown;
  /** --documents: what was read of the case-file PDFs (each file's own PDF is in its `document`) */
  documents?: DocumentsSummary;
}

/** One reviewed inspection scheme (scheme result contract, issue 7). */
export interface SchemeReason {
  ruleId: string;
  severity: 'reject' | 'warn';
  message: string;
  basis?: string;
}

/** A scheme review as read back from a result file: the contract of schemes/types.ts, with the fields a report does not need optional. */
export type SchemeVerdict = Omit<SchemeReview, 'reasons' | 'notChecked'> & { reasons: SchemeReason[]; notChecked?: SchemeReview['notChecked'] };

export interface SchemeResults {
  schemes: SchemeVerdict[];
  summary?: unknown;
}

/** The sample manifest as the analysis reads it (model/manifest.ts). */
export type SampleManifest = ManifestView;
