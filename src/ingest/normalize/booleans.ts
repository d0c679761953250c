/** Yes/no normalizer: 是/否, 有/无, √/×, Y/N, 已/未 … */
import { isBlank, toHalfWidth } from './text.js';
import type { Parsed } from './dates.js';

const YES = new Set(['是', '有', '√', '✓', '✔', 'y', 'yes', 'true', '1', '已', '已推送', '已移送', '已批准', '批准', '同意', '已召开', '召开', '纳入', '已纳入', '对', '计划内', '计划内检查', '计划检查', '已录入', '已登录', '已上传', '在场', '参加', '已参加']);
const NO = new Set(['否', '无', '×', '✗', '✘', 'x', 'n', 'no', 'false', '0', '未', '未推送', '未移送', '未批准', '不同意', '未召开', '未纳入', '不', '计划外', '计划外检查', '非计划', '未录入', '未登录', '未上传', '不在场', '未在场', '未参加']);

/** Parse a yes/no cell; blank → value undefined. Note 无 in a yes/no column means "no", not blank. */
export function parseYesNo(value: unknown): Parsed<boolean> {
  if (typeof value === 'boolean') return { ok: true, value };
  if (typeof value === 'number') return value === 1 ? { ok: true, value: true } : value === 0 ? { ok: true, value: false } : { ok: false, reason: `not yes/no: ${value}` };
  if (value === null || value === undefined) return { ok: true, value: undefined };
  const s = toHalfWidth(String(value)).trim().toLowerCase();
  if (YES.has(s)) return { ok: true, value: true };
  if (NO.has(s)) return { ok: true, value: false };
  if (isBlank(value)) return { ok: true, value: undefined };
  return { ok: false, reason: `not yes/no: ${String(value)}` };
}
