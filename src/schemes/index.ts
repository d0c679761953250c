/** Inspection-scheme review stage (检查方案审查): rules, key items, verdicts, notices and report rows. */
export { runSchemes, type SchemesOptions, type SchemesRun } from './run.js';
export { reviewSchemes, reviewScheme } from './review.js';
export { schemeReviewRows, type SchemeReviewSheet } from './rows.js';
export { renderNoticeMarkdown, renderNoticeHtml, noticeFileBase, noticeFiles } from './notices.js';
export { loadRuleSettings, parseRuleSettings, type SchemeRuleSettings } from './config.js';
export { loadKeyItems, resolveIndustries, keyItemCoverage, type KeyItemsCatalog, type Industry, type KeyItem } from './key-items.js';
export { SCHEME_RULES, SCHEME_RULE_IDS } from './rules/index.js';
export type * from './types.js';
