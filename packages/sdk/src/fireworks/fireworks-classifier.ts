import pLimit from 'p-limit';
import { type BackendCallOptions, BaseClassifier, type BaseClassifierOptions } from '../base-classifier.js';
import type { Classification, Outcome } from '../classifier.js';
import { toPiiguardError } from '../errors.js';
import { type RateLimitSnapshot, RateLimitTracker } from '../http/rate-limit.js';
import type { RetryEvent } from '../http/retry.js';
import { HttpTransport } from '../http/transport.js';
import { integerOption } from '../internal/validate.js';
import {
  type FireworksOptions,
  type ResolvedFireworksOptions,
  requireApiKey,
  resolveFireworksOptions,
} from './options.js';
import { parseCompletion, type ResponseMeta } from './parse.js';
import { type PreparedRequest, prepareRequest } from './request.js';

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
  readonly #http: HttpTransport;
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
    this.#http = new HttpTransport(this.#options, {
      headers: this.#request.headers,
      model: this.model,
      ...(options.onRetry ? { onRetry: options.onRetry } : {}),
      onResponse: (response) => this.#rateLimits.observe(response),
      secrets: [this.#options.apiKey],
    });
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
    const answer = await this.#http.send({
      method: 'post',
      url: this.#request.url,
      body: this.#request.body(text),
      signal: call.signal,
      closed: () => this.closed,
      secrets: [text],
      ...(call.timeoutMs === undefined ? {} : { timeoutMs: call.timeoutMs }),
      ...(call.deadlineMs === undefined ? {} : { deadlineMs: call.deadlineMs }),
    });
    const meta: ResponseMeta = { status: answer.status, requestId: answer.requestId };
    return Object.assign(parseCompletion(answer.json(), this.#options, meta), { model: this.model });
  }
}
