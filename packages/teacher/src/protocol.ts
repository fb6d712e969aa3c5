import {
  AbortError,
  APIConnectionError,
  APIError,
  type APIErrorOptions,
  APITimeoutError,
  AuthenticationError,
  BadRequestError,
  ClosedError,
  ConflictError,
  InferenceError,
  InternalServerError,
  InvalidInputError,
  type InvalidInputReason,
  InvalidResponseError,
  isPiiguardError,
  ModelLoadError,
  NotFoundError,
  OverloadedError,
  PaymentRequiredError,
  PermissionDeniedError,
  type PiiguardError,
  type PiiguardErrorKind,
  PreconditionFailedError,
  RateLimitError,
  type RetryEvent,
  UnprocessableEntityError,
} from '@piiguard/sdk';
import type { ResolvedHttpOptions } from '@piiguard/sdk/http';
import type { BatcherOptions } from './batcher.js';
import type { ResolvedCircuit } from './engines/circuit.js';
import type { TeacherInput } from './profiles/types.js';
import type { TeacherDevice, TeacherProvider } from './session.js';

/** The HTTP options a remote engine uses, as they cross to the worker (no `fetch`: functions do not). */
export type WireHttpOptions = Omit<ResolvedHttpOptions, 'fetch'>;

/** What scores the windows: an in-process onnxruntime session, or a serving engine over HTTP. */
export type EngineSetup =
  | {
      readonly kind: 'onnxruntime';
      /** The ONNX graph (external data next to it). */
      readonly modelPath: string;
      readonly device: TeacherDevice;
      readonly intraOpNumThreads: number;
    }
  | {
      readonly kind: 'triton' | 'tei';
      /** The server's root URL, without a trailing slash. */
      readonly url: string;
      /** Triton: the model's name in the model repository. TEI: unused. */
      readonly name: string;
      /** Triton: the model version; `undefined` lets the server pick. */
      readonly version: string | undefined;
      /** Batches in flight at once. */
      readonly maxInFlight: number;
      readonly http: WireHttpOptions;
      /** `false`: no breaker. */
      readonly circuit: ResolvedCircuit | false;
      /** The labels (`config.json` `id2label`, by logit index), checked against the server's. */
      readonly labelNames: readonly string[];
      /** Send `retry` messages to the host (it has an `onRetry` listener). */
      readonly reportRetries: boolean;
    };

/** Everything the worker needs, passed as `workerData`. */
export interface WorkerSetup {
  /** The folder with `config.json` and the tokenizer files. */
  readonly folder: string;
  readonly engine: EngineSetup;
  /** `config.json` `pad_token_id`, if stated (else the tokenizer's). */
  readonly padTokenId: number | undefined;
  /** How many logits the model has (`id2label` entries). */
  readonly labels: number;
  /** The logit index of each score the profile fills, in wire order (asking, giving, offPlatform). */
  readonly logitIndex: readonly number[];
  /** The profile's truncation side for inputs over 512 tokens. */
  readonly truncation: 'left' | 'right';
  readonly workerNice: number;
  readonly batcher: BatcherOptions;
  readonly windowOverlap: number;
  readonly maxWindows: number;
}

/** A typed sdk error as it crosses the thread boundary (structured clone drops classes). */
export interface WireError {
  readonly kind: PiiguardErrorKind;
  readonly message: string;
  readonly reason?: InvalidInputReason;
  /** An `APIError`'s fields (a remote engine's answer). */
  readonly api?: Omit<APIErrorOptions, 'cause'>;
}

/** `scores` are in `WorkerSetup.logitIndex` order. */
export type WireOutcome =
  | { readonly ok: true; readonly scores: readonly number[] }
  | { readonly ok: false; readonly error: WireError };

export type ToWorker =
  /** Texts already formatted by the profile on the host: the worker knows no profile. */
  | { readonly type: 'classify'; readonly id: number; readonly inputs: readonly TeacherInput[] }
  /** The host stopped waiting for this call (aborted, or closing): drop its queued windows, send no result. */
  | { readonly type: 'drop'; readonly id: number }
  | { readonly type: 'close' };

export type FromWorker =
  | {
      readonly type: 'ready';
      readonly provider: TeacherProvider | 'remote';
      readonly warning: string | undefined;
    }
  /** A remote engine is about to retry a batch. */
  | { readonly type: 'retry'; readonly event: RetryEvent }
  | { readonly type: 'failed'; readonly error: WireError }
  | { readonly type: 'result'; readonly id: number; readonly outcomes: readonly WireOutcome[] }
  | { readonly type: 'closed' };

export function toWire(error: unknown): WireError {
  if (isPiiguardError(error)) {
    const reason = error instanceof InvalidInputError ? error.reason : undefined;
    const api =
      error instanceof APIError
        ? {
            status: error.status,
            requestId: error.requestId,
            code: error.code,
            retryAfterMs: error.retryAfterMs,
          }
        : undefined;
    return {
      kind: error.kind,
      message: error.message,
      ...(reason ? { reason } : {}),
      ...(api ? { api } : {}),
    };
  }
  // Non-sdk errors come from onnxruntime or the tokenizer, whose messages never hold the text.
  return { kind: 'inference', message: `The teacher failed: ${(error as Error)?.message ?? String(error)}` };
}

/** The `APIError` class of each kind, so an engine's HTTP error is the same class on the host. */
const API_ERRORS: Partial<
  Record<PiiguardErrorKind, new (message: string, options: APIErrorOptions) => APIError>
> = {
  api: APIError,
  'bad-request': BadRequestError,
  authentication: AuthenticationError,
  'payment-required': PaymentRequiredError,
  'permission-denied': PermissionDeniedError,
  'not-found': NotFoundError,
  conflict: ConflictError,
  'precondition-failed': PreconditionFailedError,
  'unprocessable-entity': UnprocessableEntityError,
  'rate-limit': RateLimitError,
  server: InternalServerError,
};

/** The typed error again. `inference`, and any kind the worker never sends, is an `InferenceError`. */
export function fromWire(error: WireError): PiiguardError {
  const ApiClass = API_ERRORS[error.kind];
  if (ApiClass) return new ApiClass(error.message, error.api ?? {});
  switch (error.kind) {
    case 'connection':
      return new APIConnectionError(error.message);
    case 'timeout':
      return new APITimeoutError(error.message);
    case 'abort':
      return new AbortError(error.message);
    case 'invalid-input':
      return new InvalidInputError(error.message, error.reason ?? 'too-long');
    case 'overloaded':
      return new OverloadedError(error.message);
    case 'closed':
      return new ClosedError(error.message);
    case 'model-load':
      return new ModelLoadError(error.message);
    case 'invalid-response':
      return new InvalidResponseError(error.message);
    default:
      return new InferenceError(error.message);
  }
}
