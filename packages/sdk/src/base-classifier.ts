import type {
  Classification,
  Classifier,
  ClassifierKind,
  ClassifyBatchOptions,
  ClassifyOptions,
  ClassifyResult,
  ConversationTurn,
  Outcome,
} from './classifier.js';
import {
  ClosedError,
  InferenceError,
  InvalidInputError,
  isPiiguardError,
  type PiiguardError,
} from './errors.js';
import {
  DEFAULT_MAX_CONTEXT_LENGTH,
  DEFAULT_MAX_TEXT_LENGTH,
  emptyInputResult,
  normalizeConversation,
  normalizeInput,
} from './input.js';
import { callerAbortError } from './internal/abort.js';
import { now } from './internal/clock.js';
import { checkCallTimeouts, integerOption } from './internal/validate.js';

/** What a backend's `classifyTexts` receives besides the texts. */
export interface BackendCallOptions extends ClassifyBatchOptions {
  /**
   * Fires when the caller aborts or the classifier is closed. The backend should stop its work
   * then; the texts are already settled (`AbortError` / `ClosedError`) and its late answer is dropped.
   */
  readonly signal: AbortSignal;
  /** The call's `speaker` after the input rules (invisible characters removed). */
  readonly speaker?: string;
  /**
   * The call's `context` after the input rules: texts and speakers normalised, turns left empty
   * dropped, within `maxContextLength`. `[]` when the call has none. A backend that reads it says
   * so with `usesContext`.
   */
  readonly context: readonly ConversationTurn[];
}

/** Options every `BaseClassifier` takes. */
export interface BaseClassifierOptions {
  /**
   * Longest accepted text, in UTF-16 code units, measured before normalisation. Longer texts get
   * `InvalidInputError` (reason `too-long`); they are never truncated. @default 20_000
   */
  readonly maxTextLength?: number;
  /**
   * Most UTF-16 code units a call's `context` may hold, its turns' speakers and texts together,
   * measured before normalisation. Past it the call fails with `InvalidInputError` (reason
   * `context-too-long`); context is never truncated here (a backend may read only its newest part,
   * as the teacher v2 does past 512 tokens). @default 20_000
   */
  readonly maxContextLength?: number;
}

/**
 * The one implementation of the calling convention. A backend implements `classifyTexts` (the
 * batch seam) and `dispose`; this class applies the shared input rules (`docs/input.md`: empty text
 * is `none` from the input rule, invisible characters removed, too-long refused), links the
 * caller's signal with `close()`, builds the abort and closed errors, stamps `source` and
 * `latencyMs`, and derives `classify(text)` from `classifyBatch([text])`.
 */
export abstract class BaseClassifier implements Classifier {
  abstract readonly kind: ClassifierKind;
  abstract readonly model: string;
  /** The longest text this classifier accepts, in UTF-16 code units. */
  readonly maxTextLength: number;
  /** The most UTF-16 code units a call's context may hold (speakers and texts together). */
  readonly maxContextLength: number;
  readonly #closing = new AbortController();
  #disposed: Promise<void> | undefined;
  #failure: PiiguardError | undefined;
  /** Settle-now callbacks of the calls in flight, for close(). */
  readonly #halts = new Set<() => void>();

  /** Throws `ConfigurationError` (option `maxTextLength` or `maxContextLength`) for a value that is not an integer >= 1. */
  constructor(options: BaseClassifierOptions = {}) {
    this.maxTextLength = integerOption(options.maxTextLength, 'maxTextLength', DEFAULT_MAX_TEXT_LENGTH, 1);
    this.maxContextLength = integerOption(
      options.maxContextLength,
      'maxContextLength',
      DEFAULT_MAX_CONTEXT_LENGTH,
      1,
    );
  }

  /**
   * Whether `classifyTexts` reads the call's `speaker` and `context` (see `Classifier.usesContext`).
   * A backend that does overrides this getter. @default false
   */
  get usesContext(): boolean {
    return false;
  }

  /**
   * Scores texts that passed the input rules (normalised, non-empty): exactly one outcome per text,
   * in order. A rejection gives every text that error (non-piiguard errors become `InferenceError`).
   */
  protected abstract classifyTexts(
    texts: readonly string[],
    options: BackendCallOptions,
  ): Promise<readonly Outcome<Classification>[]>;

  /** Frees the backend's resources; called once, after pending calls were settled with `ClosedError`. */
  protected abstract dispose(): Promise<void>;

  /** True once `close()` was called. */
  get closed(): boolean {
    return this.#closing.signal.aborted;
  }

  /** True once the backend called `markFailed`: every later call gets that error. */
  get failed(): boolean {
    return this.#failure !== undefined;
  }

  /**
   * For a backend whose native resource died (a worker exited, a session crashed): later calls
   * get `error` at once, and the client drops this classifier (see `Classifier.failed`).
   */
  protected markFailed(error: PiiguardError): void {
    this.#failure ??= error;
  }

