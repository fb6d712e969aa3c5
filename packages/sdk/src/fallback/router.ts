import type { Classifier, ClassifyBatchOptions, Outcome } from '../classifier.js';
import { ConfigurationError, PiiguardError, toPiiguardError } from '../errors.js';
import { callerAbortError } from '../internal/abort.js';
import { FallbackChain, type SourcedClassification } from './chain.js';
import { ApiCircuit } from './circuit.js';
import type { FallbackEmit, FallbackLoadedEvent, FallbackLoadFailedEvent } from './events.js';
import { hedge } from './hedge.js';
import { LazyClassifier } from './lazy-classifier.js';
import { ALERT_REASONS, type FallbackReason, fallbackReasonFor } from './policy.js';
import type { ResolvedFallbackOptions } from './resolve-options.js';
import { ShadowComparer, type ShadowStats } from './shadow.js';
import { type ClientStats, Counters } from './stats.js';

/** A classification with its provenance. */
export type RoutedClassification = SourcedClassification & {
  /** Why the fallback answered instead of the API; absent when the API answered. */
  readonly fallbackReason?: FallbackReason;
  /** `hedge` mode: true when the fallback was started for this text, whoever won. */
  readonly hedged?: boolean;
};

export interface FallbackRouterDeps {
  /** The API classifier; may be absent only in `fallback-only` mode. */
  readonly primary?: Classifier | undefined;
  readonly options: ResolvedFallbackOptions;
  readonly emit?: FallbackEmit;
  /** Shadow sampling; injectable for tests. @default Math.random */
  readonly random?: () => number;
  /** Clock for the teacher's load back-off, in ms. @default Date.now */
  readonly now?: () => number;
}

const NO_SHADOW: ShadowStats = Object.freeze({
  sampled: 0,
  compared: 0,
  agreed: 0,
  disagreed: 0,
  dropped: 0,
  failed: 0,
  queued: 0,
});

/** Marks "the circuit refused the call" inside a hedge; never returned to callers. */
const REFUSED = new PiiguardError('The API circuit is open.');

/**
 * What the fallbacks get of a call: its conversation (a local model may read it) and `signal`. The
 * API's per-attempt timeouts mean nothing to an in-process model.
 */
function fallbackCall(call: ClassifyBatchOptions, signal: AbortSignal | undefined): ClassifyBatchOptions {
  const { speaker, context } = call;
  return {
    ...(signal ? { signal } : {}),
    ...(speaker === undefined ? {} : { speaker }),
    ...(context === undefined ? {} : { context }),
  };
}

/** Resolves with the promise, or with an AbortError as soon as `signal` fires (the promise keeps running). */
function untilAborted<T>(promise: Promise<Outcome<T>>, signal: AbortSignal | undefined): Promise<Outcome<T>> {
  if (!signal) return promise;
  return new Promise((resolve) => {
    const onAbort = () => resolve({ ok: false, error: callerAbortError() });
    if (signal.aborted) return onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
    void promise.then((outcome) => {
      signal.removeEventListener('abort', onAbort);
      resolve(outcome);
    });
  });
}

/**
 * Composes mode, circuit breaker and fallback chain into one call: texts in, one outcome per text out,
 * in order, each saying which source answered and why. Never rejects.
 */
export class FallbackRouter {
  readonly #primary: Classifier | undefined;
  readonly #options: ResolvedFallbackOptions;
  readonly #emit: FallbackEmit;
  readonly #warn: (message: string) => void;
  readonly #chain: FallbackChain;
  readonly #circuit: ApiCircuit | undefined;
  readonly #shadow: ShadowComparer | undefined;
  readonly #warned = new Set<FallbackReason>();
  /** Shared with the client, which counts what it returns (`bySource`, `errorsByKind`). */
  readonly counters = new Counters();

