/**
 * Which OCR engine a run uses (`--ocr-engine`): `paddle` (PP-OCRv4 through onnxruntime-node, installed with
 * caseaudit from npm: the default), `tesseract` (Debian's tesseract-ocr + chi_sim, when installed), or `both`
 * (PP-OCR reads; a page with a doubtful digit is read again by tesseract instead of from a black-and-white image,
 * and the digit counts as sure only when the two engines agree: second-opinion.ts).
 */
import type { OcrEngine } from './engine.js';
import { paddleEngine, PADDLE_INSTALL_HINT } from './paddle.js';
import { tesseractEngine, INSTALL_HINT as TESSERACT_INSTALL_HINT } from './tesseract.js';

export const ENGINE_CHOICES = ['paddle', 'tesseract', 'both'] as const;
export type EngineChoice = (typeof ENGINE_CHOICES)[number];
export const DEFAULT_ENGINE: EngineChoice = 'paddle';

/** An engine, or the name of one (what the CLI's --ocr-engine gives). */
export type EngineSpec = OcrEngine | EngineChoice;

export interface ResolvedEngines {
  engine: OcrEngine;
  /** reads the second opinion instead of the black-and-white image (`both`) */
  second?: OcrEngine;
}

/** The engines for a choice (default paddle). */
export function resolveEngines(spec: EngineSpec | undefined): ResolvedEngines {
  if (spec && typeof spec === 'object') return { engine: spec };
  const choice = spec ?? DEFAULT_ENGINE;
  if (choice === 'tesseract') return { engine: tesseractEngine() };
  if (choice === 'both') return { engine: paddleEngine(), second: tesseractEngine() };
  return { engine: paddleEngine() };
}

/** The install command that brings an engine (for the needs-OCR warning). */
export function installHint(spec: EngineSpec | undefined): string {
  const name = typeof spec === 'object' ? spec.name : spec ?? DEFAULT_ENGINE;
  return name === 'paddle' ? PADDLE_INSTALL_HINT : TESSERACT_INSTALL_HINT;
}
