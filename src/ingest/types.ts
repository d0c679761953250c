/** What a reader takes and returns. */
import type { CaseFile, Reject, Scheme, Warning } from '../model/types.js';

export type RecordKind = 'cases' | 'schemes';

export interface ReaderOptions {
  /** force the record kind when headers cannot tell */
  kind?: RecordKind;
  /** user header → field mapping (Excel) */
  map?: Record<string, string>;
  /** worker threads for batch readers (PDF) */
  jobs?: number;
  /** OCR mode for PDF pages without a text layer */
  ocr?: 'auto' | 'off' | 'force';
  /** progress lines for stderr */
  onProgress?: (message: string) => void;
  /** a non-fatal note about the input (goes to warnings) */
  lang?: 'zh' | 'en';
}

export interface ReadResult {
  file: string;
  kind: 'json' | 'xlsx' | 'pdf';
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
