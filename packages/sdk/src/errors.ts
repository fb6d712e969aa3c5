/**
 * One error hierarchy for every backend. Messages name what failed and how to fix it; they never
 * contain the API key or the text being classified (the texts are the PII). `toJSON()` exposes only
 * the safe, structured fields, so logging `JSON.stringify(error)` is safe too.
 */

const BRAND = Symbol.for('piiguard.error');

/** Stable, machine-readable error kinds (one per class below). */
export type PiiguardErrorKind =
  | 'unknown'
  | 'api'
  | 'bad-request'
  | 'authentication'
  | 'permission-denied'
  | 'payment-required'
  | 'not-found'
  | 'conflict'
  | 'precondition-failed'
  | 'unprocessable-entity'
  | 'rate-limit'
  | 'server'
  | 'connection'
  | 'timeout'
  | 'abort'
  | 'invalid-response'
  | 'invalid-input'
  | 'fallback-unavailable'
  | 'model-load'
  | 'inference'
  | 'overloaded'
  | 'closed'
  | 'configuration';

export interface PiiguardErrorOptions {
  /** The underlying error; kept for debugging, never serialised by `toJSON()`. */
  readonly cause?: unknown;
}

/** Base class of every error piiguard throws or reports. */
export class PiiguardError extends Error {
  /** `unknown` only for failures piiguard could not attribute (a wrapped non-piiguard error). */
  readonly kind: PiiguardErrorKind = 'unknown';

  constructor(message: string, options: PiiguardErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    Object.defineProperty(this, BRAND, { value: true });
    // `cause` may be a ky HTTPError holding the request (and its Authorization header): keep it
    // reachable for debugging but out of enumeration, so serialisers and loggers don't walk it.
    if (options.cause !== undefined) {
      Object.defineProperty(this, 'cause', { value: options.cause, enumerable: false, writable: true });
    }
  }

  override get name(): string {
    return 'PiiguardError';
  }

  /** Safe, structured fields only: never the cause, the request, the key or the text. */
  toJSON(): Record<string, unknown> {
    return { name: this.name, kind: this.kind, message: this.message };
  }
}

/** Works across two installed copies of the package, where `instanceof` does not. */
export function isPiiguardError(value: unknown): value is PiiguardError {
  return typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[BRAND] === true;
}

export interface APIErrorOptions extends PiiguardErrorOptions {
  /** HTTP status, when a response arrived. */
  readonly status?: number;
  /** The server's request id (`x-request-id` or similar), when it sent one. */
  readonly requestId?: string;
  /** The server's machine-readable error code from the body, when it sent one. */
  readonly code?: string;
  /** How long the server asked us to wait before retrying, in ms, when it said. */
  readonly retryAfterMs?: number;
}

/** An HTTP error answer from the hosted API. `APIError.fromResponse` picks the subclass by status. */
export class APIError extends PiiguardError {
  override readonly kind: PiiguardErrorKind = 'api';
  readonly status: number | undefined;
  readonly requestId: string | undefined;
  readonly code: string | undefined;
  /** ms the server asked to wait before retrying (from `retry-after-ms` or `Retry-After`), if any. */
  readonly retryAfterMs: number | undefined;

  constructor(message: string, options: APIErrorOptions = {}) {
    super(message, options);
    this.status = options.status;
    this.requestId = options.requestId;
    this.code = options.code;
    this.retryAfterMs = options.retryAfterMs;
  }

  override get name(): string {
    return 'APIError';
  }

  override toJSON(): Record<string, unknown> {
    return {
      ...super.toJSON(),
      status: this.status,
      requestId: this.requestId,
      code: this.code,
      retryAfterMs: this.retryAfterMs,
    };
  }

  /**
   * The error for an HTTP status. `detail` is the server's error message, already stripped of
   * anything that could echo the request; callers pass only fields from the error body.
   */
  static fromResponse(status: number, detail: string | undefined, options: APIErrorOptions = {}): APIError {
    const suffix = detail ? `: ${detail}` : '';
    const message =
      API_MESSAGES[status]?.(suffix) ??
      (status >= 500 ? `The API failed (${status})${suffix}` : `The API answered ${status}${suffix}`);
    return new (apiErrorClass(status))(message, { ...options, status });
  }
}

