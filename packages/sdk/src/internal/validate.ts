import { ConfigurationError } from '../errors.js';
import { MAX_TIMER_MS } from './clock.js';

/**
 * Option checks shared by every options resolver. Each throws a `ConfigurationError` naming the
 * option (never echoing its value, which could be a secret) so a bad config fails at construction.
 */

/** An integer >= `min`, or the default when `undefined`. */
export function integerOption(value: number | undefined, option: string, fallback: number, min = 0): number {
  if (value === undefined) return fallback;
  if (!Number.isInteger(value) || value < min) {
    throw new ConfigurationError(`Option \`${option}\` must be an integer >= ${min}.`, option);
  }
  return value;
}

/** A duration in ms: a finite number > 0, or `Infinity` where `allowInfinity` (meaning "no limit"). */
export function durationOption(
  value: number | undefined,
  option: string,
  fallback: number,
  { allowInfinity = false, allowZero = false } = {},
): number {
  if (value === undefined) return fallback;
  const ok =
    typeof value === 'number' &&
    !Number.isNaN(value) &&
    (value > 0 || (allowZero && value === 0)) &&
    (value <= MAX_TIMER_MS || (allowInfinity && value === Number.POSITIVE_INFINITY));
  if (!ok) {
    const range = `${allowZero ? '>= 0' : '> 0'} and <= ${MAX_TIMER_MS}${allowInfinity ? ' (or Infinity for no limit)' : ''}`;
    throw new ConfigurationError(`Option \`${option}\` must be a number of milliseconds ${range}.`, option);
  }
  return value;
}

/** Per-call `timeoutMs`/`deadlineMs` overrides: absent, or valid as the client options of the same name. */
export function checkCallTimeouts(options: {
  readonly timeoutMs?: number;
  readonly deadlineMs?: number;
}): void {
  if (options.timeoutMs !== undefined)
    durationOption(options.timeoutMs, 'timeoutMs', 0, { allowInfinity: true });
  if (options.deadlineMs !== undefined)
    durationOption(options.deadlineMs, 'deadlineMs', 0, { allowInfinity: true });
}

/** A non-empty string, or the default when `undefined`. */
export function stringOption(value: string | undefined, option: string, fallback: string): string {
  if (value === undefined) return fallback;
  if (typeof value !== 'string' || value.trim() === '') {
    throw new ConfigurationError(`Option \`${option}\` must be a non-empty string.`, option);
  }
  return value;
}
