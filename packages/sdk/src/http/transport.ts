import type { KyInstance } from 'ky';
import { ConfigurationError, InvalidResponseError } from '../errors.js';
import { now } from '../internal/clock.js';
import { stringOption } from '../internal/validate.js';
import { CallTracker } from './call.js';
import { createKyInstance } from './ky-instance.js';
import { requestIdOf, type StopReason, toTypedError } from './map-error.js';
import type { ResolvedHttpOptions } from './options.js';
import { RETRY_STATUS_SET, type RetryEvent } from './retry.js';

/** What a transport adds to every request, and whom it tells about retries and responses. */
export interface HttpTransportConfig {
  /** Default headers (content type, authorization); the options' `headers` go on top. Never logged. */
  readonly headers?: Readonly<Record<string, string>>;
  /** Named in `retry` events: the model (or served model name) being called. */
  readonly model: string;
  /** Called just before each retry is sent. Exceptions it throws are ignored. */
  readonly onRetry?: (event: RetryEvent) => void;
  /** Sees every response (retried ones too) before its body is read: for rate-limit headers. */
  readonly onResponse?: (response: Response) => void;
  /** Strings no error message may contain, besides the call's own (an API key). */
  readonly secrets?: readonly string[];
  /**
   * Who is called, as the error messages name it ("Fireworks", "the generator"); identifiers
   * only. With it, an error answer reads "<service> answered 429 <what>: rate limited or out of
   * quota", without the hosted API's advice. @default the hosted API's wording ("the API")
   */
  readonly service?: string;
  /**
   * Error statuses worth another attempt (and whose `Retry-After` is honoured); any other error
   * status is the answer. Leave 409 out for a service whose repeated create answers 409 (its
   * resources are named by the caller). @throws ConfigurationError unless integers 400–599.
   * @default 408, 409, 429 and every 5xx
   */
  readonly retryStatuses?: readonly number[];
}

/** One request through `HttpTransport.send`. */
export interface HttpCall {
  /** `delete` is retried like the others: send it only where repeating it is harmless. */
  readonly method: 'get' | 'post' | 'delete';
  /** Absolute URL, query included. */
  readonly url: string;
  /** Serialised as the JSON body. */
  readonly json?: unknown;
  /**
   * A body already serialised (the `content-type` comes from the headers), or a `FormData` sent
   * as multipart (fetch sets its `content-type`: leave it out of the headers); instead of `json`.
   */
  readonly body?: string | FormData;
  /** Ends the call: the caller's signal joined with `close()`; `closed` says which fired. */
  readonly signal: AbortSignal;
  /** Whether the owner was closed when `signal` fired (its abort becomes `ClosedError`). */
  readonly closed: () => boolean;
  /** The texts in the request: cut out of any server message that is let through. */
  readonly secrets: readonly string[];
  /** Overrides the options' `timeoutMs` for this call. */
  readonly timeoutMs?: number;
  /** Overrides the options' `deadlineMs` for this call. */
  readonly deadlineMs?: number;
  /** What the call is doing ("creating dataset x"), named in its error messages; identifiers only. */
  readonly what?: string;
}

/** A 2xx answer, its body read (bounded and timed). */
export interface HttpAnswer {
  readonly status: number;
  readonly headers: Headers;
  /** The server's request id, when it sent one that looks like an identifier. */
  readonly requestId: string | undefined;
  /** The body as text; `json()` parses it. */
  readonly text: string;
  /** The body parsed as JSON. @throws InvalidResponseError when it is not JSON. */
  json(): unknown;
}

/**
 * One HTTP service as piiguard calls it: ky with the retries, Retry-After handling, attempt
 * timeouts, deadline, bounded bodies, no redirects and typed, leak-free errors of the hosted-API
 * path. Every failure becomes a `PiiguardError`: an `APIError` subclass keyed by status,
 * `APITimeoutError`, `APIConnectionError`, `AbortError` or `ClosedError`.
 */
