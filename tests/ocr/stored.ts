/** OCR page readings as the import handles them, for tests that replay stored or hand-written PP-OCR readings. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { repairOcrPages, type OcrProvider } from '../../src/ocr/provider.js';
import { applyOcrAssessment } from '../../src/ocr/apply.js';
import { extractCase } from '../../src/ingest/pdf/extract-case.js';
import type { OcrPage } from '../../src/ocr/pipeline.js';
import type { CaseFile, Dataset } from '../../src/model/types.js';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/ocr');

/** Repair, extract and assess readings the way an import does; the case file as the import keeps it. */
export function importPages(raw: OcrPage[], file = 'scan.pdf'): CaseFile {
  const pages = repairOcrPages(raw);
  const { caseFile, warnings } = extractCase(file, pages.map((p) => ({ page: p.page, text: p.text, hasTextLayer: true, via: 'ocr' })));
  const dataset = { cases: [caseFile], warnings: [...warnings] } as unknown as Dataset;
  applyOcrAssessment(dataset, { resultFor: () => ({ pages, unreadable: [] }) } as unknown as OcrProvider);
  return dataset.cases[0]!;
}

/** Stored PP-OCR readings of scan-set pages (tests/fixtures/ocr/NAME: the engine id and each page's text and confidences). */
export function stored(name: string): OcrPage[] {
  const f = JSON.parse(readFileSync(path.join(FIXTURES, name), 'utf8')) as { engine: string; pages: Omit<OcrPage, 'engine' | 'skew' | 'cached'>[] };
  return f.pages.map((p) => ({ ...p, engine: f.engine, skew: 0, cached: true }));
}