  async classify(text: string, options?: ClassifyOptions): Promise<ClassifyResult> {
    const [outcome] = await this.classifyBatch([text], options);
    if (!outcome) throw new InferenceError(`The ${this.kind} classifier returned no outcome.`);
    if (!outcome.ok) throw outcome.error;
    return outcome.value;
  }

  async classifyBatch(texts: readonly string[], options: ClassifyBatchOptions = {}): Promise<Outcome[]> {
    const started = now();
    if (this.closed) throw this.#closedError();
    if (!Array.isArray(texts)) {
      throw new InvalidInputError('classifyBatch expects an array of strings.', 'not-an-array');
    }
    checkCallTimeouts(options);
    if (options.concurrency !== undefined) integerOption(options.concurrency, 'concurrency', 1, 1);
    // One context for the whole call: a bad one is a problem of the call, not of one text.
    const conversation = normalizeConversation(options, this.maxContextLength);
    // Aborted before the call: no text has been answered, so each settles with AbortError, as the
    // client's do (whatever the input rules would have said about it).
    if (options.signal?.aborted) {
      const error = callerAbortError(options.signal.reason);
      return Array.from(texts, (): Outcome => ({ ok: false, error }));
    }

    const outcomes: Outcome[] = new Array(texts.length);
    const work: string[] = [];
    const positions: number[] = [];
    // A plain loop, not map: a sparse array's holes get an outcome (not-a-string) too.
    for (let i = 0; i < texts.length; i++) {
      try {
        const text = normalizeInput(texts[i], this.maxTextLength);
        if (text === '') outcomes[i] = { ok: true, value: emptyInputResult(now() - started) };
        else {
          work.push(text);
          positions.push(i);
        }
      } catch (error) {
        outcomes[i] = { ok: false, error: this.#wrap(error) };
      }
    }
    if (work.length === 0) return outcomes;

    const answers = await this.#run(work, { ...options, ...conversation });
    const latencyMs = now() - started;
    answers.forEach((answer, k) => {
      outcomes[positions[k]!] = answer.ok
        ? { ok: true, value: Object.assign({}, answer.value, { source: this.kind, latencyMs }) }
        : answer;
    });
    return outcomes;
  }

  /** Settles pending calls with `ClosedError`, then frees the backend. Idempotent. */
  close(): Promise<void> {
    if (!this.#disposed) {
      this.#closing.abort();
      for (const halt of this.#halts) halt();
      this.#disposed = this.dispose();
    }
    return this.#disposed;
  }

  /** Runs the backend; settles early, for every text, when the caller aborts or `close()` is called. */
  async #run(
    texts: readonly string[],
    options: ClassifyBatchOptions & Pick<BackendCallOptions, 'context'>,
  ): Promise<Outcome<Classification>[]> {
    const caller = options.signal;
    const stopped = (): PiiguardError | undefined =>
      this.closed ? this.#closedError() : caller?.aborted ? callerAbortError(caller.reason) : undefined;
    const early = stopped() ?? this.#failure;
    if (early) return texts.map(() => ({ ok: false, error: early }));

    // The backend's own signal for this call, aborted by the caller's signal or by close(). Not
    // AbortSignal.any: on Node 20 a signal derived from a long-lived one (the close signal, a
    // caller's shutdown signal) stays reachable from it, so memory grows with every call.
    const link = new AbortController();
    const { signal } = link;
    let settle: (value: undefined) => void = () => {};
    const halted = new Promise<undefined>((resolve) => {
      settle = resolve;
    });
    const halt = () => {
      link.abort();
      settle(undefined);
    };
    // close() settles calls through this set rather than one listener per call on its signal.
    this.#halts.add(halt);
    caller?.addEventListener('abort', halt, { once: true });
    try {
      const work = this.classifyTexts(texts, { ...options, signal });
      // The backend's late rejection after a stop is expected and dropped.
      work.catch(() => undefined);
      const answers = await Promise.race([work, halted]).catch((error: unknown) => this.#wrap(error));
      const stop = stopped();
      if (stop && !Array.isArray(answers)) return texts.map(() => ({ ok: false, error: stop }));
      if (answers === undefined || !Array.isArray(answers)) {
        const error = (answers as PiiguardError | undefined) ?? this.#closedError();
        return texts.map(() => ({ ok: false, error }));
      }
      const list = answers as readonly Outcome<Classification>[];
      return texts.map(
        (_, k): Outcome<Classification> =>
          list[k] ?? {
            ok: false,
            error: new InferenceError(`The ${this.kind} classifier returned too few outcomes.`),
          },
      );
    } finally {
      caller?.removeEventListener('abort', halt);
      this.#halts.delete(halt);
    }
  }

  #wrap(error: unknown): PiiguardError {
    if (isPiiguardError(error)) return error;
    return new InferenceError(`The ${this.kind} classifier failed unexpectedly.`, { cause: error });
  }

  #closedError(): ClosedError {
    return new ClosedError(`The ${this.kind} classifier is closed; create a new one.`);
  }
}
