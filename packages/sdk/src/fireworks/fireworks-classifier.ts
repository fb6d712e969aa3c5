import type { KyInstance } from 'ky';
import pLimit from 'p-limit';
import { type BackendCallOptions, BaseClassifier, type BaseClassifierOptions } from '../base-classifier.js';
import type { Classification, Outcome } from '../classifier.js';
import { InvalidResponseError, toPiiguardError } from '../errors.js';
import { now } from '../internal/clock.js';
import { integerOption } from '../internal/validate.js';
import { CallTracker } from './call.js';
import { createHttp } from './http.js';
import { requestIdOf, type StopReason, toTypedError } from './map-error.js';
import {
  type FireworksOptions,
  type ResolvedFireworksOptions,
  requireApiKey,
  resolveFireworksOptions,
} from './options.js';
import { parseCompletion, type ResponseMeta } from './parse.js';
import { type RateLimitSnapshot, RateLimitTracker } from './rate-limit.js';
import { type PreparedRequest, prepareRequest } from './request.js';
import type { RetryEvent } from './retry.js';

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
  readonly #rateLimits = new RateLimitTracker();

  /** Throws `AuthenticationError` without an API key and `ConfigurationError` for impossible options. */
  constructor(options: FireworksClassifierOptions = {}) {
    super(options);
    this.#options = resolveFireworksOptions(options);
    requireApiKey(this.#options);
    this.#concurrency = integerOption(options.concurrency, 'concurrency', 8, 1);
    this.model = this.#options.model;
    this.#request = prepareRequest(this.#options);
    this.#http = createHttp(this.#options, this.#request, now, options.onRetry, this.model, this.#rateLimits);
  }

  /**
   * The `x-ratelimit-*` headers of the latest answer that had any (Fireworks sends them on every
   * answer), or `undefined` before the first. Shown by `PiiClient.stats()` as `rateLimit`.
   */
  get rateLimit(): RateLimitSnapshot | undefined {
    return this.#rateLimits.latest;
  }

  protected async classifyTexts(
    texts: readonly string[],
    options: BackendCallOptions,
  ): Promise<Outcome<Classification>[]> {
    if (texts.length === 1) return [await this.#outcome(texts[0] as string, options)];
    const limit = pLimit(options.concurrency ?? this.#concurrency);
    return Promise.all(texts.map((text) => limit(() => this.#outcome(text, options))));
  }

  /** Nothing to free: requests in flight stop through their signal, which `close()` fires. */
  protected async dispose(): Promise<void> {}

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
    const tracker = new CallTracker(now() + deadlineMs, timeoutMs);
    // One controller for everything that ends the call: the caller or close() (through `signal`)
    // and the deadline.
    const stop = new AbortController();
    let stopReason: StopReason;
    const halt = (reason: Exclude<StopReason, undefined>) => {
      stopReason ??= reason;
      stop.abort();
    };
    const onSignal = () => halt(this.closed ? 'closed' : 'caller');
    signal.addEventListener('abort', onSignal, { once: true });
    const timer = Number.isFinite(deadlineMs) ? setTimeout(halt, deadlineMs, 'deadline') : undefined;
    try {
      const response = await this.#http.post(this.#request.url, {
        body: this.#request.body(text),
        signal: stop.signal,
        context: { call: tracker },
        ...(timeoutMs === this.#options.timeoutMs
          ? {}
          : { timeout: Number.isFinite(timeoutMs) ? timeoutMs : false }),
      });
      // The answer hook has read the body (bounded and timed) into the tracker; this copy is unread.
      void response.body?.cancel().catch(() => undefined);
      const raw = tracker.body ?? '';
      const meta: ResponseMeta = { status: response.status, requestId: requestIdOf(response.headers) };
      let body: unknown;
      try {
        body = JSON.parse(raw);
      } catch {
        throw new InvalidResponseError('The API answered with a body that is not valid JSON.', meta);
      }
      return Object.assign(parseCompletion(body, this.#options, meta), { model: this.model });
    } catch (error) {
      throw await toTypedError(error, {
        stopReason,
        attempts: tracker.attempts,
        timeoutMs,
        deadlineMs,
        allowServerMessages: this.#options.allowServerMessages,
        secrets: [this.#options.apiKey, text],
        callerReason: signal.reason,
      });
    } finally {
      clearTimeout(timer);
      signal.removeEventListener('abort', onSignal);
    }
  }
}
