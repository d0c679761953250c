/**
 * Working days for 行政处罚法 第八十五条 ("二日、三日、五日、七日" are working days), 2025 only.
 * Data: State Council notice 国办发明电〔2024〕12号 via NateScarlet/holiday-cn (MIT), copied from
 * /work/shared/reference/holidays-cn/2025.json; the product's own calendar lives in templates/.
 */
const OFF = new Set([
  '2025-01-01', '2025-01-28', '2025-01-29', '2025-01-30', '2025-01-31', '2025-02-01', '2025-02-02', '2025-02-03',
  '2025-02-04', '2025-04-04', '2025-04-05', '2025-04-06', '2025-05-01', '2025-05-02', '2025-05-03', '2025-05-04',
  '2025-05-05', '2025-05-31', '2025-06-01', '2025-06-02', '2025-10-01', '2025-10-02', '2025-10-03', '2025-10-04',
  '2025-10-05', '2025-10-06', '2025-10-07', '2025-10-08',
]);
const MAKEUP = new Set(['2025-01-26', '2025-02-08', '2025-04-27', '2025-09-28', '2025-10-11']);

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
  if (!iso.startsWith('2025-')) throw new Error(`sample calendar covers 2025 only: ${iso}`);
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
