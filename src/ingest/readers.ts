/** The reader registry: file extension → reader. Adding a format is one reader and one line here. */
import path from 'node:path';
import type { Reader } from './types.js';
import { jsonReader } from './json/read-json.js';
import { pdfReader } from './pdf/read-pdf.js';
import { xlsxReader } from './excel/read-xlsx.js';
import { csvReader } from './csv/read-csv.js';
import { xlsReader } from './xls/read-xls.js';

export const READERS: Reader[] = [jsonReader, xlsxReader, xlsReader, csvReader, pdfReader];

/** The reader for a file, by extension; undefined when no reader takes it. */
export function readerFor(file: string): Reader | undefined {
  const ext = path.extname(file).toLowerCase();
  return READERS.find((r) => r.extensions.includes(ext));
}

/** Every extension some reader takes (used to expand folders). */
export function knownExtensions(): string[] {
  return READERS.flatMap((r) => r.extensions);
}
