/** Shared normalizers for every reader (Excel, PDF, JSON). */
export * from './text.js';
export * from './chinese-numerals.js';
export * from './dates.js';
export * from './amounts.js';
export * from './booleans.js';
export * from './credit-code.js';
export * from './lists.js';
export * from './articles.js';
