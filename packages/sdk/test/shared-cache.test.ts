import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { decodeEntry, encodeEntry } from '../src/cache/entry.js';
import {
  type CacheStore,
  ConfigurationError,
  DEFAULT_MODEL,
  DEFAULT_PROMPT_VERSION,
  PiiClient,
  type PiiClientOptions,
} from '../src/index.js';
import { normalizeInput } from '../src/input.js';
import { FakeClassifier } from '../src/testing/index.js';
import { API_KEY, BASE_URL, useMockApi } from './support/msw.js';

const api = useMockApi();
const SECRET = 'a-shared-secret-of-32-characters';

/** A store as a user would write one: a Map, with every call recorded. */
class MapStore implements CacheStore {
  readonly entries = new Map<string, string>();
  readonly ttls: number[] = [];
  async get(key: string): Promise<string | undefined> {
    return this.entries.get(key);
  }
  async set(key: string, value: string, ttlMs: number): Promise<void> {
    this.ttls.push(ttlMs);
    this.entries.set(key, value);
  }
}

const client = (store: CacheStore, cache: NonNullable<Exclude<PiiClientOptions['cache'], false>> = {}) =>
  new PiiClient({
    apiKey: API_KEY,
    baseURL: BASE_URL,
    retryBaseDelayMs: 1,
    cache: { store, secret: SECRET, onWarning: () => {}, ...cache },
  });

/** Background writes settle within a few turns of the event loop. */
const settled = () => new Promise((resolve) => setTimeout(resolve, 10));

describe('a shared cache store', () => {
  it('lets a second client answer from what the first one classified, without calling the API', async () => {
    const seen = api.use({ rules: [{ match: 'snap', reply: 'asking' }] });
    const store = new MapStore();
    const first = client(store);
    expect((await first.classify('whats ur snap?')).source).toBe('api');
    await settled();
    const second = client(store);
    const hit = await second.classify('whats ur snap?');
    expect(hit).toMatchObject({
      label: 'asking',
      source: 'cache',
      cachedSource: 'api',
      model: DEFAULT_MODEL,
    });
    expect(hit.probabilities?.asking).toBeGreaterThan(0.9);
    expect(seen).toHaveLength(1);
    // The shared hit is now in the second client's own cache: no second store lookup.
    await second.classify('whats ur snap?');
    expect(second.stats().cache).toMatchObject({
      entries: 1,
      shared: { state: 'ok', hits: 1, misses: 0, failures: 0 },
    });
    expect(first.stats().cache?.shared).toMatchObject({ hits: 0, misses: 1, writes: 1 });
  });

  it('keys are HMAC-SHA256 of model, prompt version and normalised text; values hold no text', async () => {
    api.use({ rules: [{ match: 'email', reply: 'giving' }] });
    const store = new MapStore();
    const c = client(store, { ttlMs: 60_000 });
    const text = 'my email is zed.quux@exam\u200bple.com';
    await c.classify(text);
    await settled();
    const normalized = normalizeInput(text, 1_000);
    expect(normalized).not.toBe(text);
    const expected = createHmac('sha256', SECRET)
      .update(`${DEFAULT_MODEL}\u0000${DEFAULT_PROMPT_VERSION}\u0000${normalized}`)
      .digest('hex');
    expect([...store.entries.keys()]).toEqual([expected]);
    const value = store.entries.get(expected)!;
    for (const fragment of ['email', 'zed', 'quux', 'example']) expect(value).not.toContain(fragment);
    expect(JSON.parse(value)).toMatchObject({ label: 'giving', source: 'api', model: DEFAULT_MODEL });
    expect(store.ttls).toEqual([60_000]);
  });

  it('clients with different secrets share nothing', async () => {
    const seen = api.use();
    const store = new MapStore();
    await client(store).classify('gg');
    await settled();
    const other = client(store, { secret: 'another-secret-of-some-length' });
    expect((await other.classify('gg')).source).toBe('api');
    await settled();
    expect(seen).toHaveLength(2);
    expect(store.entries.size).toBe(2);
  });

  it('a context is part of the key when a backend that reads it answers', async () => {
    const store = new MapStore();
    const teacher = () => new FakeClassifier({ kind: 'teacher', usesContext: true, respond: () => 'none' });
    const make = (fake: FakeClassifier) =>
      new PiiClient({
        fallback: { mode: 'fallback-only', classifiers: fake, cacheFallbackResults: true },
        cache: { store, secret: SECRET },
      });
    const context = [{ speaker: 'a', text: 'are you 12?' }];
    const first = teacher();
    const c = make(first);
    await c.classify('yes', { context });
    await c.classify('yes');
    await settled();
    expect(first.calls).toHaveLength(2);
    expect(store.entries.size).toBe(2);
    // Another replica with the same conversation hits; the speakers' names do not matter.
    const second = teacher();
    const hit = await make(second).classify('yes', { context: [{ speaker: 'b', text: 'are you 12?' }] });
    expect(hit).toMatchObject({ source: 'cache', cachedSource: 'teacher' });
    expect(second.calls).toHaveLength(0);
  });

  it('a failing store costs hits only: every call is answered, one warning, counted in stats()', async () => {
    const seen = api.use();
    const warnings: string[] = [];
    let calls = 0;
    const broken: CacheStore = {
      get: async () => {
        calls++;
        throw new Error('ECONNREFUSED 10.0.0.1:6379 password=hunter2');
      },
      set: async () => {
        calls++;
        throw new Error('ECONNREFUSED');
      },
    };
    const c = client(broken, { onWarning: (message) => warnings.push(message) });
    const results = await Promise.all(['a', 'b', 'c'].map((text) => c.classify(text)));
    expect(results.map((r) => r.source)).toEqual(['api', 'api', 'api']);
    expect(await c.classify('a')).toMatchObject({ source: 'cache', cachedSource: 'api' });
    expect(seen).toHaveLength(3);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).not.toMatch(/hunter2|10\.0\.0\.1|ECONNREFUSED/);
    const shared = c.stats().cache?.shared;
    expect(shared?.state).toBe('degraded');
    expect(shared!.failures).toBeGreaterThanOrEqual(1);
    // Within a second of a failure the store is left alone: the other lookups and writes are skipped.
    expect(shared!.failures + shared!.skipped).toBe(6);
    expect(calls).toBe(shared!.failures);
  });

  it('a hung store is given up on after storeTimeoutMs', async () => {
    api.use({ rules: [{ match: 'snap', reply: 'asking' }] });
    const hung: CacheStore = { get: () => new Promise(() => {}), set: () => new Promise(() => {}) };
    const c = client(hung, { storeTimeoutMs: 20 });
    expect(await c.classify('whats ur snap?')).toMatchObject({ label: 'asking', source: 'api' });
    expect(c.stats().cache?.shared).toMatchObject({ state: 'degraded', failures: 1, hits: 0 });
  });

  it('a write that fails after the client closed (the store closed with it) is no outage', async () => {
    api.use();
    const warnings: string[] = [];
    let rejectWrite: (error: Error) => void = () => {};
    const store: CacheStore = {
      get: async () => undefined,
      set: () =>
        new Promise<void>((_, reject) => {
          rejectWrite = reject;
        }),
    };
    const c = client(store, { onWarning: (message) => warnings.push(message), storeTimeoutMs: 5_000 });
    await c.classify('gg');
    await settled();
    await c.close();
    rejectWrite(new Error('The Redis cache store is closed.'));
    await settled();
    expect(warnings).toEqual([]);
    expect(c.stats().cache?.shared).toMatchObject({ state: 'ok', writes: 0 });
  });

  it('a value that is not a valid entry is a miss, counted, and replaced by the answer', async () => {
    const seen = api.use();
    const store = new MapStore();
    const c = client(store);
    const key = createHmac('sha256', SECRET)
      .update(`${DEFAULT_MODEL}\u0000${DEFAULT_PROMPT_VERSION}\u0000lol`)
      .digest('hex');
    store.entries.set(key, JSON.stringify({ label: 'giving', model: 'm', source: 'elsewhere' }));
    expect((await c.classify('lol')).source).toBe('api');
    await settled();
    expect(seen).toHaveLength(1);
    expect(c.stats().cache?.shared).toMatchObject({ invalid: 1, misses: 1, writes: 1 });
    expect(JSON.parse(store.entries.get(key)!)).toMatchObject({ label: 'none', source: 'api' });
  });

  it('rejects impossible options, naming the option and never the secret', () => {
    const store = new MapStore();
    const make = (cache: PiiClientOptions['cache']) => () =>
      new PiiClient({ apiKey: API_KEY, baseURL: BASE_URL, cache });
    const cases: [PiiClientOptions['cache'], string][] = [
      [{ store }, 'cache.secret'],
      [{ store, secret: 'short-secret' }, 'cache.secret'],
      [{ store, secret: new Uint8Array(15) }, 'cache.secret'],
      [{ secret: SECRET }, 'cache.secret'],
      [{ store: { get: async () => undefined } as unknown as CacheStore, secret: SECRET }, 'cache.store'],
      [{ store, secret: SECRET, storeTimeoutMs: 0 }, 'cache.storeTimeoutMs'],
    ];
    for (const [cache, option] of cases) {
      expect(make(cache)).toThrow(ConfigurationError);
      try {
        make(cache)();
      } catch (error) {
        expect((error as ConfigurationError).option).toBe(option);
        expect((error as Error).message).not.toContain('short-secret');
      }
    }
    expect(make({ store, secret: new Uint8Array(16) })).not.toThrow();
  });
});

