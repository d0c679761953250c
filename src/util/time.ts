/** The run's timestamp: SOURCE_DATE_EPOCH (seconds since 1970, UTC) when set, so outputs are reproducible. */
import { UsageError } from '../errors.js';
import { tr } from '../i18n.js';

/** The fixed date from SOURCE_DATE_EPOCH, or now. A malformed value is a usage error, never ignored. */
export function sourceDate(env: NodeJS.ProcessEnv = process.env): Date {
  const raw = env.SOURCE_DATE_EPOCH;
  if (raw === undefined || raw === '') return new Date(Math.floor(Date.now() / 1000) * 1000);
  if (!/^\d+$/.test(raw.trim())) {
    throw new UsageError(tr(`SOURCE_DATE_EPOCH 不是整数秒：${raw}`, `SOURCE_DATE_EPOCH is not a whole number of seconds: ${raw}`));
  }
  return new Date(Number(raw.trim()) * 1000);
}

/** ISO timestamp without milliseconds: 2025-07-01T00:00:00Z */
export function isoSeconds(date: Date): string {
  return `${date.toISOString().slice(0, 19)}Z`;
}
