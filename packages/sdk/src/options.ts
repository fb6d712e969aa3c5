import type { ResolvedSharedCacheOptions } from './cache/shared-cache.js';
import type { CacheStore } from './cache/store.js';
import { ConfigurationError } from './errors.js';
import type { FallbackOptions } from './fallback/options.js';
import { type ResolvedFallbackOptions, resolveFallbackOptions } from './fallback/resolve-options.js';
import {
  type FireworksOptions,
  type ResolvedFireworksOptions,
  requireApiKey,
  resolveFireworksOptions,
} from './fireworks/options.js';
import { DEFAULT_MAX_CONTEXT_LENGTH, DEFAULT_MAX_TEXT_LENGTH } from './input.js';
import { durationOption, integerOption } from './internal/validate.js';

/** Result cache settings. */
export interface CacheOptions {
  /** Most results kept in this process; the least recently used is evicted first. @default 10_000 */
  readonly maxEntries?: number;
  /**
   * How long a result stays valid, in ms, in this process and in `store`; `Infinity` keeps
   * results until evicted (set a finite TTL with a shared store, so that it does not fill up).
   * @default Infinity
   */
  readonly ttlMs?: number;
  /**
   * A cache shared with other clients (app replicas, processes, machines), consulted after this
   * process's cache misses and written after each cacheable answer — `RedisCacheStore` from
   * `@piiguard/redis`, or any `CacheStore`. It receives only keyed hashes and label/score JSON,
   * never message text. A store that fails or hangs only costs hits: see `docs/scaling.md`.
   * Needs `secret`. @default undefined (this process's cache only)
   */
  readonly store?: CacheStore;
  /**
   * The HMAC-SHA256 key for `store` keys, at least 16 bytes (as UTF-8 for a string); every client
   * sharing the store needs the same one. Keep it secret: with it, anyone who can read the store
   * can test whether a guessed message was classified. Required with `store`.
   * @default undefined
   */
  readonly secret?: string | Uint8Array;
  /**
   * Longest wait for one `store` call, in ms. Past it the call counts as failed: the lookup is a
   * miss and the store is left alone for a second. @default 100
   */
  readonly storeTimeoutMs?: number;
  /** Receives the one warning per `store` outage (no error detail, no key, no text). @default console.warn */
  readonly onWarning?: (message: string) => void;
}

/** Options of `new PiiClient(options)`. Resolved once, at construction. */
export interface PiiClientOptions extends FireworksOptions {
  /**
   * Caches results by model, prompt version and (normalised) text (and context, when a backend
   * that reads it may answer), and lets identical concurrent calls share one request; with
   * `cache.store`, also in a cache every replica shares. `false` turns all of it off.
   * @default { maxEntries: 10_000, ttlMs: Infinity }
   */
  readonly cache?: CacheOptions | false;
  /**
   * Longest accepted text, in UTF-16 code units, measured before normalisation. Longer texts fail
   * with `InvalidInputError` (reason `too-long`); they are never truncated. @default 20_000
   */
  readonly maxTextLength?: number;
  /**
   * Most UTF-16 code units a call's `context` may hold (its turns' speakers and texts together),
   * measured before normalisation. Past it the call fails with `InvalidInputError` (reason
   * `context-too-long`). The API classifier gets the same limit; a fallback checks its own.
   * @default 20_000
   */
  readonly maxContextLength?: number;
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
  /** Absent without `cache.store`. */
  readonly shared?: ResolvedSharedCacheOptions | undefined;
}

/** `PiiClientOptions` after defaults and checks: every field present, frozen. */
export interface ResolvedClientOptions extends ResolvedFireworksOptions {
  readonly cache: ResolvedCacheOptions | false;
  readonly maxTextLength: number;
  readonly maxContextLength: number;
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
    maxContextLength: integerOption(
      options.maxContextLength,
      'maxContextLength',
      DEFAULT_MAX_CONTEXT_LENGTH,
      1,
    ),
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
    shared: resolveShared(value),
  });
}

/** Shortest accepted `cache.secret`, in bytes: 128 bits, the least an HMAC key should carry. */
const MIN_SECRET_BYTES = 16;

function resolveShared(value: CacheOptions | undefined): ResolvedSharedCacheOptions | undefined {
  const store = value?.store;
  if (store === undefined) {
    if (value?.secret !== undefined) {
      throw new ConfigurationError('Option `cache.secret` is only used with `cache.store`.', 'cache.secret');
    }
    return undefined;
  }
  if (
    typeof store !== 'object' ||
    store === null ||
    typeof store.get !== 'function' ||
    typeof store.set !== 'function'
  ) {
    throw new ConfigurationError(
      'Option `cache.store` must be a CacheStore (with get and set methods).',
      'cache.store',
    );
  }
  if (typeof globalThis.crypto?.subtle?.sign !== 'function') {
    throw new ConfigurationError(
      'Option `cache.store` needs Web Crypto (crypto.subtle), which this runtime lacks (browsers: only on https pages).',
      'cache.store',
    );
  }
  const onWarning = value?.onWarning ?? ((message: string) => console.warn(message));
  if (typeof onWarning !== 'function') {
    throw new ConfigurationError('Option `cache.onWarning` must be a function.', 'cache.onWarning');
  }
  return Object.freeze({
    store,
    secret: resolveSecret(value?.secret),
    timeoutMs: durationOption(value?.storeTimeoutMs, 'cache.storeTimeoutMs', 100),
    onWarning,
  });
}

function resolveSecret(value: string | Uint8Array | undefined): Uint8Array<ArrayBuffer> {
  const bytes =
    typeof value === 'string'
      ? new TextEncoder().encode(value)
      : value instanceof Uint8Array
        ? value
        : undefined;
  // The message says what is wrong, never the value.
  if (!bytes || bytes.length < MIN_SECRET_BYTES) {
    throw new ConfigurationError(
      `Option \`cache.secret\` must be a string or Uint8Array of at least ${MIN_SECRET_BYTES} bytes when \`cache.store\` is set; every client sharing the store needs the same one.`,
      'cache.secret',
    );
  }
  // A copy, so that a caller reusing its buffer cannot change the key afterwards.
  return Uint8Array.from(bytes);
}
