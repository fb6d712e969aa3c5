import { type BackendCallOptions, BaseClassifier, type BaseClassifierOptions } from '../base-classifier.js';
import type { Classification, ClassifierKind, ConversationTurn, Label, Outcome } from '../classifier.js';
import type { PiiguardError } from '../errors.js';

/** Options of `FakeClassifier`. */
export interface FakeClassifierOptions extends BaseClassifierOptions {
  /** Reported as the result source. @default 'api' */
  readonly kind?: ClassifierKind;
  /** Reported as the model. @default 'fake' */
  readonly model?: string;
  /**
   * The answer per text (after the shared input rules): a label, a full classification, or an
   * error to report for that text. `conversation` is the call's `speaker` and `context` after the
   * input rules (`context` is `[]` without one). @default () => 'none'
   */
  readonly respond?: (
    text: string,
    conversation: { readonly speaker?: string; readonly context: readonly ConversationTurn[] },
  ) => Label | Omit<Classification, 'model'> | PiiguardError;
  /** What `usesContext` reports: whether the client should treat its answers as depending on context. @default false */
  readonly usesContext?: boolean;
  /** Wait before answering each call, in ms (aborts end the wait). @default 0 */
  readonly delayMs?: number;
}

/**
 * A `Classifier` that answers from a function: for tests of code that takes any classifier.
 * Called like every other classifier (it is a `BaseClassifier`), so input rules, abort and
 * close behave as they do in production.
 */
export class FakeClassifier extends BaseClassifier {
  readonly kind: ClassifierKind;
  readonly model: string;
  /** Every backend call's texts, in call order (texts answered by the input rules are not sent). */
  readonly calls: string[][] = [];
  readonly #respond: NonNullable<FakeClassifierOptions['respond']>;
  readonly #delayMs: number;
  readonly #usesContext: boolean;

  constructor(options: FakeClassifierOptions = {}) {
    super({ maxTextLength: options.maxTextLength, maxContextLength: options.maxContextLength });
    this.kind = options.kind ?? 'api';
    this.model = options.model ?? 'fake';
    this.#respond = options.respond ?? (() => 'none');
    this.#delayMs = options.delayMs ?? 0;
    this.#usesContext = options.usesContext ?? false;
  }

  override get usesContext(): boolean {
    return this.#usesContext;
  }

  protected async classifyTexts(
    texts: readonly string[],
    { signal, speaker, context }: BackendCallOptions,
  ): Promise<Outcome<Classification>[]> {
    this.calls.push([...texts]);
    if (this.#delayMs > 0) await wait(this.#delayMs, signal);
    return texts.map((text): Outcome<Classification> => {
      const answer = this.#respond(text, { speaker, context });
      if (typeof answer === 'string') return { ok: true, value: { label: answer, model: this.model } };
      if (answer instanceof Error) return { ok: false, error: answer };
      return { ok: true, value: { ...answer, model: this.model } };
    });
  }

  protected async dispose(): Promise<void> {}
}

function wait(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    signal.addEventListener('abort', done, { once: true });
    function done() {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    }
  });
}
