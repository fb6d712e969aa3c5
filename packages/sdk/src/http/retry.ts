import {
  type BeforeRetryHook,
  HTTPError,
  isForceRetryError,
  isHTTPError,
  type RetryOptions,
  TimeoutError,
} from 'ky';
import { isPiiguardError } from '../errors.js';
import { backoffDelayMs, jitterDelayMs } from '../internal/retry-timing.js';
import { trackerOf } from './call.js';
import type { ResolvedHttpOptions } from './options.js';
import { type RateLimitSnapshot, rateLimitOf } from './rate-limit.js';

/** Statuses worth another attempt by default: request timeout, conflict, rate limit, every 5xx. */
export const RETRY_STATUSES: readonly number[] = [
  408,
  409,
  429,
  ...Array.from({ length: 100 }, (_, i) => 500 + i),
];
export const RETRY_STATUS_SET: ReadonlySet<number> = new Set(RETRY_STATUSES);

/** Why a retry happens, as reported in `retry` events. */
export type RetryReason = 'rate-limit' | 'server' | 'conflict' | 'request-timeout' | 'timeout' | 'connection';

/** Payload of the `retry` event. Never contains the text or the key. */
export interface RetryEvent {
  /** The attempt about to be sent: the first retry is attempt 2. */
  readonly attempt: number;
  /** How long the client waited between the failed attempt and this one, in ms. */
  readonly delayMs: number;
  /** The failed attempt's HTTP status, when it got one. */
  readonly status?: number;
  readonly reason: RetryReason;
  /** The model being called (the remote teacher's `name` on a Triton or TEI server). */
  readonly model: string;
  /** The failed attempt's `x-ratelimit-*` headers, when its answer had any (a 429 usually does). */
  readonly rateLimit?: RateLimitSnapshot;
}

/**
 * ky's retry options, all documented ky settings: GET, POST and DELETE are retried (classification
 * has no side effects; a service whose repeated create answers 409 leaves 409 out of `statuses`)
 * on `statuses`, connection errors and per-attempt timeouts, with exponential back-off
 * (`retryBaseDelayMs · 2^(n−1)`) jittered to 75–100 % and capped at `retryMaxDelayMs`.
 * `afterStatusCodes` is empty because the server's wait is read by `answerHook` (it also knows
 * `retry-after-ms`, ignores negative or absurd values, and never jitters the wait), which asks ky
 * for the retry with `ky.retry({ delay })`. `shouldRetry` only vetoes: our own errors (a body over
 * the limit), aborts, and a server wait that would pass the deadline.
 */
export function retryOptions(
  options: ResolvedHttpOptions,
  statuses: ReadonlySet<number> = RETRY_STATUS_SET,
): RetryOptions {
  return {
    limit: options.maxRetries,
    methods: ['get', 'post', 'delete'],
    statusCodes: [...statuses],
    afterStatusCodes: [],
    backoffLimit: options.retryMaxDelayMs,
    delay: (attempt) => backoffDelayMs(attempt, options.retryBaseDelayMs),
    jitter: (delay) => jitterDelayMs(delay),
    retryOnTimeout: true,
    shouldRetry: ({ error }) => {
      if (isPiiguardError(error) || error.name === 'AbortError') return false;
      if (isHTTPError(error) && trackerOf(error.options.context)?.giveUp) return false;
      return undefined;
    },
  };
}

/** ky's `beforeRetry` hook, which reports each retry once its wait is over. Exceptions it throws are ignored. */
export function retryHook(
  model: string,
  onRetry: (event: RetryEvent) => void,
  now: () => number,
): BeforeRetryHook {
  return ({ error, retryCount, options }) => {
    const call = trackerOf(options.context);
    if (!call) return;
    const response = failedResponse(error);
    const rateLimit = response && rateLimitOf(response.headers, response.status, Date.now());
    try {
      onRetry({
        attempt: retryCount + 1,
        delayMs: Math.max(0, Math.round(now() - call.lastSettledAt)),
        ...retryReason(error),
        model,
        ...(rateLimit ? { rateLimit } : {}),
      });
    } catch {
      // A listener's bug must not fail the classification.
    }
  };
}

/** The answer of a retried attempt that got one; a retry forced for a server wait carries its `HTTPError` as cause. */
function failedResponse(error: Error): Response | undefined {
  const http = isForceRetryError(error) && error.cause instanceof HTTPError ? error.cause : error;
  return http instanceof HTTPError ? http.response : undefined;
}

/** The reason reported for a retried failure. */
export function retryReason(error: Error): { reason: RetryReason; status?: number } {
  const response = failedResponse(error);
  if (response) {
    const status = response.status;
    const reason: RetryReason =
      status === 429
        ? 'rate-limit'
        : status === 409
          ? 'conflict'
          : status === 408
            ? 'request-timeout'
            : 'server';
    return { reason, status };
  }
  return { reason: error instanceof TimeoutError ? 'timeout' : 'connection' };
}
