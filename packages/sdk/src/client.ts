import pLimit from 'p-limit';
import { type CachedResult, ResultCache } from './cache.js';
import type {
  ClassifierCalls,
  ClassifyBatchOptions,
  ClassifyOptions,
  ClassifyResult,
  Outcome,
} from './classifier.js';
import { ClosedError, InvalidInputError, PiiguardError, toPiiguardError } from './errors.js';
import type { PiiClientEvents } from './events.js';
import { FallbackRouter } from './fallback/router.js';
import type { ClientStats } from './fallback/stats.js';
import { FireworksClassifier } from './fireworks/fireworks-classifier.js';
import { emptyInputResult, normalizeConversation, normalizeInput } from './input.js';
import { callerAbortError } from './internal/abort.js';
import { now } from './internal/clock.js';
import { Emitter, type Listener } from './internal/events.js';
import { SingleFlight } from './internal/single-flight.js';
import { checkCallTimeouts, integerOption } from './internal/validate.js';
import { type PiiClientOptions, type ResolvedClientOptions, resolveClientOptions } from './options.js';

/** A backend answer before the client adds its latency. */
type RoutedResult = CachedResult;

/**
 * Classifies chat messages as `none`, `asking` or `giving` personal information.
 * Flow per text: validate and normalise → cache (and share identical calls in flight) → backend.
 */
export class PiiClient implements ClassifierCalls {
  /** The model the API is asked for. */
  readonly model: string;
  readonly #options: ResolvedClientOptions;
  readonly #events = new Emitter<PiiClientEvents>();
  /** Absent in `fallback-only` mode, which never calls the API. */
  readonly #primary: FireworksClassifier | undefined;
  /** Decides per cache miss who answers: the API, the fallback chain, or both (see `docs/fallback.md`). */
  readonly #router: FallbackRouter;
  readonly #cache: ResultCache | undefined;
  readonly #flights = new SingleFlight<RoutedResult>();
  /**
   * Whether cache keys (and shared in-flight calls) include the call's context: whenever a
   * classifier that may read it can answer. A factory's classifier is unknown until built, so it
   * counts as one that reads context.
   */
  readonly #contextKeyed: boolean;
  #closed = false;

