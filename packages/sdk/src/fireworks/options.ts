import { AuthenticationError, ConfigurationError } from '../errors.js';
import { readEnv } from '../internal/env.js';
import { durationOption, integerOption, stringOption } from '../internal/validate.js';

/** Fireworks' OpenAI-compatible inference root. */
export const DEFAULT_BASE_URL = 'https://api.fireworks.ai/inference/v1';
/** The hosted student: Llama-3.2-3B-Instruct + LoRA, distilled from the teacher. */
export const DEFAULT_MODEL = 'accounts/sugi205-8d1850/models/pii-classifier-llama3b-5k';
/**
 * The system prompt of the student's training data (the SFT format in its model card's training
 * diagram). A LoRA student is most reliable on the prompt it was trained with. The card also shows
 * `Classify if this message involves PII. Reply: none, asking, or giving.` (its API snippet) and
 * `Classify if this chat message involves PII (personal info). Reply with exactly one word: "none",
 * "asking", or "giving".` (its PEFT snippet); pass either as `systemPrompt` to use it.
 */
export const DEFAULT_SYSTEM_PROMPT =
  'Classify if this message involves PII. Reply with: none, asking, or giving.';
/**
 * Cache-key version of `DEFAULT_SYSTEM_PROMPT` and the user-turn format; bumped when either
 * changes (v2: the training prompt, and the escaped user turn of `userTurn`).
 */
export const DEFAULT_PROMPT_VERSION = 'v2';

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
  /**
   * Model sent as `model`, verbatim. A LoRA fine-tune such as the student is served by Fireworks
   * only from a dedicated (on-demand) deployment; address one deployment with
   * `accounts/<account>/models/<model>#accounts/<account>/deployments/<deployment>`, its short form
   * `<account>/<model>#<account>/<deployment>`, or the deployment path
   * `accounts/<account>/deployments/<deployment>` (its default model). Other OpenAI-compatible
   * servers take their own model names. Must be non-empty, without whitespace, with at most one `#`
   * and a non-empty name on each side of it.
   * @default DEFAULT_MODEL (the hosted student)
   */
  readonly model?: string;
  /** System prompt. Change it only for a model trained with another prompt. @default DEFAULT_SYSTEM_PROMPT */
  readonly systemPrompt?: string;
  /**
   * Goes into cache keys so answers to an old prompt are never served for a new one.
   * @default DEFAULT_PROMPT_VERSION ('v2') for the default prompt; for a custom `systemPrompt`, a hash of it
   */
  readonly promptVersion?: string;
  /** `max_tokens` per answer; the label is one word. @default 4 */
  readonly maxTokens?: number;
  /**
   * Timeout of one HTTP attempt, in ms, from sending the request to the last byte of the answer
   * (headers and body); `Infinity` for none. A timed-out attempt is retried. @default 10_000
   */
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
  /**
   * Largest share (0..1) of the answer token's probability allowed on tokens that are not a label;
   * above it the answer is an `InvalidResponseError` (which falls back in `on-error`). A student
   * answering in its trained format puts well under 1% there. @default 0.5
   */
  readonly maxOtherMass?: number;
  /**
   * Sends Fireworks' grammar `response_format` (`LABEL_GRAMMAR`), so the model can only answer one
   * of the three words. Off by default: how a grammar interacts with the returned log-probabilities
   * (whether they are of the constrained or the unconstrained distribution) is not documented by
   * Fireworks, and servers other than Fireworks may refuse the field. @default false
   */
  readonly constrainOutput?: boolean;
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
  readonly maxOtherMass: number;
  readonly constrainOutput: boolean;
  readonly maxResponseBytes: number;
  readonly allowServerMessages: boolean;
}

/** Applies defaults and rejects impossible values with a `ConfigurationError` naming the option. */
export function resolveFireworksOptions(options: FireworksOptions = {}): ResolvedFireworksOptions {
  const systemPrompt = stringOption(options.systemPrompt, 'systemPrompt', DEFAULT_SYSTEM_PROMPT);
  return Object.freeze({
    apiKey: resolveApiKey(options.apiKey),
    baseURL: resolveBaseURL(options.baseURL ?? readEnv('FIREWORKS_BASE_URL') ?? DEFAULT_BASE_URL),
    model: resolveModel(stringOption(options.model, 'model', DEFAULT_MODEL)),
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
    maxOtherMass: shareOption(options.maxOtherMass, 'maxOtherMass', 0.5),
    constrainOutput: booleanOption(options.constrainOutput, 'constrainOutput', false),
    maxResponseBytes: integerOption(options.maxResponseBytes, 'maxResponseBytes', 1_048_576, 1_024),
    allowServerMessages: booleanOption(options.allowServerMessages, 'allowServerMessages', false),
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

/** Printable ASCII without spaces: what a bearer token can be, and nothing a header could split on. */
const KEY_SHAPE = /^[\x21-\x7E]+$/;

function resolveApiKey(value: string | undefined): string {
  if (value !== undefined && typeof value !== 'string') {
    throw new ConfigurationError('Option `apiKey` must be a string.', 'apiKey');
  }
  const key = value?.trim() || readEnv('FIREWORKS_API_KEY') || '';
  // Checked here, not by `Headers` per request: undici's error for a bad header value quotes it.
  if (key !== '' && !KEY_SHAPE.test(key)) {
    throw new ConfigurationError(
      'Option `apiKey` (or FIREWORKS_API_KEY) contains whitespace, control or non-ASCII characters; paste the key again.',
      'apiKey',
    );
  }
  return key;
}

/** Printable ASCII except space, so no model name can split the JSON body's meaning or a log line. */
const MODEL_SHAPE = /^[\x21-\x7E]+$/;

/**
 * A model name, a `<model>#<deployment>` pair or a deployment path. Only the shape is checked:
 * Fireworks answers 404 for a deployment that does not exist, which maps to `NotFoundError`.
 */
function resolveModel(value: string): string {
  const parts = value.split('#');
  if (!MODEL_SHAPE.test(value) || parts.length > 2 || parts.some((part) => part === '')) {
    throw new ConfigurationError(
      'Option `model` must be a model name, `<model>#<deployment>` or a deployment path (printable ASCII without spaces, at most one `#`, a name on each side).',
      'model',
    );
  }
  return value;
}

function shareOption(value: number | undefined, option: string, fallback: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !(value >= 0 && value <= 1)) {
    throw new ConfigurationError(`Option \`${option}\` must be a number between 0 and 1.`, option);
  }
  return value;
}

function booleanOption(value: boolean | undefined, option: string, fallback: boolean): boolean {
  if (value === undefined) return fallback;
  if (typeof value !== 'boolean')
    throw new ConfigurationError(`Option \`${option}\` must be a boolean.`, option);
  return value;
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
