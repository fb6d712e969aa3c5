import ky, { type KyInstance, type Options as KyOptions } from 'ky';
import pLimit from 'p-limit';
import type { Classification, Classifier, ClassifyCallOptions, Outcome } from '../classifier.js';
import { ClosedError, InvalidInputError, InvalidResponseError, toPiiguardError } from '../errors.js';
import { callerAbortError } from '../internal/abort.js';
import { now } from '../internal/clock.js';
import { checkCallTimeouts, integerOption } from '../internal/validate.js';
import { sendAttempt } from './attempt.js';
import { CALL_STATE, type CallState, callState, stopCall } from './call-state.js';
import { requestIdOf, toTypedError } from './map-error.js';
import {
  type FireworksOptions,
  type ResolvedFireworksOptions,
  requireApiKey,
  resolveFireworksOptions,
} from './options.js';
import { type ParsedAnswer, parseCompletion, type ResponseMeta } from './parse.js';
import { type PreparedRequest, prepareRequest } from './request.js';
import { type RetryEvent, retryHook, retryOptions } from './retry.js';

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
  /** The calls in flight, which `close()` stops. */
  readonly #calls = new Set<CallState>();
  #closed = false;

  /** Throws `AuthenticationError` without an API key and `ConfigurationError` for impossible options. */
  constructor(options: FireworksClassifierOptions = {}) {
    this.#options = resolveFireworksOptions(options);
    requireApiKey(this.#options);
    this.#concurrency = integerOption(options.concurrency, 'concurrency', 8, 1);
    this.model = this.#options.model;
    this.#request = prepareRequest(this.#options);
    // One ky instance for the classifier's life; per call only the call state is passed (no
    // signal, no timeout: see `sendAttempt` and `retryOptions` for why and what does that work).
    this.#http = ky.create({
      timeout: false,
      retry: retryOptions(this.#options, now),
      // Never called (`sendAttempt` answers every request of ours); given so that ky does not
      // bind a default `fetch` per call.
      fetch: this.#options.fetch,
      hooks: {
        beforeRequest: [sendAttempt(this.#options.fetch, this.#request.url, this.#request.headers, now)],
        beforeRetry: options.onRetry ? [retryHook(this.model, options.onRetry, now)] : [],
      },
    });
  }

  /**
   * One outcome per text, in order. Rejects only with `ClosedError` after `close()`, and with
   * `ConfigurationError` for an impossible per-call `timeoutMs`/`deadlineMs`.
   */
  async classify(texts: readonly string[], options: FireworksCallOptions = {}): Promise<Outcome[]> {
    if (this.#closed) throw closedError();
    checkCallTimeouts(options);
    if (texts.length === 1) return [await this.#outcome(texts[0] as string, options)];
    const limit = pLimit(this.#concurrency);
    return Promise.all(texts.map((text) => limit(() => this.#outcome(text, options))));
  }

  /** Aborts requests in flight (they settle with `ClosedError`); later calls reject. Idempotent. */
  async close(): Promise<void> {
    this.#closed = true;
    for (const state of this.#calls) stopCall(state, 'closed');
    this.#calls.clear();
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
    if (signal?.aborted) throw callerAbortError(signal.reason);
    const timeoutMs = call.timeoutMs ?? this.#options.timeoutMs;
    const deadlineMs = call.deadlineMs ?? this.#options.deadlineMs;
    const state = callState(this.#request.body(text), timeoutMs, now() + deadlineMs);
    const onCallerAbort = () => stopCall(state, 'caller');
    signal?.addEventListener('abort', onCallerAbort, { once: true });
    this.#calls.add(state);
    const timer = Number.isFinite(deadlineMs)
      ? setTimeout(stopCall, deadlineMs, state, 'deadline')
      : undefined;
    try {
      const response = await this.#http.post(this.#request.url, { [CALL_STATE]: state } as KyOptions);
      const raw = await response.text();
      let body: unknown;
      try {
        body = JSON.parse(raw);
      } catch {
        throw new InvalidResponseError(
          'The API answered with a body that is not valid JSON.',
          metaOf(response),
        );
      }
      let parsed: ParsedAnswer;
      try {
        parsed = parseCompletion(body);
      } catch (error) {
        // The request id is read only when something is wrong (a header read costs on every call).
        throw error instanceof InvalidResponseError
          ? new InvalidResponseError(error.message, metaOf(response))
          : error;
      }
      return Object.assign(parsed, { model: this.model });
    } catch (error) {
      throw await toTypedError(error, {
        stopReason: state.stopReason,
        attempts: state.attempts,
        timeoutMs,
        deadlineMs,
        secrets: [this.#options.apiKey, text],
        callerReason: signal?.reason,
      });
    } finally {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onCallerAbort);
      this.#calls.delete(state);
    }
  }
}

function metaOf(response: Response): ResponseMeta {
  return { status: response.status, requestId: requestIdOf(response.headers) };
}

function closedError(): ClosedError {
  return new ClosedError('The classifier is closed; create a new one.');
}
