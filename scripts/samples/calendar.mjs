/**
 * Working days for 行政处罚法 第八十五条 ("二日、三日、五日、七日" are working days), from the calendar the product
 * ships (templates/calendar/holidays-cn/<year>.json, holiday-cn format: weekday holidays and weekend make-up days).
 */
import path from 'node:path';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'templates', 'calendar', 'holidays-cn');
const YEAR = 2025;
const { days } = JSON.parse(readFileSync(path.join(DIR, `${YEAR}.json`), 'utf8'));
const OFF = new Set(days.filter((d) => d.isOffDay).map((d) => d.date));
const MAKEUP = new Set(days.filter((d) => !d.isOffDay).map((d) => d.date));

const DAY = 86400000;
const toMs = (iso) => Date.parse(`${iso}T00:00:00Z`);
const toIso = (ms) => new Date(ms).toISOString().slice(0, 10);

/** ISO date plus n calendar days. */
export function addDays(iso, n) {
  return toIso(toMs(iso) + n * DAY);
}

/** Calendar days from a to b (b − a). */
export function daysBetween(a, b) {
  return Math.round((toMs(b) - toMs(a)) / DAY);
}

/** True on a working day (weekday not a holiday, or a make-up Saturday/Sunday). */
export function isWorkday(iso) {
  if (!iso.startsWith(`${YEAR}-`)) throw new Error(`sample calendar covers ${YEAR} only: ${iso}`);
  if (OFF.has(iso)) return false;
  if (MAKEUP.has(iso)) return true;
  const wd = new Date(toMs(iso)).getUTCDay();
  return wd !== 0 && wd !== 6;
}

/** The date n working days after iso (n ≥ 0; 0 → iso itself if a workday, else the next workday). */
export function addWorkdays(iso, n) {
  let d = iso;
  while (!isWorkday(d)) d = addDays(d, 1);
  for (let k = 0; k < n; ) {
    d = addDays(d, 1);
    if (isWorkday(d)) k++;
  }
  return d;
}

/** The working day n working days before iso (行政处罚法 第八十五条: 七日 are working days). */
export function subtractWorkdays(iso, n) {
  let d = iso;
  for (let k = 0; k < n; ) {
    d = addDays(d, -1);
    if (isWorkday(d)) k++;
  }
  return d;
}

/** Working days after a up to and including b (0 when b ≤ a). */
export function workdaysBetween(a, b) {
  let n = 0;
  for (let d = addDays(a, 1); d <= b; d = addDays(d, 1)) if (isWorkday(d)) n++;
  return n;
}

/** The next working day on or after iso. */
export function nextWorkday(iso) {
  return addWorkdays(iso, 0);
}
