import { describe, expect, it } from 'vitest';
import { ConfigurationError } from '../src/errors.js';
import { DEFAULT_FALLBACK_TRIGGERS, resolveFallbackOptions } from '../src/fallback/resolve-options.js';
import { ok, ScriptedClassifier } from './fallback-helpers.js';

const teacher = new ScriptedClassifier('teacher', () => ok('none'));

describe('resolveFallbackOptions', () => {
  it('defaults to off without classifiers and on-error with them', () => {
    expect(resolveFallbackOptions(undefined).mode).toBe('off');
    const resolved = resolveFallbackOptions({ classifiers: teacher });
    expect(resolved.mode).toBe('on-error');
    expect(resolved.chain).toEqual([teacher]);
    expect(resolved.fallbackOn).toEqual(DEFAULT_FALLBACK_TRIGGERS);
    expect(resolved.circuitBreaker).toMatchObject({
      strategy: 'consecutive',
      consecutiveFailures: 5,
      halfOpenAfterMs: 15_000,
    });
    expect(resolved.hedgeAfterMs).toBe(1_000);
    expect(resolved.cacheFallbackResults).toBe(false);
    expect(Object.isFrozen(resolved)).toBe(true);
  });

  it('accepts an ordered chain of classifiers and factories', () => {
    const factory = () => teacher;
    expect(resolveFallbackOptions({ classifiers: [factory, teacher] }).chain).toEqual([factory, teacher]);
  });

  it('merges trigger switches over the defaults', () => {
    const resolved = resolveFallbackOptions({ classifiers: teacher, fallbackOn: { auth: false } });
    expect(resolved.fallbackOn).toMatchObject({
      auth: false,
      billing: true,
      server: true,
      badRequest: false,
    });
  });

  it('refuses at construction a classifier without the `kind` its results report', () => {
    const noKind = { classifyBatch: async () => [], close: async () => undefined };
    expect(() => resolveFallbackOptions({ classifiers: noKind as never })).toThrow(
      /fallback\.classifiers\[0\]/,
    );
  });

  it('has no breaker in off and fallback-only modes, or when disabled', () => {
    expect(
      resolveFallbackOptions({ classifiers: teacher, mode: 'fallback-only' }).circuitBreaker,
    ).toBeUndefined();
    expect(
      resolveFallbackOptions({ classifiers: teacher, circuitBreaker: false }).circuitBreaker,
    ).toBeUndefined();
    expect(resolveFallbackOptions({ classifiers: teacher, mode: 'hedge' }).circuitBreaker).toBeDefined();
  });

  it.each([
    [{ mode: 'fallback-only' as const }, /fallback\.classifiers/],
    [{ classifiers: teacher, mode: 'sometimes' as never }, /fallback\.mode/],
    [{ classifiers: {} as never }, /fallback\.classifiers\[0\]/],
    [{ classifiers: teacher, hedgeAfterMs: -1 }, /fallback\.hedgeAfterMs/],
    [{ classifiers: teacher, shadow: { sampleRate: 2 } }, /fallback\.shadow\.sampleRate/],
    [{ classifiers: teacher, shadow: { maxQueue: 0 } }, /fallback\.shadow\.maxQueue/],
    [
      { classifiers: teacher, circuitBreaker: { strategy: 'sampling' as const, failureRatio: 1 } },
      /failureRatio/,
    ],
    [{ classifiers: teacher, circuitBreaker: { consecutiveFailures: 0 } }, /consecutiveFailures/],
    [{ classifiers: teacher, fallbackOn: { typo: true } as never }, /fallbackOn\.typo/],
    [{ classifiers: teacher, loadRetry: { initialDelayMs: 10, maxDelayMs: 5 } }, /loadRetry\.maxDelayMs/],
  ])('throws a ConfigurationError naming the bad option (%#)', (options, message) => {
    expect(() => resolveFallbackOptions(options)).toThrow(ConfigurationError);
    expect(() => resolveFallbackOptions(options)).toThrow(message);
  });
});