  constructor(deps: FallbackRouterDeps) {
    const { options } = deps;
    if (!deps.primary && options.mode !== 'fallback-only') {
      throw new ConfigurationError(
        `Fallback mode '${options.mode}' needs the API classifier.`,
        'fallback.mode',
      );
    }
    this.#primary = deps.primary;
    this.#options = options;
    this.#emit = deps.emit ?? (() => undefined);
    this.#warn = options.onWarning;
    const lazyOptions = {
      ...options.loadRetry,
      ...(deps.now ? { now: deps.now } : {}),
      onLoaded: (event: FallbackLoadedEvent) => this.#emit('fallbackLoaded', event),
      onLoadFailed: (event: FallbackLoadFailedEvent) => this.#emit('fallbackLoadFailed', event),
    };
    this.#chain = new FallbackChain(options.chain.map((source) => new LazyClassifier(source, lazyOptions)));
    const usesApiAndFallback = options.mode !== 'off' && options.mode !== 'fallback-only';
    this.#circuit =
      usesApiAndFallback && options.circuitBreaker
        ? new ApiCircuit(
            options.circuitBreaker,
            (error) => fallbackReasonFor(error, options.fallbackOn) !== undefined,
            (state, previous) => this.#emit('circuit', { state, previous }),
          )
        : undefined;
    this.#shadow =
      options.mode === 'shadow'
        ? new ShadowComparer(this.#chain, options.shadow, deps.random ?? Math.random, (event) =>
            this.#emit('shadow', event),
          )
        : undefined;
  }

  /** True when a result may be cached: API answers always, fallback answers only when `cacheFallbackResults`. */
  cacheable(result: { readonly source: string }): boolean {
    return result.source === 'api' || this.#options.cacheFallbackResults;
  }

