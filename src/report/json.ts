/** JSON report for machines: the whole analysis, stable key order, one trailing newline. */
import type { Renderer } from './context.js';

export const REPORT_SCHEMA_VERSION = 1;

export const jsonRenderer: Renderer = {
  format: 'json',
  extension: 'json',
  render: async (ctx) => `${JSON.stringify({ schemaVersion: REPORT_SCHEMA_VERSION, lang: ctx.lang, title: ctx.title, ...ctx.analysis }, null, 2)}\n`,
};
