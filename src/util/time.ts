/** The run's timestamp: SOURCE_DATE_EPOCH (seconds since 1970, UTC) when set, so outputs are reproducible. */
import { UsageError } from '../errors.js';
import { tr } from '../i18n.js';

/** The fixed date from SOURCE_DATE_EPOCH, or now. A malformed value is a usage error, never ignored. */
export function sourceDate(env: NodeJS.ProcessEnv = process.env): Date {
  return sourceDateEpoch(env) ?? new Date(Math.floor(Date.now() / 1000) * 1000);
}

/**
 * The one parser of SOURCE_DATE_EPOCH: the fixed date, or undefined when unset. A malformed value is a usage
 * error (every command, checked once at start-up by the CLI), never read as 0 or ignored.
 */
export function sourceDateEpoch(env: NodeJS.ProcessEnv = process.env): Date | undefined {
  const raw = env.SOURCE_DATE_EPOCH;
  if (raw === undefined || raw === '') return undefined;
  if (!/^\d+$/.test(raw.trim()) || !Number.isSafeInteger(Number(raw.trim())) || Number(raw.trim()) * 1000 > 8.64e15) {
    throw new UsageError(tr(`SOURCE_DATE_EPOCH 不是整数秒：${raw}`, `SOURCE_DATE_EPOCH is not a whole number of seconds: ${raw}`));
  }
  return new Date(Number(raw.trim()) * 1000);
}

/** ISO timestamp without milliseconds: 2025-07-01T00:00:00Z */
export function isoSeconds(date: Date): string {
  return `${date.toISOString().slice(0, 19)}Z`;
}
