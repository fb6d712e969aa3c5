import { AuthenticationError, ConfigurationError } from '../errors.js';
import {
  booleanOption,
  type HttpOptions,
  type ResolvedHttpOptions,
  resolveHttpOptions,
  urlOption,
} from '../http/options.js';
import { readEnv } from '../internal/env.js';
import { integerOption, stringOption } from '../internal/validate.js';

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

/**
 * How to reach the hosted student (or any OpenAI-compatible server hosting it). The HTTP fields
 * (timeouts, retries, limits, `allowServerMessages`) are `HttpOptions`, shared with remote teachers.
 */
export interface FireworksOptions extends HttpOptions {
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
}

/** `FireworksOptions` after defaults and checks: every field present, frozen. */
export interface ResolvedFireworksOptions extends ResolvedHttpOptions {
  /** Empty when neither the option nor the env var is set; `requireApiKey` rejects that. */
  readonly apiKey: string;
  readonly baseURL: string;
  readonly model: string;
  readonly systemPrompt: string;
  readonly promptVersion: string;
  readonly maxTokens: number;
  readonly maxOtherMass: number;
  readonly constrainOutput: boolean;
}

/** Applies defaults and rejects impossible values with a `ConfigurationError` naming the option. */
export function resolveFireworksOptions(options: FireworksOptions = {}): ResolvedFireworksOptions {
  const systemPrompt = stringOption(options.systemPrompt, 'systemPrompt', DEFAULT_SYSTEM_PROMPT);
  return Object.freeze({
    ...resolveHttpOptions(options),
    apiKey: resolveApiKey(options.apiKey),
    baseURL: urlOption(options.baseURL ?? readEnv('FIREWORKS_BASE_URL') ?? DEFAULT_BASE_URL, 'baseURL'),
    model: resolveModel(stringOption(options.model, 'model', DEFAULT_MODEL)),
    systemPrompt,
    promptVersion: stringOption(options.promptVersion, 'promptVersion', defaultPromptVersion(systemPrompt)),
    maxTokens: integerOption(options.maxTokens, 'maxTokens', 4, 1),
    maxOtherMass: shareOption(options.maxOtherMass, 'maxOtherMass', 0.5),
    constrainOutput: booleanOption(options.constrainOutput, 'constrainOutput', false),
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
