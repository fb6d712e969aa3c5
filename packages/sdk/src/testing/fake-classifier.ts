import type {
  Classification,
  Classifier,
  ClassifierKind,
  ClassifyCallOptions,
  Label,
  Outcome,
} from '../classifier.js';
import { AbortError, ClosedError, type PiiguardError } from '../errors.js';

/** Options of `FakeClassifier`. */
export interface FakeClassifierOptions {
  /** Reported as the result source. @default 'api' */
  readonly kind?: ClassifierKind;
  /** Reported as the model. @default 'fake' */
  readonly model?: string;
  /**
   * The answer per text: a label, a full classification, or an error to report for that text.
   * @default () => 'none'
   */
  readonly respond?: (text: string) => Label | Classification | PiiguardError;
  /** Wait before answering each call, in ms (aborts end the wait). @default 0 */
  readonly delayMs?: number;
}

/** A `Classifier` that answers from a function: for tests of code that takes any classifier. */
export class FakeClassifier implements Classifier {
  readonly kind: ClassifierKind;
  readonly model: string;
  /** Every call's texts, in call order. */
  readonly calls: string[][] = [];
  readonly #respond: (text: string) => Label | Classification | PiiguardError;
  readonly #delayMs: number;
  #closed = false;

  constructor(options: FakeClassifierOptions = {}) {
    this.kind = options.kind ?? 'api';
    this.model = options.model ?? 'fake';
    this.#respond = options.respond ?? (() => 'none');
    this.#delayMs = options.delayMs ?? 0;
  }

  get closed(): boolean {
    return this.#closed;
  }

  async classify(texts: readonly string[], options: ClassifyCallOptions = {}): Promise<Outcome[]> {
    if (this.#closed) throw new ClosedError('The fake classifier is closed.');
    this.calls.push([...texts]);
    const { signal } = options;
    if (this.#delayMs > 0) await wait(this.#delayMs, signal);
    return texts.map((text): Outcome => {
      if (signal?.aborted) return { ok: false, error: new AbortError('Aborted.', { cause: signal.reason }) };
      const answer = this.#respond(text);
      if (typeof answer === 'string') return { ok: true, value: { label: answer, model: this.model } };
      if (answer instanceof Error) return { ok: false, error: answer };
      return { ok: true, value: answer };
    });
  }

  async close(): Promise<void> {
    this.#closed = true;
  }
}

function wait(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    signal?.addEventListener('abort', done, { once: true });
    function done() {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    }
  });
}
