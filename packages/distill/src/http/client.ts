import { InvalidResponseError } from '@piiguard/sdk';
import ky, { type KyInstance, type Options } from 'ky';
import { toTypedError } from './errors.js';

/** How one remote service is reached; resolved once per command from the options. */
export interface HttpSettings {
  /** Root that request paths are joined to, without a trailing slash. */
  readonly baseURL: string;
  /** Bearer token; never logged, never in errors. */
  readonly apiKey: string;
  /** The service's name in error messages ("Fireworks", "the generator"). */
  readonly service: string;
  /** One attempt, until the response headers arrive, in ms. */
  readonly timeoutMs: number;
  /** One call — every attempt, back-off wait and the body — in ms. */
  readonly deadlineMs: number;
  /** Retries after the first attempt. */
  readonly maxRetries: number;
  /** Back-off before retry n: `retryBaseDelayMs · 2^(n−1)`, jittered to 75–100 %, capped at `retryMaxDelayMs`. */
  readonly retryBaseDelayMs: number;
  readonly retryMaxDelayMs: number;
  /** Longest server-requested wait (`Retry-After` on 429/503) honoured before a retry, in ms. */
  readonly maxRetryAfterMs: number;
  /** Largest body read, in bytes. */
  readonly maxResponseBytes: number;
  /** A proxy agent's fetch, or a test double. */
  readonly fetch?: typeof globalThis.fetch;
}

/** One request: method, path below `baseURL`, and what it is doing (for error messages). */
export interface HttpRequest {
  readonly method: 'get' | 'post' | 'delete';
  readonly path: string;
  /** "creating dataset x", "polling job y": goes into error messages; holds identifiers only. */
  readonly what: string;
  readonly json?: unknown;
  readonly body?: FormData;
  readonly searchParams?: Readonly<Record<string, string>>;
  readonly signal?: AbortSignal;
  /** Overrides `timeoutMs` and `deadlineMs` for a slow call (an upload). */
  readonly timeoutMs?: number;
  readonly deadlineMs?: number;
}

/** Statuses worth another attempt: request timeout, rate limit, every 5xx. 409 is an answer (it exists). */
const RETRY_STATUSES = [408, 429, ...Array.from({ length: 100 }, (_, i) => 500 + i)];

/**
 * A JSON-over-HTTP client on ky, configured through ky's documented options only: `prefixUrl`,
 * `timeout` per attempt, `retry` (POST included: every create names its resource, so a repeated
 * create answers 409 instead of making a second one; Retry-After honoured on 429 and 503 up to
 * `maxRetryAfter`, computed back-off jittered, timeouts retried), `redirect: 'manual'` (a redirect
 * could send the data elsewhere), and the caller's signal joined with the call's deadline, which
 * also bounds reading the body.
 */
export class HttpClient {
  readonly #settings: HttpSettings;
  readonly #ky: KyInstance;

  constructor(settings: HttpSettings) {
    this.#settings = settings;
    this.#ky = ky.create({
      prefixUrl: settings.baseURL,
      headers: { accept: 'application/json', authorization: `Bearer ${settings.apiKey}` },
      timeout: settings.timeoutMs,
      redirect: 'manual',
      ...(settings.fetch ? { fetch: settings.fetch } : {}),
      retry: {
        limit: settings.maxRetries,
        methods: ['get', 'post', 'delete'],
        statusCodes: RETRY_STATUSES,
        afterStatusCodes: [429, 503],
        maxRetryAfter: settings.maxRetryAfterMs,
        backoffLimit: settings.retryMaxDelayMs,
        delay: (attempt) => settings.retryBaseDelayMs * 2 ** (attempt - 1),
        jitter: (delay) => delay * (0.75 + 0.25 * Math.random()),
        retryOnTimeout: true,
      },
    });
  }

  /** Sends the request and resolves to its parsed JSON body (`undefined` for an empty body); rejects with a typed sdk error. */
  async json(request: HttpRequest): Promise<unknown> {
    const deadlineMs = request.deadlineMs ?? this.#settings.deadlineMs;
    // One controller per request, aborted by the deadline or the caller's signal. Not
    // AbortSignal.any: a long-lived caller signal (Ctrl-C for the whole run) would keep every
    // derived signal alive on Node 20.
    const stop = new AbortController();
    const onAbort = () => stop.abort(request.signal?.reason);
    request.signal?.addEventListener('abort', onAbort, { once: true });
    if (request.signal?.aborted) onAbort();
    let deadlinePassed = false;
    const timer = Number.isFinite(deadlineMs)
      ? setTimeout(() => {
          deadlinePassed = true;
          stop.abort(new DOMException('deadline', 'TimeoutError'));
        }, deadlineMs)
      : undefined;
    const signal = stop.signal;
    const options: Options = {
      method: request.method,
      signal,
      ...(request.json !== undefined ? { json: request.json } : {}),
      ...(request.body !== undefined ? { body: request.body } : {}),
      ...(request.searchParams ? { searchParams: { ...request.searchParams } } : {}),
      ...(request.timeoutMs !== undefined ? { timeout: request.timeoutMs } : {}),
    };
    let text: string;
    try {
      const response = await this.#ky(request.path, options);
      text = await this.#read(response);
    } catch (error) {
      throw await toTypedError(error, {
        what: request.what,
        service: this.#settings.service,
        timeoutMs: request.timeoutMs ?? this.#settings.timeoutMs,
        deadlineMs,
        callerAborted: request.signal?.aborted === true,
        deadlinePassed,
        readErrorBody: (response) => this.#read(response),
      });
    } finally {
      clearTimeout(timer);
      request.signal?.removeEventListener('abort', onAbort);
    }
    if (text.trim() === '') return undefined;
    try {
      return JSON.parse(text);
    } catch {
      throw new InvalidResponseError(
        `${this.#settings.service} answered ${request.what} with a body that is not JSON.`,
      );
    }
  }

  /** The body as text, at most `maxResponseBytes` of it; longer bodies are an `InvalidResponseError`. */
  async #read(response: Response): Promise<string> {
    const max = this.#settings.maxResponseBytes;
    const declared = Number(response.headers.get('content-length'));
    const tooLarge = () =>
      new InvalidResponseError(`${this.#settings.service} sent a body over ${max} bytes.`, {
        status: response.status,
      });
    if (Number.isFinite(declared) && declared > max) {
      await response.body?.cancel().catch(() => undefined);
      throw tooLarge();
    }
    const reader = response.body?.getReader();
    if (!reader) return '';
    const decoder = new TextDecoder();
    let text = '';
    let bytes = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      bytes += value.byteLength;
      if (bytes > max) {
        await reader.cancel().catch(() => undefined);
        throw tooLarge();
      }
      text += decoder.decode(value, { stream: true });
    }
    return text + decoder.decode();
  }
}
