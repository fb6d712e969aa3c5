import type { CachedResult } from '../cache.js';
import { now } from '../internal/clock.js';
import { decodeEntry, encodeEntry } from './entry.js';
import type { CacheStore } from './store.js';

/** After a failed or timed-out store call, how long the client leaves the store alone, in ms. */
const RETRY_AFTER_MS = 1_000;

/** `cache.store` and what goes with it, resolved. */
export interface ResolvedSharedCacheOptions {
  readonly store: CacheStore;
  /** The HMAC key's bytes (at least 16). */
  readonly secret: Uint8Array<ArrayBuffer>;
  readonly timeoutMs: number;
  readonly onWarning: (message: string) => void;
}

/** The shared store's counters in `stats().cache.shared`. */
export interface SharedCacheStats {
  /** `degraded` from a failed or timed-out store call until the next one that succeeds. */
  readonly state: 'ok' | 'degraded';
  /** Lookups the store answered with a valid entry. */
  readonly hits: number;
  /** Lookups the store answered with nothing (or with a value that is not a valid entry). */
  readonly misses: number;
  /** Answers written to the store. */
  readonly writes: number;
  /** Store calls that failed or took longer than `cache.storeTimeoutMs`. */
  readonly failures: number;
  /** Lookups and writes not sent because the store failed less than a second before. */
  readonly skipped: number;
  /** Values under one of the client's keys that were not a valid entry (counted in `misses` too). */
  readonly invalid: number;
}

/** `stats().cache`: present when the client caches (`cache` is not `false`). */
export interface CacheStats {
  /** Entries in the in-process cache. */
  readonly entries: number;
  /** Present when `cache.store` is set. */
  readonly shared?: SharedCacheStats;
}

/**
 * The client's side of a shared store: keys are HMAC-SHA256 digests of the in-process key (model,
 * prompt version, text, context) under the user's secret, so the store holds no message text and
 * nobody without the secret can test whether a given message was seen; values are `encodeEntry`.
 * Every call is bounded by `timeoutMs` and never throws: a store that is down or hung costs hits,
 * is counted, and is warned about once per outage.
 */
export class SharedCache {
  readonly #options: ResolvedSharedCacheOptions;
  readonly #ttlMs: number;
  /** Imported once, on the first use (Web Crypto's import is asynchronous). */
  #hmacKey: Promise<CryptoKey> | undefined;
  #state: SharedCacheStats['state'] = 'ok';
  #retryAt = 0;
  #closed = false;
  readonly #counts = { hits: 0, misses: 0, writes: 0, failures: 0, skipped: 0, invalid: 0 };

  constructor(options: ResolvedSharedCacheOptions, ttlMs: number) {
    this.#options = options;
    this.#ttlMs = ttlMs;
  }

  /** The store key of an in-process key: 64 lowercase hex characters. */
  async key(localKey: string): Promise<string> {
    this.#hmacKey ??= crypto.subtle.importKey(
      'raw',
      this.#options.secret,
      { name: 'HMAC', hash: 'SHA-256' },
      false,
      ['sign'],
    );
    const digest = await crypto.subtle.sign('HMAC', await this.#hmacKey, new TextEncoder().encode(localKey));
    return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
  }

  /** The stored answer for an in-process key, or `undefined` (a miss, an invalid value, or a store that failed). */
  async get(localKey: string): Promise<CachedResult | undefined> {
    if (this.#skip()) return undefined;
    const value = await this.#call((key) => this.#options.store.get(key), localKey);
    if (value === FAILED) return undefined;
    const entry = typeof value === 'string' ? decodeEntry(value) : undefined;
    if (entry) {
      this.#counts.hits++;
      return entry;
    }
    if (value !== undefined) this.#counts.invalid++;
    this.#counts.misses++;
    return undefined;
  }

  /** Writes an answer in the background: the classification that produced it does not wait. */
  set(localKey: string, result: CachedResult): void {
    if (this.#skip()) return;
    const value = encodeEntry(result);
    void this.#call((key) => this.#options.store.set(key, value, this.#ttlMs), localKey).then((outcome) => {
      if (outcome !== FAILED) this.#counts.writes++;
    });
  }

  /**
   * Stops sending (the client is closing). Writes still in flight finish or fail without a
   * warning: an application that closes its store right after the client is not having an outage.
   */
  close(): void {
    this.#closed = true;
  }

  stats(): SharedCacheStats {
    return { state: this.#state, ...this.#counts };
  }

  #skip(): boolean {
    if (this.#closed) return true;
    if (this.#state === 'degraded' && now() < this.#retryAt) {
      this.#counts.skipped++;
      return true;
    }
    return false;
  }

  /** Runs one store call on the hashed key within the timeout; `FAILED` when it threw, rejected or took too long. */
  async #call<T>(call: (key: string) => Promise<T>, localKey: string): Promise<T | typeof FAILED> {
    let timer: ReturnType<typeof setTimeout> | undefined;
    try {
      const key = await this.key(localKey);
      const pending = Promise.resolve().then(() => call(key));
      // A call that settles after its timeout must not surface as an unhandled rejection.
      pending.catch(() => undefined);
      const timeout = new Promise<typeof FAILED>((resolve) => {
        timer = setTimeout(resolve, this.#options.timeoutMs, FAILED);
      });
      const outcome = await Promise.race([pending, timeout]);
      if (outcome === FAILED) this.#failed();
      else this.#state = 'ok';
      return outcome;
    } catch {
      this.#failed();
      return FAILED;
    } finally {
      clearTimeout(timer);
    }
  }

  #failed(): void {
    this.#counts.failures++;
    this.#retryAt = now() + RETRY_AFTER_MS;
    if (this.#state === 'degraded' || this.#closed) return;
    this.#state = 'degraded';
    try {
      // No error detail: a store's errors can carry addresses and credentials from its URL.
      this.#options.onWarning(
        'piiguard: the shared cache store failed or timed out; classifying with the in-process cache ' +
          'and the backends until it answers again (see stats().cache.shared).',
      );
    } catch {
      // A warning handler's bug must not fail the classification.
    }
  }
}

const FAILED: unique symbol = Symbol('failed');