export class BadRequestError extends APIError {
  override readonly kind = 'bad-request';
  override get name(): string {
    return 'BadRequestError';
  }
}
export class AuthenticationError extends APIError {
  override readonly kind = 'authentication';
  override get name(): string {
    return 'AuthenticationError';
  }
}
export class PaymentRequiredError extends APIError {
  override readonly kind = 'payment-required';
  override get name(): string {
    return 'PaymentRequiredError';
  }
}
export class PermissionDeniedError extends APIError {
  override readonly kind = 'permission-denied';
  override get name(): string {
    return 'PermissionDeniedError';
  }
}
export class NotFoundError extends APIError {
  override readonly kind = 'not-found';
  override get name(): string {
    return 'NotFoundError';
  }
}
export class ConflictError extends APIError {
  override readonly kind = 'conflict';
  override get name(): string {
    return 'ConflictError';
  }
}
export class PreconditionFailedError extends APIError {
  override readonly kind = 'precondition-failed';
  override get name(): string {
    return 'PreconditionFailedError';
  }
}
export class UnprocessableEntityError extends APIError {
  override readonly kind = 'unprocessable-entity';
  override get name(): string {
    return 'UnprocessableEntityError';
  }
}
export class RateLimitError extends APIError {
  override readonly kind = 'rate-limit';
  override get name(): string {
    return 'RateLimitError';
  }
}
export class InternalServerError extends APIError {
  override readonly kind = 'server';
  override get name(): string {
    return 'InternalServerError';
  }
}

/** The request never got an HTTP answer (DNS, refused, reset). The original is the `cause`. */
export class APIConnectionError extends PiiguardError {
  override readonly kind: PiiguardErrorKind = 'connection';
  override get name(): string {
    return 'APIConnectionError';
  }
}

/** An attempt ran past its timeout, or all attempts together ran past the deadline. */
export class APITimeoutError extends APIConnectionError {
  override readonly kind: PiiguardErrorKind = 'timeout';
  override get name(): string {
    return 'APITimeoutError';
  }
}

/** The caller aborted. Never retried, never a reason to fall back. */
export class AbortError extends PiiguardError {
  override readonly kind = 'abort';
  override get name(): string {
    return 'AbortError';
  }
}

/** The API answered 2xx with a body we cannot read a label from. */
export class InvalidResponseError extends PiiguardError {
  override readonly kind = 'invalid-response';
  readonly status: number | undefined;
  readonly requestId: string | undefined;
  constructor(message: string, options: PiiguardErrorOptions & { status?: number; requestId?: string } = {}) {
    super(message, options);
    this.status = options.status;
    this.requestId = options.requestId;
  }
  override get name(): string {
    return 'InvalidResponseError';
  }
  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), status: this.status, requestId: this.requestId };
  }
}

/**
 * Why an input was refused:
 * - `not-a-string`: a text or a turn that is not a string;
 * - `empty`: nothing to work on, such as an evaluation of zero examples (an empty text is not
 *   refused: it is `none`);
 * - `too-long`: over `maxTextLength`;
 * - `too-many-windows`: a text the teacher would read in more windows than it allows;
 * - `not-an-array`: a batch or a context that is not an array;
 * - `context-too-long`: over `maxContextLength`.
 *
 * Lone surrogates are not refused: they are replaced by U+FFFD (docs/input.md).
 */
export type InvalidInputReason =
  | 'not-a-string'
  | 'empty'
  | 'too-long'
  | 'too-many-windows'
  | 'not-an-array'
  | 'context-too-long';

/** The input cannot be classified as given. Carries the reason, never the text. */
export class InvalidInputError extends PiiguardError {
  override readonly kind = 'invalid-input';
  readonly reason: InvalidInputReason;
  constructor(message: string, reason: InvalidInputReason, options: PiiguardErrorOptions = {}) {
    super(message, options);
    this.reason = reason;
  }
  override get name(): string {
    return 'InvalidInputError';
  }
  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), reason: this.reason };
  }
}

