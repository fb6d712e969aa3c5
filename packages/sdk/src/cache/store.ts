/**
 * A key-value store that several `PiiClient`s (app replicas, processes, machines) share, so that a
 * message one replica classified is a hit for all of them. `@piiguard/redis` is one; any store
 * with string values and per-entry expiry (Memcached, a cloud KV) fits the same two methods: the
 * client only ever reads an entry and writes one (a newer answer simply replaces an older).
 *
 * The client never hands a store message text: keys are HMAC-SHA256 digests (64 hex characters)
 * of the model, prompt version, normalised text and context under `cache.secret`, and values are
 * JSON of the label, probabilities, scores, model and source. Every call is bounded by
 * `cache.storeTimeoutMs` on the client's side; a store that fails or hangs only costs hits (the
 * client's in-process cache and the backends keep answering), never a classification.
 */
export interface CacheStore {
  /** The value stored under `key`, or `undefined` when there is none (or it expired). */
  get(key: string): Promise<string | undefined>;
  /**
   * Stores `value` under `key`, replacing any earlier one; it expires after `ttlMs` milliseconds
   * (`Infinity`: when the store evicts it).
   */
  set(key: string, value: string, ttlMs: number): Promise<void>;
}
