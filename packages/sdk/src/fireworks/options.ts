import { AuthenticationError, ConfigurationError } from '../errors.js';
import { readEnv } from '../internal/env.js';
import { durationOption, integerOption, stringOption } from '../internal/validate.js';

/** Fireworks' OpenAI-compatible inference root. */
export const DEFAULT_BASE_URL = 'https://api.fireworks.ai/inference/v1';
/** The hosted student: Llama-3.2-3B-Instruct + LoRA, distilled from the teacher. */
export const DEFAULT_MODEL = 'accounts/sugi205-8d1850/models/pii-classifier-llama3b-5k';
/** The system prompt from the student's model card; the student was trained with it. */
export const DEFAULT_SYSTEM_PROMPT =
  'Classify if this chat message involves PII (personal info). Reply with exactly one word: "none", "asking", or "giving".';
/** Cache-key version of `DEFAULT_SYSTEM_PROMPT`; bump when the default prompt or user-turn format changes. */
export const DEFAULT_PROMPT_VERSION = 'v1';

/** How to reach the hosted student (or any OpenAI-compatible server hosting it). */
export interface FireworksOptions {
  /**
   * Bearer token for the API. Never logged, never in errors or events.
   * @default process.env.FIREWORKS_API_KEY (where `process.env` exists)
   */
  readonly apiKey?: string;
  /**
   * Root of the OpenAI-compatible API; `/chat/completions` is appended.
   * @default process.env.FIREWORKS_BASE_URL, else 'https://api.fireworks.ai/inference/v1'
   */
  readonly baseURL?: string;
  /** Model path sent as `model`. @default DEFAULT_MODEL (the hosted student) */
  readonly model?: string;
  /** System prompt. Change it only for a model trained with another prompt. @default DEFAULT_SYSTEM_PROMPT */
  readonly systemPrompt?: string;
  /**
   * Goes into cache keys so answers to an old prompt are never served for a new one.
   * @default 'v1' for the default prompt; for a custom `systemPrompt`, a hash of it
   */
  readonly promptVersion?: string;
  /** `max_tokens` per answer; the label is one word. @default 4 */
  readonly maxTokens?: number;
  /** Timeout of one HTTP attempt until the response headers arrive, in ms; `Infinity` for none. @default 10_000 */
  readonly timeoutMs?: number;
  /**
   * Overall deadline for all attempts and back-off waits of one classification, in ms;
   * `Infinity` for none. When it passes, the call fails with `APITimeoutError`. @default 30_000
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
}

/** `FireworksOptions` after defaults and checks: every field present, frozen. */
export interface ResolvedFireworksOptions {
  /** Empty when neither the option nor the env var is set; `requireApiKey` rejects that. */
  readonly apiKey: string;
  readonly baseURL: string;
  readonly model: string;
  readonly systemPrompt: string;
  readonly promptVersion: string;
  readonly maxTokens: number;
  readonly timeoutMs: number;
  readonly deadlineMs: number;
  readonly maxRetries: number;
  readonly retryBaseDelayMs: number;
  readonly retryMaxDelayMs: number;
  readonly maxRetryAfterMs: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly fetch: typeof globalThis.fetch;
}

/** Applies defaults and rejects impossible values with a `ConfigurationError` naming the option. */
export function resolveFireworksOptions(options: FireworksOptions = {}): ResolvedFireworksOptions {
  const systemPrompt = stringOption(options.systemPrompt, 'systemPrompt', DEFAULT_SYSTEM_PROMPT);
  return Object.freeze({
    apiKey: resolveApiKey(options.apiKey),
    baseURL: resolveBaseURL(options.baseURL ?? readEnv('FIREWORKS_BASE_URL') ?? DEFAULT_BASE_URL),
    model: stringOption(options.model, 'model', DEFAULT_MODEL),
    systemPrompt,
    promptVersion: stringOption(options.promptVersion, 'promptVersion', defaultPromptVersion(systemPrompt)),
    maxTokens: integerOption(options.maxTokens, 'maxTokens', 4, 1),
    timeoutMs: durationOption(options.timeoutMs, 'timeoutMs', 10_000, { allowInfinity: true }),
    deadlineMs: durationOption(options.deadlineMs, 'deadlineMs', 30_000, { allowInfinity: true }),
    maxRetries: integerOption(options.maxRetries, 'maxRetries', 2, 0),
    retryBaseDelayMs: durationOption(options.retryBaseDelayMs, 'retryBaseDelayMs', 500, { allowZero: true }),
    retryMaxDelayMs: durationOption(options.retryMaxDelayMs, 'retryMaxDelayMs', 8_000, { allowZero: true }),
    maxRetryAfterMs: durationOption(options.maxRetryAfterMs, 'maxRetryAfterMs', 30_000, { allowZero: true }),
    headers: resolveHeaders(options.headers),
    fetch: resolveFetch(options.fetch),
  });
}

/**
 * The one place that insists on an API key. Throws `AuthenticationError` (without a status: no
 * request was made) so callers handle "no key" and "key refused" with one `catch`.
 */
export function requireApiKey(options: Pick<ResolvedFireworksOptions, 'apiKey'>): void {
  if (options.apiKey === '') {
    throw new AuthenticationError(
      'No API key: pass `apiKey` to the constructor or set the FIREWORKS_API_KEY environment variable.',
    );
  }
}

function resolveApiKey(value: string | undefined): string {
  if (value !== undefined && typeof value !== 'string') {
    throw new ConfigurationError('Option `apiKey` must be a string.', 'apiKey');
  }
  return value?.trim() || readEnv('FIREWORKS_API_KEY') || '';
}

function resolveBaseURL(value: string): string {
  let url: URL | undefined;
  try {
    url = new URL(value);
  } catch {
    url = undefined;
  }
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:')) {
    throw new ConfigurationError('Option `baseURL` must be an absolute http(s) URL.', 'baseURL');
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

/** FNV-1a (32-bit) of a custom prompt: stable across runs and runtimes, no crypto needed. */
function defaultPromptVersion(systemPrompt: string): string {
  if (systemPrompt === DEFAULT_SYSTEM_PROMPT) return DEFAULT_PROMPT_VERSION;
  let hash = 0x811c9dc5;
  for (let i = 0; i < systemPrompt.length; i++) {
    hash ^= systemPrompt.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return `custom-${(hash >>> 0).toString(16).padStart(8, '0')}`;
}
