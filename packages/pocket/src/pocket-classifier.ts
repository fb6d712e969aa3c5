import { type BackendCallOptions, BaseClassifier, type Classification, type Outcome } from '@piiguard/sdk';
import { type PocketModel, topLabel } from './model.js';
import type { ResolvedPocketOptions } from './options.js';

const yieldToEventLoop = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * The pocket model as a classifier (kind `pocket`). Scoring is synchronous pure TypeScript, so a
 * long batch yields to the event loop every `yieldEveryMs`: the caller's `AbortSignal`, `close()`
 * and the rest of the app get a turn, and the batch stops there once either fired. Create it with
 * `loadPocket()`.
 */
export class PocketClassifier extends BaseClassifier {
  readonly kind = 'pocket' as const;
  /** `piiguard/pocket-v1+<8 hex of the sha-256 of the weights and decision rule>`: says exactly which weights answered. */
  readonly model: string;
  readonly #pocket: PocketModel;
  readonly #yieldEveryMs: number;

  /** @internal Use `loadPocket()`, which checks the weights and options. */
  constructor(pocket: PocketModel, options: ResolvedPocketOptions) {
    super({ maxTextLength: options.maxTextLength });
    this.#pocket = pocket;
    this.#yieldEveryMs = options.yieldEveryMs;
    this.model = pocket.id;
  }

  protected async classifyTexts(
    texts: readonly string[],
    { signal }: BackendCallOptions,
  ): Promise<Outcome<Classification>[]> {
    const outcomes: Outcome<Classification>[] = [];
    let sliceStart = performance.now();
    for (const text of texts) {
      // The base has already settled every text of a stopped call; what is left is not wanted.
      if (signal.aborted) return outcomes;
      const probabilities = this.#pocket.predict(text);
      outcomes.push({
        ok: true,
        value: { label: topLabel(probabilities), probabilities, model: this.model },
      });
      if (performance.now() - sliceStart > this.#yieldEveryMs) {
        await yieldToEventLoop();
        sliceStart = performance.now();
      }
    }
    return outcomes;
  }

  /** Nothing native to free: the weights are plain arrays, shared with other pocket classifiers. */
  protected async dispose(): Promise<void> {}
}
