import ky, { type KyInstance, type Options as KyOptions } from 'ky';
import pLimit from 'p-limit';
import { type BackendCallOptions, BaseClassifier, type BaseClassifierOptions } from '../base-classifier.js';
import type { Classification, Outcome } from '../classifier.js';
import { InvalidResponseError, toPiiguardError } from '../errors.js';
import { now } from '../internal/clock.js';
import { integerOption } from '../internal/validate.js';
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
export interface FireworksClassifierOptions extends FireworksOptions, BaseClassifierOptions {
  /** Requests in flight at once within one `classifyBatch(texts)` call. @default 8 */
  readonly concurrency?: number;
  /** Called just before each retry is sent. Exceptions it throws are ignored. */
  readonly onRetry?: (event: RetryEvent) => void;
}

/**
 * The hosted student behind Fireworks' chat-completions API (or any OpenAI-compatible server),
 * as a `Classifier`: one request per text, retried and time-bounded through ky.
 */
export class FireworksClassifier extends BaseClassifier {
  readonly kind = 'api' as const;
  readonly model: string;
  readonly #options: ResolvedFireworksOptions;
  readonly #request: PreparedRequest;
  readonly #http: KyInstance;
  readonly #concurrency: number;
  /** The calls in flight, which `close()` stops. */
  readonly #calls = new Set<CallState>();

  /** Throws `AuthenticationError` without an API key and `ConfigurationError` for impossible options. */
  constructor(options: FireworksClassifierOptions = {}) {
    super(options);
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

  protected async classifyTexts(
    texts: readonly string[],
    options: BackendCallOptions,
  ): Promise<Outcome<Classification>[]> {
    if (texts.length === 1) return [await this.#outcome(texts[0] as string, options)];
    const limit = pLimit(options.concurrency ?? this.#concurrency);
    return Promise.all(texts.map((text) => limit(() => this.#outcome(text, options))));
  }

  /** Aborts requests in flight (their texts have settled with `ClosedError`). */
  protected async dispose(): Promise<void> {
    for (const state of this.#calls) stopCall(state, 'closed');
    this.#calls.clear();
  }

  async #outcome(text: string, options: BackendCallOptions): Promise<Outcome<Classification>> {
    try {
      return { ok: true, value: await this.#classifyText(text, options) };
    } catch (error) {
      return { ok: false, error: toPiiguardError(error) };
    }
  }

  async #classifyText(text: string, call: BackendCallOptions): Promise<Classification> {
    const { signal } = call;
    const timeoutMs = call.timeoutMs ?? this.#options.timeoutMs;
    const deadlineMs = call.deadlineMs ?? this.#options.deadlineMs;
    const state = callState(this.#request.body(text), timeoutMs, now() + deadlineMs);
    const onCallerAbort = () => stopCall(state, 'caller');
    signal.addEventListener('abort', onCallerAbort, { once: true });
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
        callerReason: signal.reason,
      });
    } finally {
      clearTimeout(timer);
      signal.removeEventListener('abort', onCallerAbort);
      this.#calls.delete(state);
    }
  }
}

function metaOf(response: Response): ResponseMeta {
  return { status: response.status, requestId: requestIdOf(response.headers) };
}
