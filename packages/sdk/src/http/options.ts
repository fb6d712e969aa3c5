import { ConfigurationError } from '../errors.js';
import { durationOption, integerOption } from '../internal/validate.js';

/**
 * How piiguard talks to an HTTP service (the hosted API, a Triton or TEI server): the same
 * timeouts, retries, limits and no-leak rule for every one of them.
 */
export interface HttpOptions {
  /**
   * Timeout of one HTTP attempt, in ms, from sending the request to the last byte of the answer
   * (headers and body); `Infinity` for none. A timed-out attempt is retried. @default 10_000
   */
  readonly timeoutMs?: number;
  /**
   * Overall deadline for all attempts and back-off waits of one call, in ms; `Infinity` for none.
   * When it passes, the call fails with `APITimeoutError`. @default 30_000
   */
  readonly deadlineMs?: number;
  /** Retries after the first attempt (so at most `maxRetries + 1` requests). @default 2 */
  readonly maxRetries?: number;
  /** Back-off before retry n is `retryBaseDelayMs * 2^(n-1)` ms, jittered to 75–100%. @default 500 */
  readonly retryBaseDelayMs?: number;
  /** Upper bound of one computed back-off wait, in ms. @default 8_000 */
  readonly retryMaxDelayMs?: number;
  /**
   * Upper bound on a wait the server asks for (`retry-after-ms` / `Retry-After`), in ms; longer
   * requests are shortened to this. A wait that would pass the deadline is not taken: the call
   * fails at once with the `RateLimitError`/`InternalServerError` (and its `retryAfterMs`).
   * @default 30_000
   */
  readonly maxRetryAfterMs?: number;
  /** Extra request headers; they override the defaults, `authorization` included. @default {} */
  readonly headers?: Readonly<Record<string, string>>;
  /** The `fetch` to use (a proxy agent, a test double). @default globalThis.fetch */
  readonly fetch?: typeof globalThis.fetch;
  /**
   * Largest response body read, in bytes; a longer body is an `InvalidResponseError` (2xx) or is
   * cut (error answers, whose body is read only for the error code). @default 1_048_576 (1 MiB)
   */
  readonly maxResponseBytes?: number;
  /**
   * Copy the server's error message into `error.message`. Off by default: servers echo parts of
   * the request — the message text, which is the PII — in their error messages. Even when allowed,
   * exact copies of the key and the text are cut out and the message is shortened to 300 chars.
   * @default false
   */
  readonly allowServerMessages?: boolean;
}

/** `HttpOptions` after defaults and checks: every field present. */
export interface ResolvedHttpOptions {
  readonly timeoutMs: number;
  readonly deadlineMs: number;
  readonly maxRetries: number;
  readonly retryBaseDelayMs: number;
  readonly retryMaxDelayMs: number;
  readonly maxRetryAfterMs: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly fetch: typeof globalThis.fetch;
  readonly maxResponseBytes: number;
  readonly allowServerMessages: boolean;
}

/** Applies defaults and rejects impossible values with a `ConfigurationError` naming the option. */
export function resolveHttpOptions(options: HttpOptions = {}): ResolvedHttpOptions {
  return {
    timeoutMs: durationOption(options.timeoutMs, 'timeoutMs', 10_000, { allowInfinity: true }),
    deadlineMs: durationOption(options.deadlineMs, 'deadlineMs', 30_000, { allowInfinity: true }),
    maxRetries: integerOption(options.maxRetries, 'maxRetries', 2, 0),
    retryBaseDelayMs: durationOption(options.retryBaseDelayMs, 'retryBaseDelayMs', 500, { allowZero: true }),
    retryMaxDelayMs: durationOption(options.retryMaxDelayMs, 'retryMaxDelayMs', 8_000, { allowZero: true }),
    maxRetryAfterMs: durationOption(options.maxRetryAfterMs, 'maxRetryAfterMs', 30_000, { allowZero: true }),
    headers: resolveHeaders(options.headers),
    fetch: resolveFetch(options.fetch),
    maxResponseBytes: integerOption(options.maxResponseBytes, 'maxResponseBytes', 1_048_576, 1_024),
    allowServerMessages: booleanOption(options.allowServerMessages, 'allowServerMessages', false),
  };
}

export function booleanOption(value: boolean | undefined, option: string, fallback: boolean): boolean {
  if (value === undefined) return fallback;
  if (typeof value !== 'boolean')
    throw new ConfigurationError(`Option \`${option}\` must be a boolean.`, option);
  return value;
}

/**
 * An absolute http(s) URL without trailing slashes.
 * @throws ConfigurationError naming `option`.
 */
export function urlOption(value: string, option: string): string {
  let url: URL | undefined;
  try {
    url = new URL(value);
  } catch {
    url = undefined;
  }
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:')) {
    throw new ConfigurationError(`Option \`${option}\` must be an absolute http(s) URL.`, option);
  }
  return value.replace(/\/+$/, '');
}

function resolveHeaders(
  value: Readonly<Record<string, string>> | undefined,
): Readonly<Record<string, string>> {
  if (value === undefined) return Object.freeze({});
  try {
    // Headers validates names and values the way fetch will, so a bad header fails here, not per call.
    const valid: Record<string, string> = {};
    new Headers(value).forEach((headerValue, name) => {
      valid[name] = headerValue;
    });
    return Object.freeze(valid);
  } catch {
    throw new ConfigurationError('Option `headers` must map valid header names to string values.', 'headers');
  }
}

function resolveFetch(value: typeof globalThis.fetch | undefined): typeof globalThis.fetch {
  if (value !== undefined && typeof value !== 'function') {
    throw new ConfigurationError('Option `fetch` must be a function.', 'fetch');
  }
  const implementation = value ?? globalThis.fetch;
  if (typeof implementation !== 'function') {
    throw new ConfigurationError('No global `fetch` in this runtime: pass the `fetch` option.', 'fetch');
  }
  return value ?? ((input, init) => globalThis.fetch(input, init));
}
