/** What a reader takes and returns. */
import type { CaseFile, RecordKind, Reject, Scheme, Warning } from '../model/types.js';

export type { RecordKind } from '../model/types.js';

export interface ReaderOptions {
  /** force the record kind when headers cannot tell */
  kind?: RecordKind;
  /** user header → field mapping (Excel); a string is a mapping file path, loaded once by ingest() */
  map?: Record<string, string> | string;
  /** PDF: pages read per file (default MAX_PDF_PAGES, 2000); a longer file is cut with a warning */
  maxPages?: number;
  /** worker threads for batch readers (PDF) */
  jobs?: number;
  /**
   * OCR mode for PDF pages without a text layer: auto (default) asks `pageTextProvider` for them, force for every
   * page; require is auto where a missing OCR engine is an error instead of leaving the pages needs-ocr
   */
  ocr?: 'auto' | 'off' | 'force' | 'require';
  /** text for PDF pages that have no text layer (the OCR hook); without one such pages leave the case needs-ocr */
  pageTextProvider?: PageTextProvider;
  /**
   * Streaming readers (Excel) hand each record here as it is read, instead of collecting it in the result
   * (whose cases/schemes then stay empty); a returned promise is awaited before the next row (back-pressure).
   */
  onRecord?: (kind: RecordKind, record: CaseFile | Scheme) => void | Promise<void>;
  /** progress lines for stderr */
  onProgress?: (message: string) => void;
  /**
   * Tables: read a sheet whose only case columns are a file name and a case number (案卷文件清单, see
   * isDocumentIndex) as records. Off, such a sheet is an index of case-file PDFs, not a register: not imported.
   */
  documentIndex?: boolean;
  /** a non-fatal note about the input (goes to warnings) */
  lang?: 'zh' | 'en';
}

export interface ReadResult {
  file: string;
  kind: 'json' | 'xlsx' | 'xls' | 'csv' | 'pdf';
  status: 'ok' | 'needs-ocr' | 'error';
  cases: CaseFile[];
  schemes: Scheme[];
  rejects: Reject[];
  warnings: Warning[];
  /** per sheet accounting: rows read = records + rejects */
  sheets?: { sheet: string; rowsRead: number; records: number; rejects: number }[];
  message?: string;
}

/** A reader for one file format. `readMany` (optional) handles a batch, e.g. on worker threads. */
export interface Reader {
  kind: ReadResult['kind'];
  extensions: string[];
  read(file: string, opts: ReaderOptions): Promise<ReadResult>;
  readMany?(files: string[], opts: ReaderOptions): Promise<ReadResult[]>;
}

/** Supplies text for PDF pages the PDF itself has no text for (e.g. OCR). Pages it cannot read are left out. */
export interface PageTextProvider {
  /** a short name for messages and provenance, e.g. 'tesseract' */
  name: string;
  pageTexts(file: string, pages: number[]): Promise<{ page: number; text: string; confidence?: number }[]>;
}
