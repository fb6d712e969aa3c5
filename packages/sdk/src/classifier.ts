import type { PiiguardError } from './errors.js';
import type { FallbackReason } from './fallback/policy.js';

/** The three labels, in the order used everywhere a fixed order is needed. */
export const LABELS = ['none', 'asking', 'giving'] as const;

/**
 * - `none`: no request for, or disclosure of, personal information.
 * - `asking`: tries to obtain someone's PII, or to move them off-platform or to a real place.
 * - `giving`: shares (or threatens to share) PII, or directs someone to an external platform or place.
 *
 * The full policy, with its edge rules, is in `docs/labels.md`.
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
  /** `privacy_asking_for_pii`. */
  readonly asking: number;
  /** `privacy_giving_pii`. */
  readonly giving: number;
  /** `directing_users_off_platform`: present for models that have this head (the teacher v2). */
  readonly offPlatform?: number;
}

/** Which kind of backend produced a classification. */
export type ClassifierKind = 'api' | 'teacher' | 'pocket';

/**
 * Where a result came from: a backend (`api`, `teacher`, `pocket`), the client's cache, or the
 * input itself (`input`: empty or whitespace-only text is `none` without calling any model).
 */
export type ResultSource = ClassifierKind | 'cache' | 'input';

/** What a backend says about one text, before provenance and latency are added. */
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

/**
 * What every `classify` returns — the client's, the teacher's, the pocket model's, any backend's.
 * A backend's own results have `source` = its `kind` (or `input`); the client adds `cache`,
 * `cachedSource`, `fallbackReason` and `hedged`.
 */
export interface ClassifyResult extends Classification {
  readonly source: ResultSource;
  /** For `source: 'cache'`: the backend that produced the cached answer. */
  readonly cachedSource?: ClassifierKind;
  /** Why a fallback answered instead of the API (see `docs/fallback.md`); absent when the API answered. */
  readonly fallbackReason?: FallbackReason;
  /** `hedge` mode: true when the fallback was started for this text, whichever answer won. */
  readonly hedged?: boolean;
  /**
   * Wall time in ms from the start of the call to this result: validation, cache, requests,
   * retries, queueing. In a batch, every result of one backend call shares that call's time.
   */
  readonly latencyMs: number;
}

/** One input's outcome: a result or the typed error that stopped it. Never both, never neither. */
export type Outcome<T = ClassifyResult> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly error: PiiguardError };

/**
 * One earlier message of the conversation a text belongs to (see `ClassifyOptions.context`).
 */
export interface ConversationTurn {
  /**
   * Who wrote it: any stable identifier of the author (a user id, a name). Speakers are only
   * compared with each other and with the call's `speaker`; no backend sends them to a model.
   */
  readonly speaker: string;
  /** What they wrote; the same input rules apply as to the classified text. */
  readonly text: string;
}

/**
 * Per-call options; every classifier accepts them and they mean the same everywhere. Backends
 * that do no network I/O (the in-process teacher, the pocket model) have nothing to time out per
 * attempt and ignore `timeoutMs`/`deadlineMs`: bound them with `signal: AbortSignal.timeout(ms)`.
 */
export interface ClassifyOptions {
  /**
   * Cancels the call: queued work is dropped, work in flight is aborted where the backend can, and
   * the text (in a batch: every text not answered yet) settles with `AbortError`.
   */
  readonly signal?: AbortSignal;
  /** Per-attempt timeout for this call, in ms. @default the classifier's `timeoutMs` */
  readonly timeoutMs?: number;
  /** Overall deadline for this call (all attempts and back-off waits), in ms. @default the classifier's `deadlineMs` */
  readonly deadlineMs?: number;
  /**
   * Who wrote the text being classified, compared with the `speaker` of each `context` turn (so
   * the backend knows which earlier turns are the author's own). Only meaningful with `context`.
   * @default a speaker who wrote none of the context turns
   */
  readonly speaker?: string;
  /**
   * The conversation before the text, oldest turn first. Backends that read context (the teacher
   * v2: `usesContext` true) classify the text as the next message of this conversation, so PII
   * split over several messages becomes visible; the others classify the text alone. Each turn's
   * text goes through the same input rules as the classified text; turns left empty are dropped.
   * The turns' speakers and texts together may be at most `maxContextLength` UTF-16 code units
   * (`InvalidInputError`, reason `context-too-long`). In `classifyBatch`, every text of the call is
   * classified as written by `speaker` after this context.
   * @default [] (the text is classified alone)
   */
  readonly context?: readonly ConversationTurn[];
}

/** Per-call options of `classifyBatch`. */
export interface ClassifyBatchOptions extends ClassifyOptions {
  /**
   * Texts in flight at once, for classifiers that send one request per text (the client, the
   * hosted API). Local models batch internally and ignore it. @default the classifier's `concurrency`
   */
  readonly concurrency?: number;
}

/**
 * How every classifier is called. `classify(text)` resolves to one result or rejects with a
 * typed `PiiguardError`; `classifyBatch(texts)` resolves to exactly one outcome per input, in input
 * order, and rejects only for a problem of the whole call (not an array, closed, impossible options).
 */
export interface ClassifierCalls {
  classify(text: string, options?: ClassifyOptions): Promise<ClassifyResult>;
  classifyBatch(texts: readonly string[], options?: ClassifyBatchOptions): Promise<Outcome[]>;
  /** Frees native resources and settles pending calls with `ClosedError`. Idempotent. */
  close(): Promise<void>;
}

/**
 * The seam between the client and every backend (the hosted API, the teacher, the pocket model,
 * yours): the client routes over `classifyBatch`. Implement one by extending `BaseClassifier`,
 * which applies the shared input rules and derives `classify` from the batch method.
 */
export interface Classifier extends ClassifierCalls {
  /** Which kind of backend this is; reported as the result's `source`. */
  readonly kind: ClassifierKind;
  /** The model identifier reported on each result. */
  readonly model: string;
  /**
   * True once the classifier can no longer answer (its worker thread or native session died).
   * The client then drops it and, for a factory, builds a new one after the load back-off.
   * Absent means "never fails this way". @default false
   */
  readonly failed?: boolean;
  /**
   * Whether this classifier reads the per-call `speaker` and `context`. `false`: it classifies
   * each text alone and ignores them (the hosted student was trained on single messages; the
   * pocket model reads one text). Absent means unknown, which the client treats like `true`
   * (its cache keys then include the context). `BaseClassifier` says `false` unless a backend
   * overrides it; the teacher says `true` for models that read conversations (v2).
   */
  readonly usesContext?: boolean;
}
