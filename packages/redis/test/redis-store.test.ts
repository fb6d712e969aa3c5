import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { PiiClient } from '@piiguard/sdk';
import { type LoopbackServer, startLoopbackServer } from '@piiguard/sdk/testing/server';
import { createClient } from 'redis';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { RedisCacheStore } from '../src/index.js';
import { type RedisServer, redisServerBinary, startRedisServer } from './redis-server.js';

const run = promisify(execFile);
const PACKAGE_DIR = resolve(import.meta.dirname, '..');
const SECRET = 'replicas-share-this-32-byte-key!';
const TEXTS = ['whats ur snapchat handle', 'my number is 5550199 call me', 'gg', 'lol'];

const binary = redisServerBinary();
if (!binary) {
  console.log(
    'NOTICE: redis-server not found (install the Debian package redis-server, or set REDIS_SERVER); the Redis store tests are skipped.',
  );
}

let redis: RedisServer;
let api: LoopbackServer;
beforeAll(async () => {
  api = await startLoopbackServer({
    faults: {
      rules: [
        { match: 'snap', reply: 'asking' },
        { match: 'number', reply: 'giving' },
      ],
    },
  });
});
afterAll(() => api?.close());
beforeEach(async () => {
  if (binary) redis = await startRedisServer(binary);
  api.resetStats();
});
afterEach(() => redis?.stop());

/** One replica in its own process (test/child-client.ts): what it answered, and its cache stats. */
async function replica(texts: readonly string[]) {
  const { stdout } = await run(process.execPath, ['--import', 'tsx', 'test/child-client.ts'], {
    cwd: PACKAGE_DIR,
    timeout: 20_000,
    env: {
      ...process.env,
      REDIS_URL: redis.url,
      BASE_URL: api.url,
      CACHE_SECRET: SECRET,
      TEXTS: JSON.stringify(texts),
    },
  });
  return JSON.parse(stdout.trim().split('\n').pop() ?? '{}') as {
    results: { label: string; source: string }[];
    cache: { entries: number; shared: { hits: number; misses: number; writes: number; failures: number } };
  };
}

/** Every key in the server, with its value and remaining TTL, read with a client of our own. */
async function dump(url: string) {
  const raw = createClient({ url });
  await raw.connect();
  try {
    const rows: { key: string; value: string | null; pttl: number }[] = [];
    for await (const keys of raw.scanIterator({ MATCH: '*', COUNT: 100 })) {
      for (const key of keys) rows.push({ key, value: await raw.get(key), pttl: await raw.pTTL(key) });
    }
    return rows;
  } finally {
    await raw.close();
  }
}

function client(store: RedisCacheStore, warnings: string[] = []) {
  return new PiiClient({
    apiKey: 'test-key',
    baseURL: api.url,
    retryBaseDelayMs: 1,
    cache: { store, secret: SECRET, ttlMs: 60_000, onWarning: (message) => warnings.push(message) },
  });
}

