import { HTTPError, type Options as KyOptions, TimeoutError } from 'ky';
import { backoffDelayMs, jitterDelayMs, serverRetryAfterMs } from '../internal/retry-timing.js';
import type { ResolvedFireworksOptions } from './options.js';

/** Statuses worth another attempt: request timeout, conflict, rate limit, every 5xx. */
export const RETRY_STATUSES: readonly number[] = [
  408,
  409,
  429,
  ...Array.from({ length: 100 }, (_, i) => 500 + i),
];
const RETRY_STATUS_SET = new Set(RETRY_STATUSES);

/**
 * Per-call bookkeeping. It rides along as an extra ky option under this key: ky hands unknown
 * options to `fetch` as its init and keeps them on the options its hooks and errors see, so the
 * fetch wrapper and the retry hooks share it without any per-call hook or closure.
 */
export const CALL_STATE = 'piiguardCall';

export interface CallState {
  /** The JSON body, sent as a string on every attempt. */
  readonly body: string;
  /** HTTP attempts sent so far. */
  attempts: number;
  /** `now()` when the latest attempt settled. */
  lastSettledAt: number;
  /** `now()` after which no wait may end. */
  deadlineAt: number;
}

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
type Fetch = (input: string | URL | Request, init?: RequestInit) => Promise<Response>;

const HINT_HEADERS = [
  'retry-after',
  'retry-after-ms',
  'ratelimit-reset',
  'x-ratelimit-retry-after',
  'x-ratelimit-reset',
  'x-rate-limit-reset',
];

/**
 * The `fetch` ky calls. It sends each attempt itself, from the call's body string and the
 * prepared headers: ky's `Request` carries no body, because a body on it becomes a stream that
 * ky tees per attempt and undici then writes chunk by chunk — the largest client CPU cost in
 * profiles. It also counts attempts and hands ky one clean retry hint: ky reads `Retry-After`
 * (seconds or date) but not `retry-after-ms`, and waits the full cap on an unparseable value;
 * so on a retryable error answer the hint is parsed once (`serverRetryAfterMs`) and rewritten as
 * `Retry-After: <seconds>`, or dropped when it is invalid.
 */
export function hintingFetch(
  fetchImpl: typeof globalThis.fetch,
  headers: Readonly<Record<string, string>>,
  now: Now,
): Fetch {
  return async (request, init) => {
    const state = (init as Record<string, CallState | undefined> | undefined)?.[CALL_STATE];
    // Only our own calls carry the state; anything else passes through untouched.
    if (!state || !(request instanceof Request)) return fetchImpl(request, init);
    state.attempts++;
    try {
      const response = await fetchImpl(request.url, {
        method: 'POST',
        headers,
        body: state.body,
        signal: request.signal,
      });
      if (response.ok || !RETRY_STATUS_SET.has(response.status)) return response;
      const waitMs = serverRetryAfterMs(response.headers, Date.now());
      const hinted = new Headers(response.headers);
      for (const name of HINT_HEADERS) hinted.delete(name);
      if (waitMs !== undefined) hinted.set('retry-after', String(waitMs / 1000));
      return new Response(response.body, {
        status: response.status,
        statusText: response.statusText,
        headers: hinted,
      });
    } finally {
      state.lastSettledAt = now();
    }
  };
}

/** ky retry options for a POST that is safe to repeat (classification has no side effects). */
export function retryOptions(options: ResolvedFireworksOptions, now: Now): KyOptions['retry'] {
  return {
    limit: options.maxRetries,
    methods: ['post'],
    statusCodes: [...RETRY_STATUSES],
    afterStatusCodes: [...RETRY_STATUSES],
    maxRetryAfter: options.maxRetryAfterMs,
    backoffLimit: options.retryMaxDelayMs,
    delay: (attempt) => backoffDelayMs(attempt, options.retryBaseDelayMs),
    jitter: (delay) => jitterDelayMs(delay),
    retryOnTimeout: true,
    shouldRetry: ({ error }) => {
      // The caller's signal, the deadline or close(): stop at once.
      if (error.name === 'AbortError') return false;
      if (!(error instanceof HTTPError)) return undefined;
      const state = (error.options as unknown as Record<string, CallState | undefined>)[CALL_STATE];
      const hint = serverRetryAfterMs(error.response.headers, Date.now());
      // Waiting past the deadline only to fail then is pointless: fail now, with the server's error.
      if (
        state &&
        hint !== undefined &&
        now() + Math.min(hint, options.maxRetryAfterMs) >= state.deadlineAt
      ) {
        return false;
      }
      return undefined;
    },
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
