/** The follow-up stage: rectification notices and feedback, status, 通报/约谈, previous-period comparison, problem focus. */
export * from './types.js';
export { rectifyItems, itemsByUnit, itemId, NO_UNIT } from './items.js';
export { loadCountermeasures, countermeasureFor, DEFAULT_COUNTERMEASURES, type Countermeasures } from './countermeasures.js';
export { buildNotice, type NoticeOptions } from './notice.js';
export { buildFeedbackWorkbook, FEEDBACK_COLUMNS, type FeedbackMeta } from './feedback-xlsx.js';
export { readFeedback, readFeedbackWorkbook, type ReadFeedback } from './feedback-read.js';
export { collectStatus, type CollectOptions } from './collect.js';
export { escalate, missingInputs, type EscalationConfig, type EscalationEntry, type Thresholds, type Met } from './escalate.js';
export { buildCircular, summonsMarkdown, metText } from './escalation-doc.js';
export { comparePeriods, recurringProblems, type Comparison, type PeriodSnapshot } from './compare.js';
export { problemFocus, NO_INDUSTRY, type IndustryFocus, type FocusProblem } from './focus.js';
export { renderOfficialDocx, renderOfficialHtml, officialDateText, fileSafe, type OfficialDoc, type Block } from './official-doc.js';
export { buildFocusDoc, focusMarkdown } from './focus-doc.js';
