import { LRUCache } from 'lru-cache';
import type { ResolvedCacheOptions } from './options.js';
import type { ClassifyResult } from './result.js';

/** A cached answer: the result as first returned, minus its latency. */
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

  get(key: string): CachedResult | undefined {
    return this.#lru.get(key);
  }

  set(key: string, value: CachedResult): void {
    this.#lru.set(key, value);
  }

  get size(): number {
    return this.#lru.size;
  }

  clear(): void {
    this.#lru.clear();
  }
}
