import { type BeforeRequestHook, TimeoutError } from 'ky';
import { serverRetryAfterMs } from '../internal/retry-timing.js';
import { CALL_STATE, type CallState, markFailed, stoppedError } from './call-state.js';
import { RETRY_STATUS_SET } from './retry.js';

type Now = () => number;

const HINT_HEADERS = [
  'retry-after',
  'retry-after-ms',
  'ratelimit-reset',
  'x-ratelimit-retry-after',
  'x-ratelimit-reset',
  'x-rate-limit-reset',
];

/**
 * ky's `beforeRequest` hook that sends each attempt itself and hands ky the `Response` (ky then
 * skips its own fetch step). ky still owns the retry loop, HTTP errors and hooks; the hook saves
 * what profiles showed as ky's per-call floor: cloning the `Request` for retries, the per-attempt
 * timeout promise, and — because ky is given no signal — `AbortSignal.any` and the abort wiring
 * of every `Request`. The attempt gets one `AbortController` that the call's stop (caller,
 * deadline, close) and the per-attempt timeout abort; a timeout rejects with ky's `TimeoutError`,
 * as ky's own `timeout` would. The body is a string, never a stream on ky's `Request` (a stream
 * is teed per attempt and written chunk by chunk by undici). On a retryable error answer the
 * server's wait hint is parsed once (`serverRetryAfterMs`), kept for the back-off, and left on
 * the response as a clean `Retry-After: <seconds>` (or dropped when invalid) for the final error.
 */
export function sendAttempt(
  fetchImpl: typeof globalThis.fetch,
  url: string,
  headers: Readonly<Record<string, string>>,
  now: Now,
): BeforeRequestHook {
  return async (request, options) => {
    const state = (options as unknown as Record<string, CallState | undefined>)[CALL_STATE];
    // Only our own calls carry the state; anything else is left to ky.
    if (!state) return;
    if (state.stopReason) throw stoppedError();
    state.attempts++;
    state.hintMs = undefined;
    const controller = new AbortController();
    // Kept after the headers arrive, so that a stop also aborts reading the body.
    state.attempt = controller;
    const init: RequestInit = { method: 'POST', headers, body: state.body, signal: controller.signal };
    try {
      const response = await (Number.isFinite(state.timeoutMs)
        ? withTimeout(fetchImpl(url, init), state.timeoutMs, controller, request)
        : fetchImpl(url, init));
      if (response.ok || !RETRY_STATUS_SET.has(response.status)) return response;
      const waitMs = serverRetryAfterMs(response.headers, Date.now());
      state.hintMs = waitMs;
      const hinted = new Headers(response.headers);
      for (const name of HINT_HEADERS) hinted.delete(name);
      if (waitMs !== undefined) hinted.set('retry-after', String(waitMs / 1000));
      return new Response(response.body, {
        status: response.status,
        statusText: response.statusText,
        headers: hinted,
      });
    } catch (error) {
      // ky hands `shouldRetry` only the error: this is how it finds the call again.
      markFailed(error, state);
      throw error;
    } finally {
      state.lastSettledAt = now();
    }
  };
}

/** Rejects with ky's `TimeoutError` and aborts the attempt when no response arrives in `ms`. */
function withTimeout(
  pending: Promise<Response>,
  ms: number,
  controller: AbortController,
  request: Request,
): Promise<Response> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      controller.abort();
      reject(new TimeoutError(request));
    }, ms);
    pending.then(
      (response) => {
        clearTimeout(timer);
        resolve(response);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}
