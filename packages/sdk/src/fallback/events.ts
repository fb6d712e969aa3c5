import type { ClassifierKind, Label } from '../classifier.js';
import type { PiiguardError, PiiguardErrorKind } from '../errors.js';
import type { FallbackReason } from './policy.js';

/** The circuit breaker's state. `isolated` is never entered by piiguard itself. */
export type CircuitStateName = 'closed' | 'open' | 'half-open' | 'isolated';

/** A text went to the fallback. Never contains the text. */
export interface FallbackEvent {
  readonly reason: FallbackReason;
  /** The API error's kind and HTTP status, when an API failure was the reason. */
  readonly errorKind?: PiiguardErrorKind;
  readonly status?: number;
  /** The fallback's kind when it answered; absent when no fallback could answer. */
  readonly source?: ClassifierKind;
  /** True for failures a person must fix (bad key, billing, model not found): moderation runs on the fallback only. */
  readonly alert: boolean;
}

/** The circuit breaker changed state. */
export interface CircuitEvent {
  readonly state: CircuitStateName;
  readonly previous: CircuitStateName;
}

/** One shadow comparison: the API's label and the fallback's label for the same text (the text is not included). */
export interface ShadowEvent {
  readonly apiLabel: Label;
  readonly fallbackLabel: Label;
  readonly agree: boolean;
  /** Which fallback answered (its `kind`). */
  readonly fallbackSource: ClassifierKind;
  readonly apiModel: string;
  readonly fallbackModel: string;
}

/** A fallback classifier finished loading. */
export interface FallbackLoadedEvent {
  readonly kind: ClassifierKind;
  readonly model: string;
  /** The device the classifier reports (`cpu`, `cuda`), when it reports one. */
  readonly device?: string;
  /** How long the load took, in ms. */
  readonly loadMs: number;
}

/** A fallback factory failed; it is tried again on a later call after `retryInMs`. */
export interface FallbackLoadFailedEvent {
  readonly error: PiiguardError;
  /** Consecutive failed loads so far. */
  readonly failures: number;
  readonly retryInMs: number;
}

/** Events emitted by the fallback machinery, by name. */
export interface FallbackEventMap {
  fallback: FallbackEvent;
  circuit: CircuitEvent;
  shadow: ShadowEvent;
  fallbackLoaded: FallbackLoadedEvent;
  fallbackLoadFailed: FallbackLoadFailedEvent;
}

export type FallbackEmit = <K extends keyof FallbackEventMap>(name: K, payload: FallbackEventMap[K]) => void;
