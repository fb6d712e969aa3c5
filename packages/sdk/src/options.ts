import type { FallbackOptions } from './fallback/options.js';
import { type ResolvedFallbackOptions, resolveFallbackOptions } from './fallback/resolve-options.js';
import {
  type FireworksOptions,
  type ResolvedFireworksOptions,
  requireApiKey,
  resolveFireworksOptions,
} from './fireworks/options.js';
import { DEFAULT_MAX_TEXT_LENGTH } from './input.js';
import { durationOption, integerOption } from './internal/validate.js';

/** Result cache settings. */
export interface CacheOptions {
  /** Most results kept; the least recently used is evicted first. @default 10_000 */
  readonly maxEntries?: number;
  /** How long a result stays valid, in ms; `Infinity` keeps results until evicted. @default Infinity */
  readonly ttlMs?: number;
}

/** Options of `new PiiClient(options)`. Resolved once, at construction. */
export interface PiiClientOptions extends FireworksOptions {
  /**
   * Caches results by model, prompt version and (normalised) text, and lets identical concurrent
   * calls share one request. `false` turns both off.
   * @default { maxEntries: 10_000, ttlMs: Infinity }
   */
  readonly cache?: CacheOptions | false;
  /**
   * Longest accepted text, in UTF-16 code units, measured before normalisation. Longer texts fail
   * with `InvalidInputError` (reason `too-long`); they are never truncated. @default 20_000
   */
  readonly maxTextLength?: number;
  /** Default `classifyBatch` concurrency (texts in flight at once). @default 16 */
  readonly concurrency?: number;
  /**
   * A local fallback (the teacher, the pocket model, any `Classifier`) and when to use it: modes
   * `off` | `on-error` | `fallback-only` | `hedge` | `shadow`, circuit breaker, triggers. See `docs/fallback.md`.
   * @default { mode: 'off' }
   */
  readonly fallback?: FallbackOptions;
}

export interface ResolvedCacheOptions {
  readonly maxEntries: number;
  readonly ttlMs: number;
}

/** `PiiClientOptions` after defaults and checks: every field present, frozen. */
export interface ResolvedClientOptions extends ResolvedFireworksOptions {
  readonly cache: ResolvedCacheOptions | false;
  readonly maxTextLength: number;
  readonly concurrency: number;
  readonly fallback: ResolvedFallbackOptions;
}

/**
 * Resolves client options once. Throws `ConfigurationError` naming the option for impossible
 * values, and `AuthenticationError` when no API key is available (see `assertApiKeyWhenNeeded`).
 */
export function resolveClientOptions(options: PiiClientOptions = {}): ResolvedClientOptions {
  const resolved: ResolvedClientOptions = Object.freeze({
    ...resolveFireworksOptions(options),
    cache: resolveCache(options.cache),
    maxTextLength: integerOption(options.maxTextLength, 'maxTextLength', DEFAULT_MAX_TEXT_LENGTH, 1),
    concurrency: integerOption(options.concurrency, 'concurrency', 16, 1),
    fallback: resolveFallbackOptions(options.fallback),
  });
  assertApiKeyWhenNeeded(resolved);
  return resolved;
}

/** The client calls the API on cache misses (in every mode but `fallback-only`), so it needs a key from the start. */
function assertApiKeyWhenNeeded(resolved: ResolvedClientOptions): void {
  // `fallback-only` never calls the API.
  if (resolved.fallback.mode === 'fallback-only') return;
  requireApiKey(resolved);
}

function resolveCache(value: CacheOptions | false | undefined): ResolvedCacheOptions | false {
  if (value === false) return false;
  return Object.freeze({
    maxEntries: integerOption(value?.maxEntries, 'cache.maxEntries', 10_000, 1),
    ttlMs: durationOption(value?.ttlMs, 'cache.ttlMs', Number.POSITIVE_INFINITY, { allowInfinity: true }),
  });
}
