import type { Classification, ClassifyOptions } from '../classifier.js';
import type { FallbackChain } from './chain.js';
import type { ShadowEvent } from './events.js';
import type { ResolvedFallbackOptions } from './resolve-options.js';

/** Shadow comparison counters. */
export interface ShadowStats {
  /** API answers picked by `sampleRate` for comparison. */
  readonly sampled: number;
  readonly compared: number;
  readonly agreed: number;
  readonly disagreed: number;
  /** Sampled answers dropped because the queue was full or the client closed. */
  readonly dropped: number;
  /** Comparisons the fallback could not answer. */
  readonly failed: number;
  /** Waiting now. */
  readonly queued: number;
}

interface Job {
  readonly text: string;
  readonly api: Classification;
  /** The call's `speaker` and `context`, which the fallback reads as the API could not. */
  readonly conversation: Pick<ClassifyOptions, 'speaker' | 'context'>;
}

/** A job with context is compared on its own: one chain call has one context for all its texts. */
const hasContext = (job: Job) => (job.conversation.context?.length ?? 0) > 0;

/**
 * Re-classifies a sample of the API's answers with the fallback, one batch at a time, on a later
 * macrotask: `offer` only pushes to a bounded queue, so the caller's result never waits for it.
 */
export class ShadowComparer {
  readonly #chain: FallbackChain;
  readonly #options: ResolvedFallbackOptions['shadow'];
  readonly #random: () => number;
  readonly #onResult: (event: ShadowEvent) => void;
  readonly #queue: Job[] = [];
  readonly #abort = new AbortController();
  #running: Promise<void> | undefined;
  #closed = false;
  #counts = { sampled: 0, compared: 0, agreed: 0, disagreed: 0, dropped: 0, failed: 0 };

  constructor(
    chain: FallbackChain,
    options: ResolvedFallbackOptions['shadow'],
    random: () => number,
    onResult: (event: ShadowEvent) => void,
  ) {
    this.#chain = chain;
    this.#options = options;
    this.#random = random;
    this.#onResult = onResult;
  }

  stats(): ShadowStats {
    return { ...this.#counts, queued: this.#queue.length };
  }

  /** Maybe queues a comparison for this API answer. Never throws, never waits. */
  offer(
    text: string,
    api: Classification,
    conversation: Pick<ClassifyOptions, 'speaker' | 'context'> = {},
  ): void {
    if (this.#closed || this.#random() >= this.#options.sampleRate) return;
    this.#counts.sampled += 1;
    if (this.#queue.length >= this.#options.maxQueue) {
      this.#counts.dropped += 1;
      return;
    }
    this.#queue.push({ text, api, conversation });
    if (!this.#running) this.#running = this.#pump();
  }

  /** Resolves when every queued comparison has finished (for tests and graceful shutdown). */
  async idle(): Promise<void> {
    while (this.#running) await this.#running;
  }

  async #pump(): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve, 0));
    try {
      while (this.#queue.length > 0 && !this.#closed) {
        let size = 1;
        if (!hasContext(this.#queue[0]!)) {
          while (
            size < this.#options.batchSize &&
            size < this.#queue.length &&
            !hasContext(this.#queue[size]!)
          )
            size++;
        }
        const batch = this.#queue.splice(0, size);
        const outcomes = await this.#chain.classify(
          batch.map((job) => job.text),
          { ...batch[0]!.conversation, signal: this.#abort.signal },
        );
        batch.forEach((job, i) => {
          const outcome = outcomes[i];
          if (this.#closed || !outcome?.ok) {
            this.#counts[this.#closed ? 'dropped' : 'failed'] += 1;
            return;
          }
          const agree = outcome.value.label === job.api.label;
          this.#counts.compared += 1;
          this.#counts[agree ? 'agreed' : 'disagreed'] += 1;
          this.#emit({
            apiLabel: job.api.label,
            fallbackLabel: outcome.value.label,
            agree,
            fallbackSource: outcome.value.source,
            apiModel: job.api.model,
            fallbackModel: outcome.value.model,
          });
        });
      }
    } finally {
      // In the same microtask as the queue's last check, so that an `offer` just after starts a
      // new pump instead of finding this one still marked as running and leaving its job queued.
      this.#running = undefined;
    }
  }

  #emit(event: ShadowEvent): void {
    try {
      this.#onResult(event);
    } catch {
      // A throwing listener must not stop the comparisons.
    }
  }

  /**
   * Drops what is queued and aborts the comparison in flight (both counted as dropped). Does not wait
   * for it: a backend that cannot abort settles it when the fallback itself is closed.
   */
  close(): void {
    if (this.#closed) return;
    this.#closed = true;
    this.#counts.dropped += this.#queue.length;
    this.#queue.length = 0;
    this.#abort.abort();
  }
}