/** A model (teacher or pocket) could not be loaded: missing files, wrong outputs, corrupt ONNX. */
export class ModelLoadError extends PiiguardError {
  override readonly kind = 'model-load';
  override get name(): string {
    return 'ModelLoadError';
  }
}

/**
 * A local model failed unexpectedly while scoring (its tokenizer, onnxruntime, its worker thread):
 * not an API error, and not the caller's fault. The classifier may have to be loaded again.
 */
export class InferenceError extends PiiguardError {
  override readonly kind = 'inference';
  override get name(): string {
    return 'InferenceError';
  }
}

/** No fallback classifier could answer: their loads failed and are backing off, none is set, or each failed. */
export class FallbackUnavailableError extends PiiguardError {
  override readonly kind = 'fallback-unavailable';
  override get name(): string {
    return 'FallbackUnavailableError';
  }
}

/** A bounded queue is full; try again later or raise its limit. */
export class OverloadedError extends PiiguardError {
  override readonly kind = 'overloaded';
  override get name(): string {
    return 'OverloadedError';
  }
}

/** The client or classifier was closed while the call was pending, or used after `close()`. */
export class ClosedError extends PiiguardError {
  override readonly kind = 'closed';
  override get name(): string {
    return 'ClosedError';
  }
}

/** An option has an impossible value; thrown at construction. `option` names it (never its value). */
export class ConfigurationError extends PiiguardError {
  override readonly kind = 'configuration';
  /** The option's name, e.g. `timeoutMs` or `cache.maxEntries`. */
  readonly option: string;
  constructor(message: string, option: string, options: PiiguardErrorOptions = {}) {
    super(message, options);
    this.option = option;
  }
  override get name(): string {
    return 'ConfigurationError';
  }
  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), option: this.option };
  }
}

/** Wraps anything thrown into a `PiiguardError` (thrown non-errors included). */
export function toPiiguardError(value: unknown, fallbackMessage = 'Unexpected failure'): PiiguardError {
  if (isPiiguardError(value)) return value;
  return new PiiguardError(fallbackMessage, { cause: value });
}

/** An `APIError` subclass, as `apiErrorClass` returns it. */
export type APIErrorClass = new (message: string, options: APIErrorOptions) => APIError;

/** The `APIError` subclass of each status with its own class; 5xx are `InternalServerError`. */
const STATUS_CLASSES: Readonly<Record<number, APIErrorClass>> = {
  400: BadRequestError,
  401: AuthenticationError,
  402: PaymentRequiredError,
  403: PermissionDeniedError,
  404: NotFoundError,
  409: ConflictError,
  412: PreconditionFailedError,
  422: UnprocessableEntityError,
  429: RateLimitError,
};

/** The class `APIError.fromResponse` picks for a status (internal: the sdk's HTTP layer words its own messages). */
export function apiErrorClass(status: number): APIErrorClass {
  return STATUS_CLASSES[status] ?? (status >= 500 ? InternalServerError : APIError);
}

/** The hosted API's message for each status with its own advice; `suffix` is `: <detail>` or empty. */
const API_MESSAGES: Readonly<Record<number, (suffix: string) => string>> = {
  400: (suffix) => `The API rejected the request (400)${suffix}`,
  401: (suffix) => `The API key was not accepted (401)${suffix}. Check apiKey or FIREWORKS_API_KEY.`,
  402: (suffix) => `The account cannot be billed (402)${suffix}`,
  403: (suffix) =>
    `The API key may not use this model (403)${suffix}. Check the key's account and the model path.`,
  404: (suffix) =>
    `The model or endpoint was not found (404)${suffix}. Check model and baseURL; the model may not be deployed.`,
  409: (suffix) => `The API reported a conflict (409)${suffix}`,
  412: (suffix) => `The API refused the request (412)${suffix}`,
  422: (suffix) => `The API could not process the request (422)${suffix}`,
  429: (suffix) => `Rate limited by the API (429)${suffix}`,
};
