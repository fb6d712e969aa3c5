import { LRUCache } from 'lru-cache';
import type { ClassifierKind, ClassifyResult } from './classifier.js';
import type { ResolvedCacheOptions } from './options.js';

/** A backend's answer as the client caches it: the result minus its latency. */
export type CachedResult = Omit<ClassifyResult, 'latencyMs'>;

/**
 * Results by model + prompt version + text, on lru-cache (bounded by entries, optional TTL).
 * Keys hold the whole text rather than a hash of it: a hash collision would silently return
 * another message's label, and a fast non-cryptographic hash costs as much as hashing the key.
 */
export class ResultCache {
  readonly #lru: LRUCache<string, CachedResult>;
  readonly #prefix: string;

  /** `clock` replaces `performance.now` for TTL bookkeeping (tests). */
  constructor(options: ResolvedCacheOptions, model: string, promptVersion: string, clock?: () => number) {
    this.#prefix = `${model}\u0000${promptVersion}\u0000`;
    this.#lru = new LRUCache<string, CachedResult>({
      max: options.maxEntries,
      ...(Number.isFinite(options.ttlMs) ? { ttl: options.ttlMs, ttlAutopurge: false } : {}),
      ...(clock ? { perf: { now: clock }, ttlResolution: 0 } : {}),
    });
  }

  key(text: string): string {
    return this.#prefix + text;
  }

  /** The answer as served from the cache: `source: 'cache'`, `cachedSource` = who answered first. */
  get(key: string): CachedResult | undefined {
    return this.#lru.get(key);
  }

  /** Stores a backend's answer, already shaped as a cache hit so a hit only adds its latency. */
  set(key: string, value: CachedResult): void {
    const cachedSource = (value.source === 'cache' ? value.cachedSource : value.source) as ClassifierKind;
    this.#lru.set(key, Object.assign({}, value, { source: 'cache' as const, cachedSource }));
  }

  get size(): number {
    return this.#lru.size;
  }

  clear(): void {
    this.#lru.clear();
  }
}