export class HttpTransport {
  readonly #options: ResolvedHttpOptions;
  readonly #ky: KyInstance;
  readonly #secrets: readonly string[];
  readonly #service: string | undefined;

  /** @throws ConfigurationError naming `service` (not a non-empty string) or `retryStatuses` (not error statuses). */
  constructor(options: ResolvedHttpOptions, config: HttpTransportConfig) {
    this.#options = options;
    this.#secrets = config.secrets ?? [];
    this.#service = config.service === undefined ? undefined : stringOption(config.service, 'service', '');
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(config.headers ?? {})) headers[name.toLowerCase()] = value;
    for (const [name, value] of Object.entries(options.headers)) headers[name.toLowerCase()] = value;
    this.#ky = createKyInstance(options, {
      headers: Object.freeze(headers),
      now,
      onRetry: config.onRetry,
      model: config.model,
      onResponse: config.onResponse,
      retryStatuses: retryStatusSet(config.retryStatuses),
      service: this.#service,
    });
  }

  /** Sends one request with its retries. @throws PiiguardError */
  async send(call: HttpCall): Promise<HttpAnswer> {
    const { signal } = call;
    const timeoutMs = call.timeoutMs ?? this.#options.timeoutMs;
    const deadlineMs = call.deadlineMs ?? this.#options.deadlineMs;
    const tracker = new CallTracker(now() + deadlineMs, timeoutMs);
    // One controller for everything that ends the call: the caller or close() (through `signal`)
    // and the deadline.
    const stop = new AbortController();
    let stopReason: StopReason;
    const halt = (reason: Exclude<StopReason, undefined>) => {
      stopReason ??= reason;
      stop.abort();
    };
    const onSignal = () => halt(call.closed() ? 'closed' : 'caller');
    if (signal.aborted) onSignal();
    else signal.addEventListener('abort', onSignal, { once: true });
    const timer = Number.isFinite(deadlineMs) ? setTimeout(halt, deadlineMs, 'deadline') : undefined;
    try {
      const response = await this.#ky(call.url, {
        method: call.method,
        ...(call.json === undefined ? {} : { json: call.json }),
        ...(call.body === undefined ? {} : { body: call.body }),
        signal: stop.signal,
        context: { call: tracker },
        ...(timeoutMs === this.#options.timeoutMs
          ? {}
          : { timeout: Number.isFinite(timeoutMs) ? timeoutMs : false }),
      });
      // The answer hook has read the body (bounded and timed) into the tracker; this copy is unread.
      void response.body?.cancel().catch(() => undefined);
      const text = tracker.body ?? '';
      const meta = { status: response.status, requestId: requestIdOf(response.headers) };
      return {
        status: response.status,
        headers: response.headers,
        requestId: meta.requestId,
        text,
        json: () => {
          try {
            return JSON.parse(text) as unknown;
          } catch {
            throw new InvalidResponseError(
              `${this.#service ?? 'The server'} answered${call.what ? ` ${call.what}` : ''} with a body that is not valid JSON.`,
              meta,
            );
          }
        },
      };
    } catch (error) {
      throw await toTypedError(error, {
        stopReason,
        attempts: tracker.attempts,
        timeoutMs,
        deadlineMs,
        allowServerMessages: this.#options.allowServerMessages,
        secrets: [...this.#secrets, ...call.secrets],
        callerReason: signal.reason,
        service: this.#service,
        what: call.what,
      });
    } finally {
      clearTimeout(timer);
      signal.removeEventListener('abort', onSignal);
    }
  }
}

/** The configured retry statuses as a set, checked once. */
function retryStatusSet(statuses: readonly number[] | undefined): ReadonlySet<number> {
  if (statuses === undefined) return RETRY_STATUS_SET;
  if (!Array.isArray(statuses) || !statuses.every((s) => Number.isInteger(s) && s >= 400 && s <= 599)) {
    throw new ConfigurationError(
      'Option `retryStatuses` must list HTTP error statuses (integers 400–599).',
      'retryStatuses',
    );
  }
  return new Set(statuses);
}
