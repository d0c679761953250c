/** The report's OOXML normaliser is the one in util/zip.ts (kept here so report modules' imports stay as they are). */
export { normalizeOoxml } from '../util/zip.js';
