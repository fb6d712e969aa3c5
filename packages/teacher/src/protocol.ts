import {
  ClosedError,
  InferenceError,
  InvalidInputError,
  type InvalidInputReason,
  InvalidResponseError,
  isPiiguardError,
  ModelLoadError,
  OverloadedError,
  type PiiguardError,
  type PiiguardErrorKind,
} from '@piiguard/sdk';
import type { BatcherOptions } from './batcher.js';
import type { ModelFiles } from './load.js';
import type { TeacherInput } from './profiles/types.js';
import type { TeacherDevice, TeacherProvider } from './session.js';

/** Everything the worker needs, passed as `workerData`. */
export interface WorkerSetup {
  readonly files: ModelFiles;
  /** `config.json` `pad_token_id`, if stated (else the tokenizer's). */
  readonly padTokenId: number | undefined;
  /** How many logits the model has (`id2label` entries). */
  readonly labels: number;
  /** The logit index of each score the profile fills, in wire order (asking, giving, offPlatform). */
  readonly logitIndex: readonly number[];
  /** The profile's truncation side for inputs over 512 tokens. */
  readonly truncation: 'left' | 'right';
  readonly device: TeacherDevice;
  readonly intraOpNumThreads: number;
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
  | { readonly type: 'ready'; readonly provider: TeacherProvider; readonly warning: string | undefined }
  | { readonly type: 'failed'; readonly error: WireError }
  | { readonly type: 'result'; readonly id: number; readonly outcomes: readonly WireOutcome[] }
  | { readonly type: 'closed' };

export function toWire(error: unknown): WireError {
  if (isPiiguardError(error)) {
    const reason = error instanceof InvalidInputError ? error.reason : undefined;
    return { kind: error.kind, message: error.message, ...(reason ? { reason } : {}) };
  }
  // Non-sdk errors come from onnxruntime or the tokenizer, whose messages never hold the text.
  return { kind: 'inference', message: `The teacher failed: ${(error as Error)?.message ?? String(error)}` };
}

/** The typed error again. `inference`, and any kind the worker never sends, is an `InferenceError`. */
export function fromWire(error: WireError): PiiguardError {
  switch (error.kind) {
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
