/** Server waits longer than this are treated as garbage and ignored (one day, in ms). */
const ABSURD_WAIT_MS = 86_400_000;

interface HeaderReader {
  get(name: string): string | null;
}

/**
 * How long the server asked us to wait, in ms: `retry-after-ms` first, then `Retry-After` as
 * seconds (fractions allowed) or as an HTTP date (a past date means "now", 0). Negative,
 * non-numeric or absurd (over a day) values are ignored, giving `undefined`.
 */
export function serverRetryAfterMs(headers: HeaderReader, nowMs: number): number | undefined {
  const ms = parseNumber(headers.get('retry-after-ms'));
  if (ms !== undefined) return ms;
  const value = headers.get('retry-after')?.trim();
  if (!value) return undefined;
  const seconds = parseNumber(value);
  if (seconds !== undefined) return seconds * 1000 <= ABSURD_WAIT_MS ? seconds * 1000 : undefined;
  // An HTTP date starts with the day name; anything else ("-3", "1e3") is not a date.
  if (!/^[A-Za-z]{3},/.test(value)) return undefined;
  const date = Date.parse(value);
  if (Number.isNaN(date)) return undefined;
  const wait = Math.max(0, date - nowMs);
  return wait <= ABSURD_WAIT_MS ? wait : undefined;
}

function parseNumber(raw: string | null): number | undefined {
  const value = raw?.trim();
  if (!value || !/^\d+(\.\d+)?$/.test(value)) return undefined;
  const number = Number(value);
  return number <= ABSURD_WAIT_MS ? number : undefined;
}

/** Exponential back-off before retry `attempt` (1-based), in ms, before jitter and cap. */
export function backoffDelayMs(attempt: number, baseDelayMs: number): number {
  return baseDelayMs * 2 ** (attempt - 1);
}

/**
 * Jitter for computed back-off only (never for a wait the server asked for): a uniform share
 * between 75% and 100% of `delayMs`, so retries from many clients spread out without ever
 * retrying much sooner than planned.
 */
export function jitterDelayMs(delayMs: number, random: () => number = Math.random): number {
  return delayMs * (0.75 + 0.25 * random());
}
