import { type BeforeRetryHook, HTTPError, type Options as KyOptions, TimeoutError } from 'ky';
import { backoffDelayMs, jitterDelayMs } from '../internal/retry-timing.js';
import { backOff, CALL_STATE, type CallState, failedCall } from './call-state.js';
import type { ResolvedFireworksOptions } from './options.js';

/** Statuses worth another attempt: request timeout, conflict, rate limit, every 5xx. */
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
  /** The model being called. */
  readonly model: string;
}

type Now = () => number;

/**
 * ky retry options for a POST that is safe to repeat (classification has no side effects). ky runs
 * the retry loop; `shouldRetry` decides and waits — the server's hint or jittered back-off — and
 * ky's own delay is 0. ky can cut its own wait short only through a signal passed on every call,
 * which costs more per request than everything else piiguard adds (README, Benchmarks); this wait
 * ends as soon as the call is stopped (caller, deadline, `close()`).
 */
export function retryOptions(options: ResolvedFireworksOptions, now: Now): KyOptions['retry'] {
  return {
    // Only what ky reads on every call: statuses, timeouts and `Retry-After` are `shouldRetry`'s
    // (ky normalises and copies these options per call, so fewer keys cost less).
    limit: options.maxRetries,
    methods: ['post'],
    delay: () => 0,
    shouldRetry: async ({ error, retryCount }) => {
      // The caller's signal, the deadline or close(): stop at once.
      if (error.name === 'AbortError') return false;
      const state =
        error instanceof HTTPError
          ? (error.options as unknown as Record<string, CallState | undefined>)[CALL_STATE]
          : failedCall(error);
      // Every failure of ours carries its call; anything else is not retried.
      if (!state) return false;
      if (error instanceof HTTPError) {
        if (!RETRY_STATUS_SET.has(error.response.status)) return false;
        const hint = state.hintMs;
        // Waiting past the deadline only to fail then is pointless: fail now, with the server's error.
        if (hint !== undefined && now() + Math.min(hint, options.maxRetryAfterMs) >= state.deadlineAt) {
          return false;
        }
        // The failed answer's body is never read; release its connection.
        void error.response.body?.cancel().catch(() => undefined);
      }
      await backOff(state, retryWaitMs(error, state, retryCount, options));
      return true;
    },
  };
}

/**
 * The wait before retry `retryCount` (1-based), in ms: the server's hint up to `maxRetryAfterMs`,
 * never jittered; else exponential back-off, jittered, capped at `retryMaxDelayMs`.
 */
export function retryWaitMs(
  error: Error,
  state: CallState,
  retryCount: number,
  options: ResolvedFireworksOptions,
): number {
  if (error instanceof HTTPError && state.hintMs !== undefined) {
    return Math.min(state.hintMs, options.maxRetryAfterMs);
  }
  const delay = backoffDelayMs(retryCount, options.retryBaseDelayMs);
  const jittered = jitterDelayMs(delay);
  return Math.min(options.retryMaxDelayMs, Number.isFinite(jittered) && jittered >= 0 ? jittered : delay);
}

/** ky's `beforeRetry` hook, which reports each retry once its wait is over. Exceptions it throws are ignored. */
export function retryHook(model: string, onRetry: (event: RetryEvent) => void, now: Now): BeforeRetryHook {
  return ({ error, retryCount, options: used }) => {
    const state = (used as unknown as Record<string, CallState | undefined>)[CALL_STATE];
    if (!state) return;
    try {
      onRetry({
        attempt: retryCount + 1,
        delayMs: Math.max(0, Math.round(now() - state.lastSettledAt)),
        ...retryReason(error),
        model,
      });
    } catch {
      // A listener's bug must not fail the classification.
    }
  };
}

/** The reason reported for a retried failure. */
export function retryReason(error: Error): { reason: RetryReason; status?: number } {
  if (error instanceof HTTPError) {
    const status = error.response.status;
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
