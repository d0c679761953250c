/**
 * What each drawn file was judged on when the register and the case-file PDFs were given (`--documents`): read from
 * its PDF, or scored on its register row only (no PDF found: a weaker judgement); the PDFs that could not be read;
 * the key fields on which the register and the PDF disagree. Built from the score results alone.
 */
import type { DocumentMatch, DocumentsSummary } from '../model/types.js';
import type { ScoredFile } from './types.js';

/** One drawn file and the material it was scored on. */
export interface DocumentBasis {
  id: string;
  unit?: string;
  /** `document`: its case-file PDF; `register`: its register row only (no PDF among the documents) */
  basis: 'document' | 'register';
  /** the PDF (as results.json names it) */
  file?: string;
  sha256?: string;
  matchedBy?: DocumentMatch;
  /** the PDF was found but its pages could not be read (a scan without OCR): every automatic item not checked */
  unread?: boolean;
  /** fields taken from the register row (the case file has no place for them) */
  fromRegister?: string[];
}

/** A key field on which a drawn case's register row and its PDF differ. */
export interface DocumentConflict {
  id: string;
  unit?: string;
  file: string;
  field: string;
  register: string;
  document: string;
  uncertain?: boolean;
}

export interface DocumentsAnalysis {
  summary: DocumentsSummary;
  /** every scored file, in the order of the results' files */
  files: DocumentBasis[];
  disagreements: DocumentConflict[];
}

/** The documents part of the analysis; undefined when the results were not scored with `--documents`. */
export function analyzeDocuments(summary: DocumentsSummary | undefined, files: readonly ScoredFile[]): DocumentsAnalysis | undefined {
  if (!summary) return undefined;
  const basis = files.map((f): DocumentBasis => {
    const d = f.document;
    const unit = f.unit !== undefined ? { unit: f.unit } : {};
    if (!d) return { id: f.id, ...unit, basis: 'register' };
    return { id: f.id, ...unit, basis: 'document', file: d.file, sha256: d.sha256, matchedBy: d.matchedBy, ...(f.status === 'needs-ocr' ? { unread: true } : {}), fromRegister: d.fromRegister };
  });
  const disagreements = files.flatMap((f) =>
    (f.document?.disagreements ?? []).map((x): DocumentConflict => ({ id: f.id, ...(f.unit !== undefined ? { unit: f.unit } : {}), file: f.document!.file, field: x.field, register: x.register, document: x.document, ...(x.uncertain ? { uncertain: true } : {}) })),
  );
  return { summary, files: basis, disagreements };
}