  /**
   * Routes texts by mode. `call` goes to the API classifier as given (so it may carry per-call
   * options such as timeouts); the fallbacks get only its `signal`, `speaker` and `context`.
   */
  async classify(
    texts: readonly string[],
    call: ClassifyBatchOptions = {},
  ): Promise<Outcome<RoutedClassification>[]> {
    const { signal } = call;
    let outcomes: Outcome<RoutedClassification>[];
    if (this.#options.mode === 'off') {
      outcomes = await this.#callApi(texts, call);
    } else if (this.#options.mode === 'fallback-only') {
      const fromChain = await this.#chain.classify(texts, fallbackCall(call, signal));
      outcomes = fromChain.map((o) =>
        o.ok ? { ok: true, value: { ...o.value, fallbackReason: 'fallback-only' } } : o,
      );
      for (const o of fromChain) if (o.ok) this.counters.fallback('fallback-only');
    } else {
      outcomes = await Promise.all(texts.map((text) => this.#routeOne(text, call)));
    }
    return outcomes;
  }

  async #callApi(
    texts: readonly string[],
    call: ClassifyBatchOptions,
  ): Promise<Outcome<RoutedClassification>[]> {
    let outcomes: Outcome[];
    try {
      outcomes = await this.#primary!.classifyBatch(texts, call);
    } catch (error) {
      const wrapped = toPiiguardError(error, 'The API classifier failed');
      return texts.map(() => ({ ok: false, error: wrapped }));
    }
    const source = this.#primary!.kind;
    return texts.map((_, i) => {
      const outcome = outcomes[i] ?? {
        ok: false,
        error: new PiiguardError('The API classifier returned too few outcomes.'),
      };
      if (!outcome.ok) this.counters.apiError(outcome.error.kind);
      // Object.assign rather than `{ ...value, source }`: V8 11 (Node 20) takes a slow path for a
      // spread followed by more properties (see README, Benchmarks).
      return outcome.ok ? { ok: true, value: Object.assign({}, outcome.value, { source }) } : outcome;
    });
  }

  /**
   * One API call through the breaker; `REFUSED` when the circuit is open. The probe runs without the
   * caller's signal (the caller still gets its AbortError at once) so that its result reaches the breaker.
   */
  async #callApiGuarded(text: string, call: ClassifyBatchOptions): Promise<Outcome<RoutedClassification>> {
    if (!this.#circuit) return (await this.#callApi([text], call))[0]!;
    const run = this.#circuit
      .run((probe) => this.#callApi([text], probe ? { ...call, signal: undefined } : call).then((o) => o[0]!))
      .then((r): Outcome<RoutedClassification> => (r.admitted ? r.outcome : { ok: false, error: REFUSED }));
    return untilAborted(run, call.signal);
  }

  #reasonFor(error: PiiguardError): FallbackReason | undefined {
    return error === REFUSED ? 'circuit-open' : fallbackReasonFor(error, this.#options.fallbackOn);
  }

  async #routeOne(text: string, call: ClassifyBatchOptions): Promise<Outcome<RoutedClassification>> {
    const { signal } = call;
    if (this.#options.mode === 'hedge') return this.#routeHedged(text, call);
    const api = await this.#callApiGuarded(text, call);
    if (api.ok) {
      this.#shadow?.offer(text, api.value, fallbackCall(call, undefined));
      return api;
    }
    const reason = this.#reasonFor(api.error);
    if (reason === undefined) return api;
    const [fallback] = await this.#chain.classify([text], fallbackCall(call, signal));
    return this.#reportFallback(fallback!, reason, api.error);
  }

  async #routeHedged(text: string, call: ClassifyBatchOptions): Promise<Outcome<RoutedClassification>> {
    const result = await hedge<RoutedClassification, FallbackReason>({
      primary: (hedgeSignal) => this.#callApiGuarded(text, { ...call, signal: hedgeSignal }),
      secondary: async (hedgeSignal) => {
        this.counters.hedge.started += 1;
        return (await this.#chain.classify([text], fallbackCall(call, hedgeSignal)))[0]!;
      },
      afterMs: this.#options.hedgeAfterMs,
      reasonFor: (error) => this.#reasonFor(error),
      signal: call.signal,
    });
    if (result.winner === 'primary') {
      if (result.outcome.ok) {
        if (result.hedged) this.counters.hedge.apiWon += 1;
        return result.hedged
          ? { ok: true, value: { ...result.outcome.value, hedged: true } }
          : result.outcome;
      }
      return result.outcome;
    }
    if (result.outcome.ok) this.counters.hedge.fallbackWon += 1;
    const reported = this.#reportFallback(result.outcome, result.reason, result.primaryError);
    return reported.ok ? { ok: true, value: { ...reported.value, hedged: true } } : reported;
  }

  #reportFallback(
    outcome: Outcome<SourcedClassification>,
    reason: FallbackReason,
    apiError: PiiguardError | undefined,
  ): Outcome<RoutedClassification> {
    this.counters.fallback(reason);
    const alert = ALERT_REASONS.has(reason);
    const status = (apiError as { status?: unknown } | undefined)?.status;
    this.#emit('fallback', {
      reason,
      ...(apiError && apiError !== REFUSED ? { errorKind: apiError.kind } : {}),
      ...(typeof status === 'number' ? { status } : {}),
      ...(outcome.ok ? { source: outcome.value.source } : {}),
      alert,
    });
    if (alert && !this.#warned.has(reason)) {
      this.#warned.add(reason);
      this.#warn(
        `piiguard: the API failed (${reason}${typeof status === 'number' ? `, HTTP ${status}` : ''}); ` +
          'messages are being classified by the fallback only until the API key, account or model is fixed.',
      );
    }
    return outcome.ok ? { ok: true, value: { ...outcome.value, fallbackReason: reason } } : outcome;
  }

  stats(): ClientStats {
    const c = this.counters;
    const fallbacks = this.#chain.memberStats();
    const depths = fallbacks.flatMap((m) => (m.queueDepth === undefined ? [] : [m.queueDepth]));
    return {
      mode: this.#options.mode,
      bySource: { ...c.bySource },
      errorsByKind: { ...c.errorsByKind },
      apiErrorsByKind: { ...c.apiErrorsByKind },
      fallbacksByReason: { ...c.fallbacksByReason },
      circuit: this.#circuit?.state ?? 'disabled',
      fallbacks,
      ...(depths.length > 0 ? { fallbackQueueDepth: depths.reduce((a, b) => a + b, 0) } : {}),
      hedge: { ...c.hedge },
      shadow: this.#shadow?.stats() ?? NO_SHADOW,
    };
  }

  /** Resolves once queued shadow comparisons are done. */
  shadowIdle(): Promise<void> {
    return this.#shadow?.idle() ?? Promise.resolve();
  }

  /** Stops shadow work and closes the fallbacks that piiguard built. The API classifier is the caller's. */
  async close(): Promise<void> {
    this.#shadow?.close();
    await this.#chain.close();
  }
}
