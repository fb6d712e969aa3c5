import type { PiiguardError } from './errors.js';

/** The three labels, in the order used everywhere a fixed order is needed. */
export const LABELS = ['none', 'asking', 'giving'] as const;

/**
 * - `none`: no request for, or disclosure of, personal information.
 * - `asking`: tries to obtain someone's PII, or to move them off-platform or to a real place.
 * - `giving`: shares (or threatens to share) PII, or directs someone to an external platform or place.
 */
export type Label = (typeof LABELS)[number];

/** A probability per label; the three sum to 1 (within floating-point error). */
export interface LabelProbabilities {
  readonly none: number;
  readonly asking: number;
  readonly giving: number;
}

/**
 * The teacher's raw, uncalibrated sigmoid scores, each in [0, 1] and independent of each other
 * (the teacher is multi-label). For text longer than one window, each is the max over windows.
 */
export interface TeacherScores {
  readonly asking: number;
  readonly giving: number;
}

/** Which kind of backend produced a classification. */
export type ClassifierKind = 'api' | 'teacher' | 'pocket';

/** What one backend says about one text. */
export interface Classification {
  readonly label: Label;
  /**
   * Class probabilities when the backend has them: the API's label-token probabilities
   * renormalised over the three labels, or a local model's softmax. Absent when the API answered
   * without log-probabilities, and for the teacher (whose scores are not a distribution; see
   * `teacherScores`).
   */
  readonly probabilities?: LabelProbabilities;
  /**
   * API only: the share of the first token's probability mass that fell on tokens that are not a
   * label (0..1), measured before renormalising. High values mean the model was unsure of the format.
   */
  readonly otherMass?: number;
  /** Teacher only: the raw scores the label was derived from. */
  readonly teacherScores?: TeacherScores;
  /** Identifier of the model that answered, e.g. the Fireworks model path or a Hub model id. */
  readonly model: string;
}

/** One input's outcome: a classification or the typed error that stopped it. Never both, never neither. */
export type Outcome<T = Classification> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly error: PiiguardError };

/** Per-call options every classifier accepts. */
export interface ClassifyCallOptions {
  /** Cancels the call: queued work is dropped, work in flight is aborted where the backend can. */
  readonly signal?: AbortSignal;
}

/**
 * The seam between the client and every backend (the hosted API, the teacher, the pocket model).
 *
 * A batch of texts in, exactly one outcome per text out, in the same order. Implementations must
 * not reject the returned promise for a per-text problem; they report it in that text's outcome.
 * The promise itself rejects only for problems that concern the whole call (e.g. the classifier is
 * closed), and then with a `PiiguardError`.
 */
export interface Classifier {
  /** Which kind of backend this is; the client reports it as the result's `source`. */
  readonly kind: ClassifierKind;
  /** The model identifier reported on each result. */
  readonly model: string;
  classify(texts: readonly string[], options?: ClassifyCallOptions): Promise<Outcome[]>;
  /** Frees native resources and settles pending calls. Idempotent. */
  close(): Promise<void>;
}
