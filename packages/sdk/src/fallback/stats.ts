import type { CacheStats } from '../cache/shared-cache.js';
import type { ClassifierKind, ResultSource } from '../classifier.js';
import type { PiiguardErrorKind } from '../errors.js';
import type { RateLimitSnapshot } from '../http/rate-limit.js';
import type { CircuitStateName } from './events.js';
import type { FallbackMemberState } from './lazy-classifier.js';
import type { FallbackMode } from './options.js';
import type { FallbackReason } from './policy.js';
import type { ShadowStats } from './shadow.js';

/** One fallback classifier, in chain order. */
export interface FallbackMemberStats {
  readonly state: FallbackMemberState;
  /** Known once loaded. */
  readonly kind?: ClassifierKind;
  readonly model?: string;
  /** Texts waiting in the classifier, when it reports `queueDepth`. */
  readonly queueDepth?: number;
  /** Texts the classifier answered with an error since it loaded, when it reports `failures` (teachers do). */
  readonly failures?: number;
}

/** A snapshot of the client's counters since it was created. */
export interface ClientStats {
  readonly mode: FallbackMode;
  /** Results returned to callers, by where they came from. */
  readonly bySource: Readonly<Record<ResultSource, number>>;
  /** Errors returned to callers, by kind. */
  readonly errorsByKind: Readonly<Partial<Record<PiiguardErrorKind, number>>>;
  /** API failures seen, by kind, including those the fallback then answered. */
  readonly apiErrorsByKind: Readonly<Partial<Record<PiiguardErrorKind, number>>>;
  /** Texts sent to the fallback, by reason. */
  readonly fallbacksByReason: Readonly<Partial<Record<FallbackReason, number>>>;
  /** `disabled` when there is no breaker (mode `off` or `fallback-only`, or `circuitBreaker: false`). */
  readonly circuit: CircuitStateName | 'disabled';
  readonly fallbacks: readonly FallbackMemberStats[];
  /** Sum of the fallbacks' queue depths, when any reports one. */
  readonly fallbackQueueDepth?: number;
  /** `hedge` mode: how often the fallback was started and who won. */
  readonly hedge: { readonly started: number; readonly apiWon: number; readonly fallbackWon: number };
  readonly shadow: ShadowStats;
  /** `PiiClient` with a cache: its size, and the shared store's counters when `cache.store` is set. */
  readonly cache?: CacheStats;
  /** `PiiClient`: the API's latest `x-ratelimit-*` headers, once an answer carried them. */
  readonly rateLimit?: RateLimitSnapshot;
}

function bump<K extends string>(map: Partial<Record<K, number>>, key: K): void {
  map[key] = (map[key] ?? 0) + 1;
}

/** Mutable counters behind `ClientStats`. */
export class Counters {
  readonly bySource: Record<ResultSource, number> = { api: 0, teacher: 0, pocket: 0, cache: 0, input: 0 };
  readonly errorsByKind: Partial<Record<PiiguardErrorKind, number>> = {};
  readonly apiErrorsByKind: Partial<Record<PiiguardErrorKind, number>> = {};
  readonly fallbacksByReason: Partial<Record<FallbackReason, number>> = {};
  readonly hedge = { started: 0, apiWon: 0, fallbackWon: 0 };

  source(source: ResultSource): void {
    this.bySource[source] += 1;
  }
  error(kind: PiiguardErrorKind): void {
    bump(this.errorsByKind, kind);
  }
  apiError(kind: PiiguardErrorKind): void {
    bump(this.apiErrorsByKind, kind);
  }
  fallback(reason: FallbackReason): void {
    bump(this.fallbacksByReason, reason);
  }
}
