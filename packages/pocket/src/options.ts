import type { PocketWeightsFile } from './weights-file.js';

/** Options of `loadPocket()`. */
export interface PocketOptions {
  /**
   * Weights to use instead of the built-in ones: a parsed weights file, as `trainPocket` of
   * `@piiguard/pocket/train` writes it.
   * @default the weights shipped with the package
   */
  readonly weights?: PocketWeightsFile;
  /**
   * Longest text accepted, in UTF-16 code units, measured before normalisation; longer texts get
   * `InvalidInputError` (reason `too-long`), never truncated. The same option and default as every
   * piiguard classifier. Longer text is read whole, in overlapping windows, so it can be raised
   * freely: scoring is linear in length (about 0.4 s per megabyte).
   * @default 20_000 (`DEFAULT_MAX_TEXT_LENGTH` of `@piiguard/sdk`)
   */
  readonly maxTextLength?: number;
  /**
   * How long one stretch of synchronous scoring may run before the classifier yields to the
   * event loop (so timers, I/O and an `AbortSignal` get a turn), in ms.
   * @default 8
   */
  readonly yieldEveryMs?: number;
}

export interface ResolvedPocketOptions {
  readonly weights: PocketWeightsFile;
  /** Checked by `BaseClassifier`, like every classifier's. */
  readonly maxTextLength: number;
  readonly yieldEveryMs: number;
}
