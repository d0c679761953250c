/** Procedural dates of a clean penalty case, all in order and within the statutory time limits. */
import { addDays, addWorkdays, daysBetween, nextWorkday } from './calendar.mjs';

/** A random working day in [start, end]. */
export function randomWorkday(rng, [start, end]) {
  for (;;) {
    const d = nextWorkday(addDays(start, rng.int(0, daysBetween(start, end))));
    if (d <= end) return d;
  }
}

const max = (...ds) => ds.filter(Boolean).sort().at(-1);

/**
 * Dates for a penalty case. needHearing → hearing notified with the prior notice; opts.hearingHeld forces a hearing;
 * opts.overdue puts the decision 150+ days after filing; opts.extension 100–120 days with an approved extension;
 * opts.serviceLag / publishLag are working-day ranges after the decision (clean: ≤ 5 / ≤ 6).
 */
export function penaltyDates(rng, { inspect, needHearing, rectify, bigCase, opts }) {
  const d = {};
  d.filed = addWorkdays(inspect, rng.int(0, 3));
  if (rectify) {
    d.rectificationDeadline = addDays(inspect, rng.pick([10, 15, 20, 30]));
    d.reinspected = addWorkdays(d.rectificationDeadline, rng.int(0, 4));
  }
  const noticeLag = opts.overdue ? rng.int(150, 160) : opts.extension ? rng.int(75, 85) : rng.int(10, 30);
  d.notified = nextWorkday(addDays(d.filed, noticeLag));
  if (needHearing) d.hearingNotified = d.notified;
  const held = needHearing && (opts.hearingHeld ?? rng.chance(0.2));
  if (held) d.hearingHeld = addWorkdays(d.notified, rng.int(9, 12));
  d.decided = held ? addWorkdays(d.hearingHeld, rng.int(3, 8)) : addWorkdays(d.notified, needHearing ? rng.int(6, 10) : rng.int(4, 8));
  // legal review and collective discussion close the file just before the decision
  d.legalReview = addWorkdays(d.notified, workdaysBefore(d, held ? 2 : 2));
  if (bigCase || held) d.collectiveDiscussion = addWorkdays(d.legalReview, 1);
  const sLag = opts.serviceLag ?? (rng.chance(0.5) ? [0, 0] : [1, 5]);
  d.served = addWorkdays(d.decided, rng.int(...sLag));
  const pLag = opts.publishLag ?? [1, 6];
  d.published = addWorkdays(d.decided, rng.int(...pLag));
  d.paid = addDays(d.served, rng.int(3, 14));
  d.closed = addWorkdays(max(d.paid, d.reinspected), rng.int(2, 10));
  return d;
}

/** Working days from the notice to two working days before the decision (the legal review's slot). */
function workdaysBefore(d, gap) {
  let n = 0;
  while (addWorkdays(d.notified, n + gap) < d.decided) n++;
  return Math.max(n, 1);
}
