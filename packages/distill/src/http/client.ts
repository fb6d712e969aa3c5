import { HttpTransport, type ResolvedHttpOptions, resolveHttpOptions } from '@piiguard/sdk/http';

/**
 * How one remote service is reached; resolved once per command from the options. The HTTP fields
 * are the sdk's `HttpOptions` (documented there), all given.
 */
export interface HttpSettings
  extends Pick<
    ResolvedHttpOptions,
    | 'timeoutMs'
    | 'deadlineMs'
    | 'maxRetries'
    | 'retryBaseDelayMs'
    | 'retryMaxDelayMs'
    | 'maxRetryAfterMs'
    | 'maxResponseBytes'
  > {
  /** Root that request paths are joined to, without a trailing slash. */
  readonly baseURL: string;
  /** Bearer token; never logged, never in errors. */
  readonly apiKey: string;
  /** The service's name in error messages ("Fireworks", "the generator"). */
  readonly service: string;
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

/**
 * Statuses worth another attempt: request timeout, rate limit, every 5xx. 409 is an answer: every
 * create names its resource, so a create repeated after a lost answer gets 409 instead of making
 * a second one.
 */
const RETRY_STATUSES = [408, 429, ...Array.from({ length: 100 }, (_, i) => 500 + i)];

/** Stand in for a request without a signal and for `closed` (this client is never closed): the transport asks for both. */
const NEVER_ABORTED = new AbortController().signal;
const NOT_CLOSED = () => false;

/**
 * A JSON-over-HTTP client for one service: `@piiguard/sdk/http`'s transport (ky with retries on
 * `RETRY_STATUSES`, timeouts and connection errors, POST included; the server's wait honoured up
 * to `maxRetryAfterMs`; jittered back-off; per-attempt timeout over headers and body; the call's
 * deadline; no redirects; a bounded body; typed errors naming the service and the operation, never
 * the server's prose or the key), with paths below `baseURL` and an empty body read as `undefined`.
 */
export class HttpClient {
  readonly #baseURL: string;
  readonly #transport: HttpTransport;

  constructor(settings: HttpSettings) {
    this.#baseURL = settings.baseURL;
    this.#transport = new HttpTransport(
      resolveHttpOptions({
        timeoutMs: settings.timeoutMs,
        deadlineMs: settings.deadlineMs,
        maxRetries: settings.maxRetries,
        retryBaseDelayMs: settings.retryBaseDelayMs,
        retryMaxDelayMs: settings.retryMaxDelayMs,
        maxRetryAfterMs: settings.maxRetryAfterMs,
        maxResponseBytes: settings.maxResponseBytes,
        ...(settings.fetch ? { fetch: settings.fetch } : {}),
      }),
      {
        headers: { accept: 'application/json', authorization: `Bearer ${settings.apiKey}` },
        // Named in retry events, which no caller listens to.
        model: settings.service,
        service: settings.service,
        retryStatuses: RETRY_STATUSES,
        secrets: [settings.apiKey],
      },
    );
  }

  /** Sends the request and resolves to its parsed JSON body (`undefined` for an empty body); rejects with a typed sdk error. */
  async json(request: HttpRequest): Promise<unknown> {
    const query = request.searchParams ? `?${new URLSearchParams(request.searchParams)}` : '';
    const answer = await this.#transport.send({
      method: request.method,
      url: `${this.#baseURL}/${request.path}${query}`,
      what: request.what,
      json: request.json,
      body: request.body,
      signal: request.signal ?? NEVER_ABORTED,
      closed: NOT_CLOSED,
      secrets: [],
      timeoutMs: request.timeoutMs,
      deadlineMs: request.deadlineMs,
    });
    return answer.text.trim() === '' ? undefined : answer.json();
  }
}
