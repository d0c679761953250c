/** OCR stage: scanned PDF pages → repaired text with confidences, and the confidence of each extracted value. */
export type { OcrEngine, OcrResult, OcrWord, ConfText } from './engine.js';
export { tesseractEngine, INSTALL_HINT, type TesseractOptions } from './tesseract.js';
export { createOcrContext, ocrPage, ocrPages, type OcrContext, type OcrOptions, type OcrPage } from './pipeline.js';
export { createOcrProvider, isUnreadable, type OcrProvider, type FileOcr } from './provider.js';
export { assessOcrCase, KEY_FIELDS, LOW_CONFIDENCE, UNREADABLE_CONFIDENCE, type Assessment } from './assess.js';
export { defaultCacheDir } from './cache.js';
