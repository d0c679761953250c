/**
 * What the CLI needs besides the commands, re-exported so src/cli imports src/api alone: messages, errors, the
 * output formats and renderers it prints, and the process-level hooks it owns (interrupt cleanup, stdout errors).
 */
export { tr, local, withLang, switchLang, getLang, type Lang, type LocalText } from '../i18n.js';
export { CaseAuditError, InputError, ConfigError, UsageError, formatLocation } from '../errors.js';
export { toolVersion } from '../util/paths.js';
export { sourceDateEpoch, sourceDate } from '../util/time.js';
export { takeXmlReplacements } from '../util/xml-text.js';
export { fsError } from '../util/fs-errors.js';
export { onFirstTemp, removeSync, removeTrackedSync, takeCleanupNotices, trackedTemps } from '../util/cleanup.js';
export { displayPath } from '../ingest/index.js';
export type { ImportSummary } from '../ingest/summary.js';
export type { SheetMapReport } from '../ingest/excel/print-map.js';
export type { OcrIngestOptions } from '../ocr/ingest-ocr.js';
export { ENGINE_CHOICES, DEFAULT_ENGINE } from '../ocr/engines.js';
export { CASE_PERIOD_DATES } from '../sample/period.js';
export { GRADE_LABELS } from '../score/grade.js';
export { FORMATS } from '../report/index.js';
export { renderRankingMarkdown } from '../report/ranking-md.js';
