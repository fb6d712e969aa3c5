import { type CacheStore, ConfigurationError } from '@piiguard/sdk';
import { createClient, type RedisClientType } from 'redis';

/** Options of `new RedisCacheStore(options)`. Resolved once, at construction. */
export interface RedisCacheStoreOptions {
  /**
   * The server: `redis://[[user]:password@]host[:port][/db]`, or `rediss://…` for TLS. Never
   * logged, never in errors (it may hold a password).
   * @default process.env.REDIS_URL, else 'redis://127.0.0.1:6379'
   */
  readonly url?: string;
  /** Put before every key, so that piiguard's entries are easy to find, count and flush. @default 'piiguard:' */
  readonly keyPrefix?: string;
  /**
   * Longest wait for one command's reply, in ms (node-redis' per-command `timeout`). The client's
   * `cache.storeTimeoutMs` bounds every call as well; this also frees the command itself. @default 100
   */
  readonly commandTimeoutMs?: number;
  /** Longest wait for one connection attempt, in ms. @default 1_000 */
  readonly connectTimeoutMs?: number;
  /**
   * Longest wait between reconnection attempts, in ms: after an outage the store reconnects on its
   * own, waiting 50 ms, 100 ms, … up to this. @default 2_000
   */
  readonly maxReconnectDelayMs?: number;
}

/**
 * A `CacheStore` on Redis (node-redis v5), for `new PiiClient({ cache: { store, secret } })`: every
 * replica that points at the same Redis with the same secret shares its answers. Entries are
 * written with `SET key value PX ttl` (the client's `cache.ttlMs`; plain `SET` when that is
 * `Infinity`, leaving eviction to Redis' `maxmemory-policy`).
 *
 * While Redis is down, commands fail at once instead of queueing (`disableOfflineQueue`), and the
 * client answers from its own cache and the backends; the store reconnects by itself. Errors are
 * never thrown from a listener and never carry the URL.
 */
export class RedisCacheStore implements CacheStore {
  readonly #client: RedisClientType;
  readonly #prefix: string;
  /** Settles when the first connection is made (or the store is closed first). */
  readonly #firstReady: Promise<void>;
  #closed = false;

  /** Starts connecting at once; throws `ConfigurationError` (naming the option) for impossible values. */
  constructor(options: RedisCacheStoreOptions = {}) {
    const url = resolveUrl(options.url ?? process.env.REDIS_URL ?? 'redis://127.0.0.1:6379');
    this.#prefix = stringOption(options.keyPrefix, 'keyPrefix', 'piiguard:');
    const commandTimeoutMs = msOption(options.commandTimeoutMs, 'commandTimeoutMs', 100);
    const connectTimeoutMs = msOption(options.connectTimeoutMs, 'connectTimeoutMs', 1_000);
    const maxReconnectDelayMs = msOption(options.maxReconnectDelayMs, 'maxReconnectDelayMs', 2_000);
    this.#client = createClient({
      url,
      disableOfflineQueue: true,
      commandOptions: { timeout: commandTimeoutMs },
      socket: {
        connectTimeout: connectTimeoutMs,
        reconnectStrategy: (retries) => Math.min(50 * 2 ** Math.min(retries, 10), maxReconnectDelayMs),
      },
    }) as RedisClientType;
    // node-redis emits every connection error here and throws when nobody listens; the outage
    // itself shows in the client's stats() through the failed calls.
    this.#client.on('error', () => undefined);
    this.#firstReady = new Promise<void>((resolve) => this.#client.once('ready', () => resolve()));
    this.#client.connect().catch(() => undefined);
  }

  /** Whether the connection is up now. */
  get ready(): boolean {
    return this.#client.isReady;
  }

  async get(key: string): Promise<string | undefined> {
    await this.#connected();
    const value = await this.#client.get(this.#prefix + key);
    return value ?? undefined;
  }

  async set(key: string, value: string, ttlMs: number): Promise<void> {
    await this.#connected();
    if (Number.isFinite(ttlMs)) {
      await this.#client.set(this.#prefix + key, value, {
        expiration: { type: 'PX', value: Math.max(1, Math.ceil(ttlMs)) },
      });
    } else {
      await this.#client.set(this.#prefix + key, value);
    }
  }

  /** Closes the connection (replies still due are waited for, within `commandTimeoutMs`). Idempotent. */
  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    if (this.#client.isReady) {
      await this.#client.close().catch(() => this.#client.destroy());
    } else if (this.#client.isOpen) {
      this.#client.destroy();
    }
  }

  /**
   * Before the first connection, a call waits for it (the client's `storeTimeoutMs` bounds the
   * wait), so that a replica's first lookups are not counted as an outage; afterwards a call
   * while disconnected fails at once.
   */
  async #connected(): Promise<void> {
    if (this.#closed) throw new Error('The Redis cache store is closed.');
    if (!this.#client.isReady) await this.#firstReady;
  }
}

function resolveUrl(value: string): string {
  let url: URL | undefined;
  try {
    url = new URL(value);
  } catch {
    url = undefined;
  }
  // The message never repeats the URL: it may hold a password.
  if (!url || (url.protocol !== 'redis:' && url.protocol !== 'rediss:')) {
    throw new ConfigurationError('Option `url` (or REDIS_URL) must be a redis:// or rediss:// URL.', 'url');
  }
  return value;
}

function stringOption(value: string | undefined, option: string, fallback: string): string {
  if (value === undefined) return fallback;
  if (typeof value !== 'string')
    throw new ConfigurationError(`Option \`${option}\` must be a string.`, option);
  return value;
}

/** Longest timer Node keeps (about 24.8 days). */
const MAX_TIMER_MS = 2 ** 31 - 1;

function msOption(value: number | undefined, option: string, fallback: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !(value > 0 && value <= MAX_TIMER_MS)) {
    throw new ConfigurationError(`Option \`${option}\` must be a number of milliseconds > 0.`, option);
  }
  return value;
}
