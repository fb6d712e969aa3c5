import ky, { type AfterResponseHook, type BeforeRequestHook, HTTPError, type KyInstance } from 'ky';
import { serverRetryAfterMs } from '../internal/retry-timing.js';
import { trackerOf } from './call.js';
import type { ResolvedHttpOptions } from './options.js';
import { BodyTooLargeError, readBody } from './read-body.js';
import { RETRY_STATUS_SET, type RetryEvent, retryHook, retryOptions } from './retry.js';

/** What one ky instance reports and sends besides the options. */
export interface KyInstanceHooks {
  /** Every request's headers: the service's defaults with the options' `headers` on top. */
  readonly headers: Readonly<Record<string, string>>;
  readonly now: () => number;
  readonly onRetry: ((event: RetryEvent) => void) | undefined;
  /** Named in retry events. */
  readonly model: string;
  /** Sees every response's headers first (rate-limit snapshots). */
  readonly onResponse: ((response: Response) => void) | undefined;
  /** Statuses retried, and whose server wait is honoured. @default RETRY_STATUS_SET */
  readonly retryStatuses?: ReadonlySet<number>;
  /** The service as the body-limit message names it. @default 'the API' */
  readonly service?: string;
}

/**
 * The one ky instance of a classifier, configured through ky's documented options only: `timeout`
 * per attempt, `retry` (see `retryOptions`), `redirect: 'manual'` (a 3xx is an error, never
 * followed: a redirect could re-send the message to another origin or turn the POST into a GET
 * whose JSON would be read as the answer), and three hooks (the answer hook also shows each
 * response to `onResponse`). Per call only the method, `body`, `signal` (caller, close and
 * deadline), `context` (the call's `CallTracker`) and an overriding `timeout` are passed.
 */
export function createKyInstance(options: ResolvedHttpOptions, hooks: KyInstanceHooks): KyInstance {
  const { now, onRetry, model, onResponse } = hooks;
  const retryStatuses = hooks.retryStatuses ?? RETRY_STATUS_SET;
  return ky.create({
    method: 'post',
    headers: hooks.headers,
    timeout: Number.isFinite(options.timeoutMs) ? options.timeoutMs : false,
    redirect: 'manual',
    fetch: options.fetch,
    retry: retryOptions(options, retryStatuses),
    hooks: {
      beforeRequest: [attemptStarted(now)],
      afterResponse: [answerHook(options, now, onResponse, retryStatuses, hooks.service)],
      beforeRetry: onRetry ? [retryHook(model, onRetry, now)] : [],
    },
  });
}

function attemptStarted(now: () => number): BeforeRequestHook {
  return (_request, options) => {
    const call = trackerOf(options.context);
    if (!call) return;
    call.attempts++;
    call.attemptStartedAt = now();
  };
}

/**
 * Runs on every response, inside ky's retry loop. A retryable error answer with a valid wait hint
 * (`retry-after-ms`, `Retry-After` seconds or date) is retried after exactly that wait, capped at
 * `maxRetryAfterMs` — unless the wait would pass the deadline, in which case the error is
 * returned now. Every other body is read here, bounded by `maxResponseBytes` and by what is left
 * of the attempt's timeout, so a stalled or reset body counts as a failed attempt (and is retried)
 * rather than hanging after ky has returned. A 2xx body is left on the call's tracker. Error bodies over the limit are dropped (only their
 * error code is ever read).
 */
function answerHook(
  options: ResolvedHttpOptions,
  now: () => number,
  onResponse: ((response: Response) => void) | undefined,
  retryStatuses: ReadonlySet<number>,
  service: string | undefined,
): AfterResponseHook {
  return async (request, used, response, { retryCount }) => {
    const call = trackerOf(used.context);
    if (!call) return;
    onResponse?.(response);
    if (!response.ok && retryStatuses.has(response.status) && retryCount < options.maxRetries) {
      const wait = serverRetryAfterMs(response.headers, Date.now());
      if (wait !== undefined) {
        const delay = Math.min(wait, options.maxRetryAfterMs);
        if (now() + delay < call.deadlineAt) {
          call.lastSettledAt = now();
          // ky cancels this response (and the clone we were given) when it sees the retry marker.
          return ky.retry({ delay, code: 'SERVER_WAIT', cause: new HTTPError(response, request, used) });
        }
        call.giveUp = true;
      }
    }
    // An opaque redirect (browsers) has no readable body or status to keep.
    if (response.type === 'opaqueredirect' || response.status < 200) return;
    const timeLeftMs = call.timeoutMs - (now() - call.attemptStartedAt);
    let text: string;
    try {
      text = await readBody(response, request, options.maxResponseBytes, timeLeftMs, service);
    } catch (error) {
      if (!(error instanceof BodyTooLargeError) || response.ok) throw error;
      text = '';
    } finally {
      call.lastSettledAt = now();
    }
    if (response.ok) {
      // Kept on the call rather than wrapped in a new Response: ky hands back the original,
      // whose unread copy the classifier cancels.
      call.body = text;
      return;
    }
    // An error answer's bounded body travels on in the HTTPError ky builds from this response.
    return new Response(text === '' ? null : text, {
      status: response.status,
      statusText: response.statusText,
      headers: response.headers,
    });
  };
}
