import type { Classifier } from '../classifier.js';
import { ClosedError, FallbackUnavailableError, InferenceError, type PiiguardError } from '../errors.js';
import type { FallbackLoadedEvent, FallbackLoadFailedEvent } from './events.js';
import type { ClassifierSource } from './options.js';

export type FallbackMemberState = 'idle' | 'loading' | 'ready' | 'backing-off' | 'closed';

export interface LazyClassifierOptions {
  /** Wait after the first failed load, in ms; doubles per further failure up to `maxDelayMs`. */
  readonly initialDelayMs: number;
  readonly maxDelayMs: number;
  /** Clock in ms; injectable for tests. @default Date.now */
  readonly now?: () => number;
  readonly onLoaded?: (event: FallbackLoadedEvent) => void;
  readonly onLoadFailed?: (event: FallbackLoadFailedEvent) => void;
}

/** Has what the client uses of a `Classifier`: `classifyBatch`, `close` and `kind` (the result's source). */
export function isClassifier(value: unknown): value is Classifier {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as Classifier).classifyBatch === 'function' &&
    typeof (value as Classifier).close === 'function' &&
    typeof (value as Classifier).kind === 'string'
  );
}

/**
 * A classifier built on first need. Concurrent first calls share one load; a failed load is not
 * retried until a back-off has passed (calls in between get `FallbackUnavailableError` at once, so an
 * outage of the fallback does not turn into a load attempt per message).
 */
export class LazyClassifier {
  readonly #factory: () => Classifier | Promise<Classifier>;
  /** Only what a factory built is ours to close; a classifier the user passed stays theirs. */
  readonly #owned: boolean;
  readonly #options: LazyClassifierOptions;
  readonly #now: () => number;
  #loaded: Classifier | undefined;
  #pending: Promise<Classifier> | undefined;
  #failures = 0;
  #retryAt = 0;
  #lastError: PiiguardError | undefined;
  #closed = false;

  constructor(source: ClassifierSource, options: LazyClassifierOptions) {
    this.#owned = typeof source === 'function';
    this.#factory = typeof source === 'function' ? source : () => source;
    this.#options = options;
    this.#now = options.now ?? Date.now;
  }

  get state(): FallbackMemberState {
    this.#dropIfFailed();
    if (this.#closed) return 'closed';
    if (this.#loaded) return 'ready';
    if (this.#pending) return 'loading';
    return this.#failures > 0 ? 'backing-off' : 'idle';
  }

  /** The loaded classifier, if any (for stats such as queue depth). */
  get loaded(): Classifier | undefined {
    this.#dropIfFailed();
    return this.#loaded;
  }

  /** The loaded classifier; loads it first if needed. Rejects with `FallbackUnavailableError` or `ClosedError`. */
  load(): Promise<Classifier> {
    if (this.#closed) return Promise.reject(new ClosedError('The fallback classifier was closed.'));
    this.#dropIfFailed();
    if (this.#loaded) return Promise.resolve(this.#loaded);
    if (this.#pending) return this.#pending;
    const wait = this.#retryAt - this.#now();
    if (wait > 0) {
      return Promise.reject(
        new FallbackUnavailableError(
          `The fallback classifier failed to load; the next attempt is in ${Math.ceil(wait)} ms.`,
          { cause: this.#lastError },
        ),
      );
    }
    this.#pending = this.#start().finally(() => {
      this.#pending = undefined;
    });
    return this.#pending;
  }

  async #start(): Promise<Classifier> {
    let classifier: Classifier;
    const started = this.#now();
    try {
      const built: unknown = await this.#factory();
      if (!isClassifier(built)) throw new TypeError('the factory did not return a Classifier');
      if (built.failed) throw new TypeError('the factory returned a classifier that has stopped working');
      classifier = built;
    } catch (cause) {
      throw this.#failed(`The fallback classifier failed to load`, cause);
    }
    if (this.#closed) {
      if (this.#owned) await classifier.close().catch(() => undefined);
      throw new ClosedError('The fallback classifier was closed while it was loading.');
    }
    this.#loaded = classifier;
    this.#failures = 0;
    const device = (classifier as { device?: unknown }).device;
    this.#options.onLoaded?.({
      kind: classifier.kind,
      model: classifier.model,
      ...(typeof device === 'string' ? { device } : {}),
      loadMs: this.#now() - started,
    });
    return classifier;
  }

  /**
   * A loaded classifier that stopped working (its worker or session died: `failed`) is dropped —
   * closed if piiguard built it — and counts as a failed load, so a new one is built after the
   * back-off instead of every later text silently going to the next fallback.
   */
  #dropIfFailed(): void {
    const loaded = this.#loaded;
    if (!loaded?.failed) return;
    this.#loaded = undefined;
    if (this.#owned) void loaded.close().catch(() => undefined);
    this.#failed(
      'The fallback classifier stopped working',
      new InferenceError(`The ${loaded.kind} classifier failed.`),
    );
  }

  /** Records a failed load (or a dead classifier) and starts the back-off. */
  #failed(what: string, cause: unknown): FallbackUnavailableError {
    this.#failures += 1;
    const retryInMs = Math.min(
      this.#options.initialDelayMs * 2 ** (this.#failures - 1),
      this.#options.maxDelayMs,
    );
    this.#retryAt = this.#now() + retryInMs;
    const error = new FallbackUnavailableError(
      `${what} (attempt ${this.#failures}); retrying after ${retryInMs} ms.`,
      { cause },
    );
    this.#lastError = error;
    this.#options.onLoadFailed?.({ error, failures: this.#failures, retryInMs });
    return error;
  }

  /** Closes what a factory built (waiting for a load in progress). Idempotent. */
  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    await this.#pending?.catch(() => undefined);
    const loaded = this.#loaded;
    this.#loaded = undefined;
    if (loaded && this.#owned) await loaded.close();
  }
}
