import { LRUCache } from 'lru-cache';
import { type CacheStats, SharedCache } from './cache/shared-cache.js';
import type { ClassifierKind, ClassifyResult } from './classifier.js';
import type { NormalizedConversation } from './input.js';
import type { ResolvedCacheOptions } from './options.js';

/** A backend's answer as the client caches it: the result minus its latency. */
export type CachedResult = Omit<ClassifyResult, 'latencyMs'>;

/**
 * Results by model + prompt version + text (+ context, when a backend that reads it may answer),
 * on lru-cache (bounded by entries, optional TTL): the in-process cache every client has. Keys
 * hold the whole text rather than a hash of it: a hash collision would silently return another
 * message's label, and a fast non-cryptographic hash costs as much as hashing the key. Behind it,
 * with `cache.store`, sits the `shared` cache, whose keys are HMAC digests of these keys.
 */
export class ResultCache {
  readonly #lru: LRUCache<string, CachedResult>;
  readonly #prefix: string;
  /** Present with `cache.store`: consulted after an in-process miss, written after each cacheable answer. */
  readonly shared: SharedCache | undefined;

  /** `clock` replaces `performance.now` for TTL bookkeeping (tests). */
  constructor(options: ResolvedCacheOptions, model: string, promptVersion: string, clock?: () => number) {
    this.#prefix = `${model}\u0000${promptVersion}\u0000`;
    this.shared = options.shared ? new SharedCache(options.shared, options.ttlMs) : undefined;
    this.#lru = new LRUCache<string, CachedResult>({
      max: options.maxEntries,
      ...(Number.isFinite(options.ttlMs) ? { ttl: options.ttlMs, ttlAutopurge: false } : {}),
      ...(clock ? { perf: { now: clock }, ttlResolution: 0 } : {}),
    });
  }

  /**
   * The key of a normalised text, and of its conversation when one is given and not empty (the
   * client passes it only when a backend that reads context may answer). Speakers are only ever
   * compared with each other, so the key numbers them — the author 0, the others 1, 2, … in order
   * of first appearance — rather than holding user ids: the same exchange is one entry whoever had
   * it. NUL cannot occur in a normalised text, so it separates the text from the turns.
   */
  key(text: string, conversation?: NormalizedConversation): string {
    if (!conversation || conversation.context.length === 0) return this.#prefix + text;
    const { speaker } = conversation;
    const numbers = new Map<string, number>(speaker === undefined ? [] : [[speaker, 0]]);
    const turns = conversation.context.map((turn) => {
      let number = numbers.get(turn.speaker);
      if (number === undefined) {
        number = speaker === undefined ? numbers.size + 1 : numbers.size;
        numbers.set(turn.speaker, number);
      }
      return [number, turn.text];
    });
    return `${this.#prefix}${text}\u0000${JSON.stringify(turns)}`;
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

  stats(): CacheStats {
    return { entries: this.#lru.size, ...(this.shared ? { shared: this.shared.stats() } : {}) };
  }

  clear(): void {
    this.#lru.clear();
  }
}
