/** Working-day calendar (行政处罚法 第八十五条): statutory holidays and make-up workdays per year, kept as data. */
import { readdirSync, existsSync } from 'node:fs';
import path from 'node:path';
import { ConfigError } from '../errors.js';
import { tr } from '../i18n.js';
import { templatePath } from '../util/paths.js';
import { readJsonFileSync } from '../util/json-input.js';

/** A calendar: which years it covers, and the exceptions to "Saturday and Sunday are off". */
export interface WorkCalendar {
  dir: string;
  years: Set<number>;
  /** weekday holidays (isOffDay true) */
  off: Set<string>;
  /** weekend make-up workdays (isOffDay false) */
  work: Set<string>;
  /** memo of addWorkingDays (date|n → result): files share few decision dates */
  memo?: Map<string, CalendarResult>;
}

/** The outcome of a date computation: a date, or the year the calendar does not cover. */
export type CalendarResult = { date: string } | { uncoveredYear: number };

/** The bundled calendar folder (templates/calendar/holidays-cn). */
export const DEFAULT_CALENDAR_DIR = templatePath('calendar', 'holidays-cn');

const cache = new Map<string, WorkCalendar>();

/** Load every <year>.json in a folder (holiday-cn format: {year, days: [{date, isOffDay}]}). */
export function loadCalendar(dir: string = DEFAULT_CALENDAR_DIR): WorkCalendar {
  const hit = cache.get(dir);
  if (hit) return hit;
  if (!existsSync(dir)) throw new ConfigError(tr(`日历目录不存在：${dir}`, `calendar folder not found: ${dir}`), { location: { file: dir } });
  const cal: WorkCalendar = { dir, years: new Set(), off: new Set(), work: new Set() };
  for (const name of readdirSync(dir).filter((f) => /^\d{4}\.json$/.test(f)).sort()) {
    const file = path.join(dir, name);
    const data = (readJsonFileSync(file, { what: { zh: '日历文件', en: 'the calendar file' }, kind: 'config' }) ?? {}) as { year?: unknown; days?: unknown };
    const year = Number(name.slice(0, 4));
    if (data.year !== year || !Array.isArray(data.days)) {
      throw new ConfigError(tr(`日历文件 ${file} 应含 year=${year} 和 days 数组`, `calendar file ${file} must hold year=${year} and a days array`), { location: { file, path: '$.year' } });
    }
    data.days.forEach((d: { date?: unknown; isOffDay?: unknown }, i: number) => {
      if (typeof d.date !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(d.date) || typeof d.isOffDay !== 'boolean') {
        throw new ConfigError(tr(`日历文件 ${file} 第 ${i + 1} 项应含 date（YYYY-MM-DD）和 isOffDay`, `calendar file ${file} entry ${i + 1} needs date (YYYY-MM-DD) and isOffDay`), { location: { file, path: `$.days[${i}]` } });
      }
      (d.isOffDay ? cal.off : cal.work).add(d.date);
    });
    cal.years.add(year);
  }
  if (cal.years.size === 0) throw new ConfigError(tr(`日历目录 ${dir} 中没有 <年份>.json 文件`, `no <year>.json files in calendar folder ${dir}`), { location: { file: dir } });
  cache.set(dir, cal);
  return cal;
}

function addDays(iso: string, n: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

/** Is this date a working day? undefined when its year is not covered. */
export function isWorkingDay(cal: WorkCalendar, iso: string): boolean | undefined {
  if (!cal.years.has(Number(iso.slice(0, 4)))) return undefined;
  if (cal.off.has(iso)) return false;
  if (cal.work.has(iso)) return true;
  const dow = new Date(`${iso}T00:00:00Z`).getUTCDay();
  return dow !== 0 && dow !== 6;
}

/** The date N working days after `iso` (the start day not counted), or the first year the calendar lacks. */
export function addWorkingDays(cal: WorkCalendar, iso: string, n: number): CalendarResult {
  const key = `${iso}|${n}`;
  const hit = (cal.memo ??= new Map()).get(key);
  if (hit) return hit;
  const out = walkWorkingDays(cal, iso, n);
  if (cal.memo.size < 100_000) cal.memo.set(key, out);
  return out;
}

function walkWorkingDays(cal: WorkCalendar, iso: string, n: number): CalendarResult {
  let d = iso;
  let left = n;
  while (left > 0) {
    d = addDays(d, 1);
    const w = isWorkingDay(cal, d);
    if (w === undefined) return { uncoveredYear: Number(d.slice(0, 4)) };
    if (w) left--;
  }
  return { date: d };
}

/** Calendar days from a to b (b − a). */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86400000);
}

export { addDays };
