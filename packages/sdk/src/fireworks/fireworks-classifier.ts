import ky, { HTTPError, type KyInstance, type Options as KyOptions } from 'ky';
import pLimit from 'p-limit';
import type { Classification, Classifier, ClassifyCallOptions, Outcome } from '../classifier.js';
import {
  AbortError,
  ClosedError,
  InvalidInputError,
  InvalidResponseError,
  toPiiguardError,
} from '../errors.js';
import { now } from '../internal/clock.js';
import { durationOption, integerOption } from '../internal/validate.js';
import { requestIdOf, type StopReason, toTypedError } from './map-error.js';
import {
  type FireworksOptions,
  type ResolvedFireworksOptions,
  requireApiKey,
  resolveFireworksOptions,
} from './options.js';
import { parseCompletion } from './parse.js';
import { type PreparedRequest, prepareRequest } from './request.js';
import {
  CALL_STATE,
  type CallState,
  hintingFetch,
  type RetryEvent,
  retryOptions,
  retryReason,
} from './retry.js';

/** Options of a standalone `FireworksClassifier`. */
export interface FireworksClassifierOptions extends FireworksOptions {
  /** Requests in flight at once within one `classify(texts)` call. @default 8 */
  readonly concurrency?: number;
  /** Called just before each retry is sent. Exceptions it throws are ignored. */
  readonly onRetry?: (event: RetryEvent) => void;
}

/** Per-call options: the signal, plus overrides of the client's timeouts. */
export interface FireworksCallOptions extends ClassifyCallOptions {
  /** Overrides `timeoutMs` (per attempt, ms) for this call. */
  readonly timeoutMs?: number;
  /** Overrides `deadlineMs` (all attempts, ms) for this call. */
  readonly deadlineMs?: number;
}

/**
 * The hosted student behind Fireworks' chat-completions API (or any OpenAI-compatible server),
 * as a `Classifier`: one request per text, retried and time-bounded through ky.
 */
export class FireworksClassifier implements Classifier {
  readonly kind = 'api' as const;
  readonly model: string;
  readonly #options: ResolvedFireworksOptions;
  readonly #request: PreparedRequest;
  readonly #http: KyInstance;
  readonly #concurrency: number;
  /** Stops every call in flight; `close()` runs them. */
  readonly #stops = new Set<() => void>();
  #closed = false;

  /** Throws `AuthenticationError` without an API key and `ConfigurationError` for impossible options. */
  constructor(options: FireworksClassifierOptions = {}) {
    this.#options = resolveFireworksOptions(options);
    requireApiKey(this.#options);
    this.#concurrency = integerOption(options.concurrency, 'concurrency', 8, 1);
    this.model = this.#options.model;
    this.#request = prepareRequest(this.#options);
    const onRetry = options.onRetry;
    // One ky instance for the classifier's life: per call only the signal and the call state
    // are merged; headers and body are sent by `hintingFetch` (see there for why).
    this.#http = ky.create({
      timeout: kyTimeout(this.#options.timeoutMs),
      retry: retryOptions(this.#options, now),
      fetch: hintingFetch(this.#options.fetch, this.#request.headers, now),
      hooks: {
        beforeRetry: [
          ({ error, retryCount, options: used }) => {
            // The failed answer's body is never read; release its connection.
            if (error instanceof HTTPError) void error.response.body?.cancel().catch(() => undefined);
            if (!onRetry) return;
            const state = (used as unknown as Record<string, CallState | undefined>)[CALL_STATE];
            try {
              onRetry({
                attempt: retryCount + 1,
                delayMs: state ? Math.max(0, Math.round(now() - state.lastSettledAt)) : 0,
                ...retryReason(error),
                model: this.model,
              });
            } catch {
              // A listener's bug must not fail the classification.
            }
          },
        ],
      },
    });
  }

  /**
   * One outcome per text, in order. Rejects only with `ClosedError` after `close()`, and with
   * `ConfigurationError` for an impossible per-call `timeoutMs`/`deadlineMs`.
   */
  async classify(texts: readonly string[], options: FireworksCallOptions = {}): Promise<Outcome[]> {
    if (this.#closed) throw closedError();
    if (options.timeoutMs !== undefined) {
      durationOption(options.timeoutMs, 'timeoutMs', 0, { allowInfinity: true });
    }
    if (options.deadlineMs !== undefined) {
      durationOption(options.deadlineMs, 'deadlineMs', 0, { allowInfinity: true });
    }
    if (texts.length === 1) return [await this.#outcome(texts[0] as string, options)];
    const limit = pLimit(this.#concurrency);
    return Promise.all(texts.map((text) => limit(() => this.#outcome(text, options))));
  }

  /** Aborts requests in flight (they settle with `ClosedError`); later calls reject. Idempotent. */
  async close(): Promise<void> {
    this.#closed = true;
    for (const stop of this.#stops) stop();
    this.#stops.clear();
  }

  async #outcome(text: string, options: FireworksCallOptions): Promise<Outcome> {
    try {
      return { ok: true, value: await this.#classifyText(text, options) };
    } catch (error) {
      return { ok: false, error: toPiiguardError(error) };
    }
  }

  async #classifyText(text: string, call: FireworksCallOptions): Promise<Classification> {
    if (typeof text !== 'string') {
      throw new InvalidInputError(`Expected a string to classify, got ${typeof text}.`, 'not-a-string');
    }
    if (this.#closed) throw closedError();
    const { signal } = call;
    if (signal?.aborted)
      throw new AbortError('The classification was aborted by the caller.', { cause: signal.reason });
    const timeoutMs = call.timeoutMs ?? this.#options.timeoutMs;
    const deadlineMs = call.deadlineMs ?? this.#options.deadlineMs;
    const controller = new AbortController();
    let stopReason: StopReason;
    const stop = (reason: StopReason) => {
      if (stopReason) return;
      stopReason = reason;
      controller.abort();
    };
    const onCallerAbort = () => stop('caller');
    const onClose = () => stop('closed');
    signal?.addEventListener('abort', onCallerAbort, { once: true });
    this.#stops.add(onClose);
    const timer = Number.isFinite(deadlineMs) ? setTimeout(stop, deadlineMs, 'deadline') : undefined;
    const state: CallState = {
      body: this.#request.body(text),
      attempts: 0,
      lastSettledAt: 0,
      deadlineAt: now() + deadlineMs,
    };
    const kyCall: KyOptions & Record<string, unknown> = {
      signal: controller.signal,
      [CALL_STATE]: state,
    };
    if (call.timeoutMs !== undefined) kyCall.timeout = kyTimeout(timeoutMs);
    try {
      const response = await this.#http.post(this.#request.url, kyCall);
      const meta = { status: response.status, requestId: requestIdOf(response.headers) };
      const raw = await response.text();
      let body: unknown;
      try {
        body = JSON.parse(raw);
      } catch {
        throw new InvalidResponseError('The API answered with a body that is not valid JSON.', meta);
      }
      const parsed = parseCompletion(body, meta);
      return Object.assign(parsed, { model: this.model });
    } catch (error) {
      throw await toTypedError(error, {
        stopReason,
        attempts: state.attempts,
        timeoutMs,
        deadlineMs,
        secrets: [this.#options.apiKey, text],
        callerReason: signal?.reason,
      });
    } finally {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onCallerAbort);
      this.#stops.delete(onClose);
    }
  }
}

function kyTimeout(ms: number): number | false {
  return Number.isFinite(ms) ? ms : false;
}

function closedError(): ClosedError {
  return new ClosedError('The classifier is closed; create a new one.');
}