describe('shared cache entries', () => {
  it('round-trip the answer and drop what describes the call rather than the answer', () => {
    const entry = encodeEntry({
      label: 'asking',
      model: 'teacher-v2',
      source: 'cache',
      cachedSource: 'teacher',
      teacherScores: { asking: 0.9, giving: 0.1, offPlatform: 0.05 },
      fallbackReason: 'server',
      hedged: true,
    });
    expect(decodeEntry(entry)).toEqual({
      label: 'asking',
      model: 'teacher-v2',
      source: 'cache',
      cachedSource: 'teacher',
      teacherScores: { asking: 0.9, giving: 0.1, offPlatform: 0.05 },
    });
  });

  it('refuse values that are not entries', () => {
    const valid = { label: 'none', model: 'm', source: 'api' };
    for (const value of [
      'not json',
      '[]',
      'null',
      JSON.stringify({ ...valid, label: 'maybe' }),
      JSON.stringify({ ...valid, model: '' }),
      JSON.stringify({ ...valid, model: 'x'.repeat(513) }),
      JSON.stringify({ ...valid, source: 'cache' }),
      JSON.stringify({ ...valid, probabilities: { none: 2, asking: 0, giving: 0 } }),
      JSON.stringify({ ...valid, otherMass: -1 }),
      JSON.stringify({ ...valid, teacherScores: { asking: 'high', giving: 0 } }),
    ]) {
      expect(decodeEntry(value), value).toBeUndefined();
    }
    expect(decodeEntry(JSON.stringify(valid))).toMatchObject({ source: 'cache', cachedSource: 'api' });
  });
});
