import type { PocketWeightsFile } from './model.js';

/** Options of `loadPocket()`. */
export interface PocketOptions {
  /**
   * Weights to use instead of the built-in ones (a file written by `scripts/train.ts`, parsed).
   * @default the weights shipped with the package
   */
  readonly weights?: PocketWeightsFile;
  /**
   * Longest text accepted, in UTF-16 code units; longer texts get an `InvalidInputError`
   * (reason `too-long`). Scoring is linear in length: a megabyte takes a few hundred milliseconds.
   * @default 4_000_000
   */
  readonly maxLength?: number;
  /**
   * How long one stretch of synchronous scoring may run before the classifier yields to the
   * event loop (so timers, I/O and an `AbortSignal` get a turn), in ms.
   * @default 8
   */
  readonly yieldEveryMs?: number;
}

export interface ResolvedPocketOptions {
  readonly weights: PocketWeightsFile;
  readonly maxLength: number;
  readonly yieldEveryMs: number;
}
