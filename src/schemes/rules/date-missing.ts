/** date-missing: the scheme gives no inspection date (检查时间). */
import type { SchemeRule } from '../types.js';
import { notExported } from './util.js';

export const rule: SchemeRule = {
  meta: {
    id: 'date-missing',
    severity: 'reject',
    // the guideline asks for planned, scheduled inspections; the time element of a scheme is [practice]
    basis: '赣应急字〔2020〕168号 §三(六)、§六(十五)',
    messages: { missing: { zh: '检查方案未明确检查时间', en: 'the scheme gives no inspection date' } },
    fix: { zh: '写明计划检查时间', en: 'state the planned inspection date' },
  },
  check: (scheme, context) => notExported(scheme, context, 'date', { zh: '检查日期', en: 'inspection dates' }) ?? (scheme.date?.trim() ? [] : [{ messageId: 'missing' }]),
};
