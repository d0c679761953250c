/** The OCR engine contract: pluggable engines turn one grey page image into words with confidences. */
import type { GreyImage } from './image.js';
import { fillPlaceGaps } from './place-gaps.js';

/** One recognised word (for Chinese: usually one to a few characters) with the engine's confidence 0–100. */
export interface OcrWord {
  text: string;
  conf: number;
  /**
   * per UTF-16 unit of `text`, how sure the engine is of that character (0–100), when it says so per character;
   * an engine lowers it for a digit it nearly read as another digit (tesseract: its LSTM runner-up)
   */
  charConf?: number[];
  /** characters the engine nearly read between others (PP-OCR: a CTC blank's strong runner-up); not in `text` */
  gaps?: OcrGap[];
}

/** A character the engine nearly read at UTF-16 offset `at` of its word's text (inserted before text[at]). */
export interface OcrGap {
  at: number;
  char: string;
  /** its probability at that frame, 0–100 (below the blank's) */
  conf: number;
}

/**
 * What the caller knows about an image that is a part of a page (the edge bands of `--ocr-pages key`): the page's
 * longer side, so that a detector that scales the page to a fixed side sees the part at the page's scale (same
 * text size as in a full reading, half the pixels for half the page). Engines that do not scale ignore it.
 */
export interface RecognizeHints {
  pageLongSide?: number;
}

/** What an engine returns for a page: lines of words, top to bottom. */
export interface OcrResult {
  lines: OcrWord[][];
}

export interface OcrEngine {
  /** stable id, part of the cache key, e.g. `tesseract 5.3.0 chi_sim psm6 hocr-choices` */
  readonly id: string;
  /** short name for reports, e.g. `tesseract` */
  readonly name: string;
  /** throws ConfigError (with an install hint) when the engine cannot run here */
  check(): Promise<void>;
  recognize(image: GreyImage, hints?: RecognizeHints): Promise<OcrResult>;
  /** the engine finds and reads an upside-down page itself (PP-OCR's angle classifier); tesseract does not */
  readonly turnsUpsideDown?: boolean;
}

/** Page text with one confidence per UTF-16 unit (spaces and newlines get 100). */
export interface ConfText {
  text: string;
  conf: number[];
}

/** Join an engine's lines into text and per-character confidences (a place name's dropped character put back: place-gaps.ts). */
export function resultToConfText(result: OcrResult): ConfText {
  let text = '';
  const conf: number[] = [];
  result.lines.forEach((words, li) => {
    if (li > 0) {
      text += '\n';
      conf.push(100);
    }
    words.map(fillPlaceGaps).forEach((w, wi) => {
      if (wi > 0) {
        text += ' ';
        conf.push(100);
      }
      text += w.text;
      for (let i = 0; i < w.text.length; i++) conf.push(Math.min(w.conf, w.charConf?.[i] ?? 100));
    });
  });
  return { text, conf };
}

/** Mean word confidence over a result, weighted by characters; 0 when nothing was read. */
export function meanConfidence(result: OcrResult): number {
  let sum = 0;
  let n = 0;
  for (const line of result.lines) {
    for (const w of line) {
      const len = w.text.replace(/\s/g, '').length;
      sum += w.conf * len;
      n += len;
    }
  }
  return n ? Math.round((sum / n) * 10) / 10 : 0;
}