describe.skipIf(!binary)('RedisCacheStore against a real redis-server', () => {
  it('two clients in separate processes share hits through Redis', async () => {
    const first = await replica([...TEXTS, TEXTS[0]!]);
    expect(first.results.map((r) => r.source)).toEqual(['api', 'api', 'api', 'api', 'cache']);
    expect(first.results.slice(0, 2).map((r) => r.label)).toEqual(['asking', 'giving']);
    expect(first.cache.shared).toMatchObject({ hits: 0, misses: 4, writes: 4, failures: 0 });
    expect(api.stats.requests).toBe(4);

    const second = await replica(TEXTS);
    expect(second.results).toEqual(
      first.results.slice(0, 4).map((r) => ({ label: r.label, source: 'cache' })),
    );
    expect(second.cache.shared).toMatchObject({ hits: 4, misses: 0, failures: 0 });
    expect(api.stats.requests).toBe(4);
  });

  it('keys and values in Redis hold no message text; entries expire after cache.ttlMs', async () => {
    await replica(TEXTS);
    const rows = await dump(redis.url);
    expect(rows).toHaveLength(TEXTS.length);
    // Whole texts (quoted, as JSON would hold them) and every word long enough to mean something.
    const fragments = [
      ...TEXTS.map((text) => JSON.stringify(text)),
      ...TEXTS.flatMap((text) => text.split(/\s+/)).filter((word) => word.length >= 4),
    ];
    for (const { key, value, pttl } of rows) {
      expect(key).toMatch(/^piiguard:[0-9a-f]{64}$/);
      expect(Object.keys(JSON.parse(value ?? '')).sort()).toEqual(
        expect.arrayContaining(['label', 'model', 'source']),
      );
      for (const fragment of fragments) {
        expect(key).not.toContain(fragment);
        expect(value).not.toContain(fragment);
      }
      expect(pttl).toBeGreaterThan(0);
      expect(pttl).toBeLessThanOrEqual(60_000);
    }
  });

  it('a Redis killed mid-run degrades to the local cache: every call answered, one warning, counted; it comes back', async () => {
    const store = new RedisCacheStore({ url: redis.url, maxReconnectDelayMs: 50 });
    const warnings: string[] = [];
    const c = client(store, warnings);
    try {
      for (const text of TEXTS.slice(0, 2)) expect((await c.classify(text)).source).toBe('api');
      await redis.kill();
      // Old texts from the in-process cache, new ones from the API; nothing fails.
      const after = await Promise.all([...TEXTS].map((text) => c.classify(text)));
      expect(after.map((r) => r.source)).toEqual(['cache', 'cache', 'api', 'api']);
      expect((await c.classify('brb')).source).toBe('api');
      expect(warnings).toHaveLength(1);
      expect(warnings[0]).not.toContain(String(redis.port));
      const shared = c.stats().cache?.shared;
      expect(shared?.state).toBe('degraded');
      expect(shared!.failures).toBeGreaterThanOrEqual(1);
      expect(shared!.failures + shared!.skipped).toBeGreaterThanOrEqual(3);

      // Back on the same port: the store reconnects, and once the client tries it again it is used.
      redis = await startRedisServer(binary!, redis.port);
      const deadline = Date.now() + 10_000;
      let n = 0;
      while (c.stats().cache?.shared?.state !== 'ok' && Date.now() < deadline) {
        await c.classify(`new message ${n++}`);
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
      expect(c.stats().cache?.shared?.state).toBe('ok');
      expect(warnings).toHaveLength(1);
    } finally {
      await c.close();
      await store.close();
    }
  });

  it('a hung Redis (SIGSTOP) does not stall classification past storeTimeoutMs', async () => {
    const store = new RedisCacheStore({ url: redis.url });
    const warnings: string[] = [];
    const c = client(store, warnings);
    try {
      expect((await c.classify('gg')).source).toBe('api');
      redis.process.kill('SIGSTOP');
      const results = await Promise.all(['lol', 'whats ur snap?'].map((text) => c.classify(text)));
      expect(results.map((r) => r.source)).toEqual(['api', 'api']);
      expect(c.stats().cache?.shared).toMatchObject({ state: 'degraded' });
      expect(warnings).toHaveLength(1);
    } finally {
      redis.process.kill('SIGCONT');
      await c.close();
      await store.close();
    }
  });

  it('a Redis that is down from the start costs hits, never a classification', async () => {
    await redis.kill();
    const store = new RedisCacheStore({ url: redis.url, connectTimeoutMs: 200 });
    const warnings: string[] = [];
    const c = client(store, warnings);
    try {
      expect(await c.classify('whats ur snap?')).toMatchObject({ label: 'asking', source: 'api' });
      expect(store.ready).toBe(false);
      expect(warnings).toHaveLength(1);
    } finally {
      await c.close();
      await store.close();
    }
  });

  it('rejects impossible options, naming the option without echoing the URL', () => {
    expect(() => new RedisCacheStore({ url: 'http://user:hunter2@host' })).toThrow(
      expect.objectContaining({ option: 'url', message: expect.not.stringContaining('hunter2') }),
    );
    expect(() => new RedisCacheStore({ commandTimeoutMs: 0 })).toThrow(
      expect.objectContaining({ option: 'commandTimeoutMs' }),
    );
  });
});