  /**
   * Resolves the options once. Throws `AuthenticationError` when there is no API key and
   * `ConfigurationError` (naming the option) for impossible values.
   */
  constructor(options: PiiClientOptions = {}) {
    this.#options = resolveClientOptions(options);
    this.model = this.#options.model;
    this.#primary =
      this.#options.fallback.mode === 'fallback-only'
        ? undefined
        : new FireworksClassifier({
            ...this.#options,
            onRetry: (event) => this.#events.emit('retry', event),
          });
    this.#router = new FallbackRouter({
      primary: this.#primary,
      options: this.#options.fallback,
      emit: (name, payload) => this.#events.emit(name, payload as PiiClientEvents[typeof name]),
    });
    this.#cache = this.#options.cache
      ? new ResultCache(this.#options.cache, this.#options.model, this.#options.promptVersion)
      : undefined;
    const { mode, chain } = this.#options.fallback;
    const answerers = [...(this.#primary ? [this.#primary] : []), ...(mode === 'off' ? [] : chain)];
    this.#contextKeyed = answerers.some(
      (source) => typeof source === 'function' || source.usesContext !== false,
    );
  }

  /** Subscribes to an event; returns the unsubscribe function. Listener exceptions are ignored. */
  on<K extends keyof PiiClientEvents>(event: K, listener: Listener<PiiClientEvents[K]>): () => void {
    return this.#events.on(event, listener);
  }

  /**
   * A snapshot of the counters since construction: results by source, errors by kind, API failures,
   * fallbacks by reason, circuit state, the fallbacks' load state and queue depth, hedge and shadow
   * counts, the cache (entries; the shared store's hits, misses and failures) and the API's latest
   * rate-limit headers.
   */
  stats(): ClientStats {
    const stats = this.#router.stats();
    const rateLimit = this.#primary?.rateLimit;
    return {
      ...stats,
      ...(this.#cache ? { cache: this.#cache.stats() } : {}),
      ...(rateLimit ? { rateLimit } : {}),
    };
  }

  /**
   * Classifies one text. Rejects with a `PiiguardError` subclass: `InvalidInputError` for bad
   * input, `AbortError` when `signal` aborts, API errors once retries are spent.
   */
  async classify(text: string, options: ClassifyOptions = {}): Promise<ClassifyResult> {
    // Counted per caller (a shared in-flight request or a cache hit counts for each), for `stats()`.
    const counters = this.#router.counters;
    try {
      const result = await this.#classify(text, options);
      counters.source(result.source);
      return result;
    } catch (error) {
      counters.error(toPiiguardError(error).kind);
      throw error;
    }
  }

  async #classify(text: string, options: ClassifyOptions): Promise<ClassifyResult> {
    const started = now();
    if (this.#closed) throw closedError();
    checkCallTimeouts(options);
    // Before the input rules, as in `classifyBatch` and every backend: an aborted call answers nothing.
    if (options.signal?.aborted) throw callerAbortError(options.signal.reason);
    const normalized = normalizeInput(text, this.#options.maxTextLength);
    const conversation = normalizeConversation(options, this.#options.maxContextLength);
    if (normalized === '') return emptyInputResult(now() - started);
    const cache = this.#cache;
    const call: ClassifyOptions = conversation.context.length > 0 ? { ...options, ...conversation } : options;
    // Object.assign rather than `{ ...x, latencyMs }`: V8 11 (Node 20) takes a slow path for a
    // spread followed by more properties, ~1 µs per result (see README, Benchmarks).
    if (!cache) return Object.assign({}, await this.#route(normalized, call), { latencyMs: now() - started });
    const key = cache.key(normalized, this.#contextKeyed ? conversation : undefined);
    const hit = cache.get(key);
    if (hit) return Object.assign({}, hit, { latencyMs: now() - started });
    const result = await this.#flights.run(
      key,
      async (signal) => {
        // Inside the shared flight, so identical concurrent misses make one store lookup too.
        const stored = await cache.shared?.get(key);
        if (stored) {
          cache.set(key, stored);
          return stored;
        }
        const routed = await this.#route(normalized, { ...call, signal });
        // Fallback answers are cached only when asked, so the API's answer replaces them once it is back.
        if (this.#router.cacheable(routed)) {
          cache.set(key, routed);
          cache.shared?.set(key, routed);
        }
        return routed;
      },
      options.signal,
    );
    return Object.assign({}, result, { latencyMs: now() - started });
  }

  /**
   * Classifies many texts with bounded concurrency. Resolves with exactly one outcome per input,
   * in input order; one failure never affects the others. When `signal` aborts, texts in flight
   * and still queued settle with `AbortError` outcomes.
   */
  async classifyBatch(
    texts: readonly string[],
    options: ClassifyBatchOptions = {},
  ): Promise<Outcome<ClassifyResult>[]> {
    if (this.#closed) throw closedError();
    if (!Array.isArray(texts)) {
      throw new InvalidInputError('classifyBatch expects an array of strings.', 'not-an-array');
    }
    checkCallTimeouts(options);
    const concurrency = integerOption(options.concurrency, 'concurrency', this.#options.concurrency, 1);
    // Checked once, before any text: a bad context is a problem of the whole call, as for every classifier.
    const { speaker, context } = normalizeConversation(options, this.#options.maxContextLength);
    const limit = pLimit(concurrency);
    const call: ClassifyOptions = {
      signal: options.signal,
      timeoutMs: options.timeoutMs,
      deadlineMs: options.deadlineMs,
      // Only a real conversation is passed on, so that plain batches keep the per-text fast path.
      ...(context.length > 0 ? { speaker, context } : {}),
    };
    return Promise.all(Array.from(texts, (text) => limit(() => this.#settle(text, call))));
  }

  /**
   * Stops requests in flight (they fail with `ClosedError`), empties the cache and closes the
   * fallback classifiers piiguard built from factories; a `Classifier` instance you passed stays
   * yours to close. Idempotent.
   */
  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    this.#cache?.clear();
    this.#cache?.shared?.close();
    await this.#router.close();
    await this.#primary?.close();
  }

  async #settle(text: string, call: ClassifyOptions): Promise<Outcome<ClassifyResult>> {
    if (call.signal?.aborted) {
      // Queued texts settle here without reaching `classify`, so they are counted here.
      this.#router.counters.error('abort');
      return { ok: false, error: callerAbortError(call.signal.reason) };
    }
    try {
      return { ok: true, value: await this.classify(text, call) };
    } catch (error) {
      return { ok: false, error: toPiiguardError(error) };
    }
  }

  /**
   * Routes one cache miss: the fallback router picks the API, the fallback chain or both by mode
   * (`off` sends everything to the API) and says who answered and why.
   */
  async #route(text: string, call: ClassifyOptions): Promise<RoutedResult> {
    const [outcome] = await this.#router.classify([text], call);
    if (!outcome) throw new PiiguardError('The router returned no outcome.');
    if (!outcome.ok) throw outcome.error;
    return outcome.value;
  }
}

function closedError(): ClosedError {
  return new ClosedError('The client is closed; create a new PiiClient.');
}
