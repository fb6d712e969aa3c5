import type { Classifier } from '../classifier.js';
import type { PiiguardError } from '../errors.js';

/** How the client uses its fallback classifiers. See `docs/fallback.md` for when to pick each. */
export const FALLBACK_MODES = ['off', 'on-error', 'fallback-only', 'hedge', 'shadow'] as const;

/**
 * - `off`: the API only; failures are returned as typed errors.
 * - `on-error`: the API first; when it fails (after its retries) or the circuit is open, the fallback answers.
 * - `fallback-only`: never calls the API; no API key needed.
 * - `hedge`: like `on-error`, and when the API has not answered within `hedgeAfterMs` the fallback
 *   starts too; the first good answer wins and the other call is aborted.
 * - `shadow`: like `on-error`, and a sample of the API's answers is re-classified by the fallback off
 *   the critical path; each comparison is reported through the `shadow` event.
 */
export type FallbackMode = (typeof FALLBACK_MODES)[number];

/** Builds a classifier on first need (e.g. `() => loadTeacher({ model })`). Runs at most once at a time. */
export type ClassifierFactory = () => Classifier | Promise<Classifier>;

/** A ready classifier (owned by the caller: never closed by piiguard) or a factory (owned by piiguard). */
export type ClassifierSource = Classifier | ClassifierFactory;

/**
 * Which API failures send a text to the fallback in `on-error`, `hedge` and `shadow`. A caller's abort
 * and invalid input never fall back, whatever this says.
 */
export interface FallbackTriggers {
  /** No HTTP answer (refused, reset, DNS). @default true */
  readonly connection: boolean;
  /** An attempt or the deadline timed out, or the API answered 408. @default true */
  readonly timeout: boolean;
  /** 429 still returned after the client's retries. @default true */
  readonly rateLimit: boolean;
  /** 5xx or 409 after retries. @default true */
  readonly server: boolean;
  /** 2xx with a body no label can be read from. @default true */
  readonly invalidResponse: boolean;
  /**
   * 401/403: the key is wrong or may not use the model. Falls back by default, loudly (a warning once,
   * and `alert: true` on the `fallback` event): a moderation pipeline that stops moderating because a
   * key was rotated is worse than one that keeps going on the fallback while someone fixes the key.
   * @default true
   */
  readonly auth: boolean;
  /** 402/412: billing or a suspended account. Falls back loudly, like `auth`. @default true */
  readonly billing: boolean;
  /** 404: the model is not deployed or the path is wrong. Falls back loudly, like `auth`. @default true */
  readonly notFound: boolean;
  /** 400/422: the API refused this request. Usually a bug worth seeing, so it is returned. @default false */
  readonly badRequest: boolean;
  /** Any other error from the API (unknown status, unexpected failure). @default false */
  readonly other: boolean;
}

/** The circuit breaker in front of the API (cockatiel). While open, no request reaches the API. */
export interface CircuitBreakerOptions {
  /**
   * `consecutive`: opens after `consecutiveFailures` failures in a row. `sampling`: opens when more than
   * `failureRatio` of the calls in the last `windowMs` failed, at `minimumRps` calls per second or more.
   * @default 'consecutive'
   */
  readonly strategy?: 'consecutive' | 'sampling';
  /** @default 5 */
  readonly consecutiveFailures?: number;
  /** Strictly between 0 and 1. @default 0.5 */
  readonly failureRatio?: number;
  /** Sampling window, in ms. @default 30_000 */
  readonly windowMs?: number;
  /** Calls per second below which the sampling breaker never opens. @default 1 */
  readonly minimumRps?: number;
  /** Cool-down, in ms, after which one probe call is let through to the API. @default 15_000 */
  readonly halfOpenAfterMs?: number;
}

/** Shadow-mode comparison settings. */
export interface ShadowOptions {
  /** Share of API answers (0..1) that are re-classified by the fallback. @default 1 */
  readonly sampleRate?: number;
  /** Texts waiting for comparison at most; more are dropped and counted. @default 256 */
  readonly maxQueue?: number;
  /** Texts sent to the fallback per call. @default 8 */
  readonly batchSize?: number;
}

/** Back-off between attempts to load a fallback whose factory failed. */
export interface LoadRetryOptions {
  /** Wait after the first failed load, in ms; doubles per further failure. @default 1_000 */
  readonly initialDelayMs?: number;
  /** Longest wait between load attempts, in ms. @default 60_000 */
  readonly maxDelayMs?: number;
}

/** The `fallback` option of `PiiClient`. */
export interface FallbackOptions {
  /** @default 'on-error' when `classifiers` is set, else 'off' */
  readonly mode?: FallbackMode;
  /**
   * The fallback: a classifier or a lazy factory, or an ordered list of them
   * (e.g. `[() => loadTeacher(...), () => loadPocket()]`). For each text the first one that answers
   * wins; the result's `source` is that classifier's `kind`. Required unless `mode` is `off`.
   */
  readonly classifiers?: ClassifierSource | readonly ClassifierSource[];
  /** Which API failures fall back: switches merged over the defaults, or a predicate that decides alone. */
  readonly fallbackOn?: Partial<FallbackTriggers> | ((error: PiiguardError) => boolean);
  /** Circuit breaker settings, or `false` for none. Not used in `off` and `fallback-only`. @default {} */
  readonly circuitBreaker?: CircuitBreakerOptions | false;
  /** `hedge` mode: ms without an API answer before the fallback starts too. @default 1_000 */
  readonly hedgeAfterMs?: number;
  /** `shadow` mode settings. */
  readonly shadow?: ShadowOptions;
  /**
   * Also cache answers that came from the fallback. Off by default so that the API's answer replaces
   * them once the API is back. @default false
   */
  readonly cacheFallbackResults?: boolean;
  /** Back-off between attempts to load a failed fallback factory. */
  readonly loadRetry?: LoadRetryOptions;
  /**
   * Receives the one-time warning per `auth` / `billing` / `not-found` fallback (no key, no text).
   * @default console.warn
   */
  readonly onWarning?: (message: string) => void;
}
