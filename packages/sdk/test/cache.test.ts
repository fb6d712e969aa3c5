import { describe, expect, it } from 'vitest';
import { type CachedResult, ResultCache } from '../src/cache.js';

const answer = (label: 'none' | 'asking'): CachedResult => ({ label, model: 'm', source: 'api' });

describe('ResultCache', () => {
  it('expires entries after ttlMs on its clock', () => {
    let clock = 1_000;
    const cache = new ResultCache({ maxEntries: 10, ttlMs: 500 }, 'm', 'v1', () => clock);
    const key = cache.key('hello');
    cache.set(key, answer('asking'));
    clock += 499;
    expect(cache.get(key)?.label).toBe('asking');
    clock += 2;
    expect(cache.get(key)).toBeUndefined();
  });

  it('keeps entries forever with ttlMs Infinity', () => {
    let clock = 0;
    const cache = new ResultCache(
      { maxEntries: 10, ttlMs: Number.POSITIVE_INFINITY },
      'm',
      'v1',
      () => clock,
    );
    cache.set(cache.key('a'), answer('none'));
    clock += 1e12;
    expect(cache.get(cache.key('a'))).toBeDefined();
  });

  it('evicts the least recently used entry beyond maxEntries', () => {
    const cache = new ResultCache({ maxEntries: 2, ttlMs: Number.POSITIVE_INFINITY }, 'm', 'v1');
    cache.set(cache.key('a'), answer('none'));
    cache.set(cache.key('b'), answer('none'));
    cache.get(cache.key('a'));
    cache.set(cache.key('c'), answer('none'));
    expect(cache.get(cache.key('b'))).toBeUndefined();
    expect(cache.get(cache.key('a'))).toBeDefined();
    expect(cache.size).toBe(2);
  });

  it('keys include model and prompt version', () => {
    const a = new ResultCache({ maxEntries: 2, ttlMs: 1 }, 'model-a', 'v1');
    const b = new ResultCache({ maxEntries: 2, ttlMs: 1 }, 'model-a', 'v2');
    const c = new ResultCache({ maxEntries: 2, ttlMs: 1 }, 'model-b', 'v1');
    expect(new Set([a.key('t'), b.key('t'), c.key('t')]).size).toBe(3);
  });
});
