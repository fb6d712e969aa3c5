import {
  AbortError,
  type Classifier,
  type ClassifyCallOptions,
  ClosedError,
  InvalidInputError,
  type Outcome,
} from '@piiguard/sdk';
import { type PocketModel, topLabel } from './model.js';
import type { ResolvedPocketOptions } from './options.js';

function abortError(signal: AbortSignal): AbortError {
  return new AbortError('The pocket classification was aborted by the caller', { cause: signal.reason });
}

const yieldToEventLoop = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * The pocket model behind the `Classifier` seam. Scoring is synchronous pure TypeScript; long
 * batches yield to the event loop every few ms so an `AbortSignal` (and the rest of the app) gets a turn.
 */
export class PocketClassifier implements Classifier {
  readonly kind = 'pocket' as const;
  readonly model: string;
  private closed = false;

  constructor(
    private readonly pocket: PocketModel,
    private readonly options: ResolvedPocketOptions,
  ) {
    this.model = pocket.id;
  }

  /** One text's outcome; never throws. */
  classifyOne(text: unknown): Outcome {
    if (typeof text !== 'string') {
      return {
        ok: false,
        error: new InvalidInputError(`Expected a string, got ${typeof text}`, 'not-a-string'),
      };
    }
    if (text.trim() === '') {
      return { ok: false, error: new InvalidInputError('The text is empty or only whitespace', 'empty') };
    }
    if (text.length > this.options.maxLength) {
      return {
        ok: false,
        error: new InvalidInputError(
          `The text has ${text.length} UTF-16 units; the limit is ${this.options.maxLength} (PocketOptions.maxLength)`,
          'too-long',
        ),
      };
    }
    const probabilities = this.pocket.predict(text);
    return { ok: true, value: { label: topLabel(probabilities), probabilities, model: this.model } };
  }

  async classify(texts: readonly string[], options: ClassifyCallOptions = {}): Promise<Outcome[]> {
    if (this.closed)
      throw new ClosedError('This pocket classifier was closed; load a new one with loadPocket()');
    if (!Array.isArray(texts))
      throw new InvalidInputError('classify() takes an array of strings', 'not-an-array');
    const { signal } = options;
    const outcomes: Outcome[] = [];
    let sliceStart = performance.now();
    for (const text of texts) {
      if (signal?.aborted) throw abortError(signal);
      outcomes.push(this.classifyOne(text));
      if (performance.now() - sliceStart > this.options.yieldEveryMs) {
        await yieldToEventLoop();
        if (this.closed) throw new ClosedError('The pocket classifier was closed during the call');
        sliceStart = performance.now();
      }
    }
    if (signal?.aborted) throw abortError(signal);
    return outcomes;
  }

  async close(): Promise<void> {
    this.closed = true;
  }
}
