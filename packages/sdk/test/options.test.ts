import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  AuthenticationError,
  ConfigurationError,
  DEFAULT_BASE_URL,
  DEFAULT_MODEL,
  DEFAULT_SYSTEM_PROMPT,
  PiiClient,
} from '../src/index.js';
import { resolveClientOptions } from '../src/options.js';

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('resolveClientOptions', () => {
  it('fills every field from one set of defaults and freezes the result', () => {
    vi.stubEnv('FIREWORKS_BASE_URL', '');
    const resolved = resolveClientOptions({ apiKey: 'k' });
    expect(resolved).toMatchObject({
      apiKey: 'k',
      baseURL: DEFAULT_BASE_URL,
      model: DEFAULT_MODEL,
      systemPrompt: DEFAULT_SYSTEM_PROMPT,
      promptVersion: 'v2',
      maxTokens: 4,
      timeoutMs: 10_000,
      deadlineMs: 30_000,
      maxRetries: 2,
      retryBaseDelayMs: 500,
      retryMaxDelayMs: 8_000,
      maxRetryAfterMs: 30_000,
      headers: {},
      cache: { maxEntries: 10_000, ttlMs: Number.POSITIVE_INFINITY },
      maxTextLength: 20_000,
      concurrency: 16,
      maxOtherMass: 0.5,
      constrainOutput: false,
      maxResponseBytes: 1_048_576,
      allowServerMessages: false,
    });
    expect(typeof resolved.fetch).toBe('function');
    expect(Object.isFrozen(resolved)).toBe(true);
    expect(Object.values(resolved)).not.toContain(undefined);
  });

  it('reads the key and base URL from the environment when not given', () => {
    vi.stubEnv('FIREWORKS_API_KEY', 'env-key');
    vi.stubEnv('FIREWORKS_BASE_URL', 'http://localhost:8000/v1/');
    const resolved = resolveClientOptions();
    expect(resolved.apiKey).toBe('env-key');
    expect(resolved.baseURL).toBe('http://localhost:8000/v1');
  });

  it('fails at construction without a key, with an AuthenticationError that names the fix', () => {
    vi.stubEnv('FIREWORKS_API_KEY', '');
    expect(() => new PiiClient()).toThrow(AuthenticationError);
    expect(() => new PiiClient({ apiKey: '  ' })).toThrow(/FIREWORKS_API_KEY/);
  });

  it.each([
    [{ timeoutMs: -1 }, 'timeoutMs'],
    [{ timeoutMs: Number.NaN }, 'timeoutMs'],
    [{ deadlineMs: 0 }, 'deadlineMs'],
    [{ deadlineMs: 3e9 }, 'deadlineMs'],
    [{ maxRetries: 1.5 }, 'maxRetries'],
    [{ maxRetries: -1 }, 'maxRetries'],
    [{ maxTokens: 0 }, 'maxTokens'],
    [{ baseURL: 'ftp://example.com' }, 'baseURL'],
    [{ baseURL: 'not a url' }, 'baseURL'],
    [{ model: '' }, 'model'],
    [{ headers: { 'bad header': 'x' } }, 'headers'],
    [{ cache: { maxEntries: 0 } }, 'cache.maxEntries'],
    [{ cache: { ttlMs: -5 } }, 'cache.ttlMs'],
    [{ maxTextLength: 0 }, 'maxTextLength'],
    [{ concurrency: 0 }, 'concurrency'],
  ] as const)('rejects %o naming the option', (bad, option) => {
    const run = () => resolveClientOptions({ apiKey: 'k', ...bad });
    expect(run).toThrow(ConfigurationError);
    try {
      run();
    } catch (error) {
      expect((error as ConfigurationError).option).toBe(option);
      expect((error as Error).message).toContain(`\`${option}\``);
    }
  });

  it('accepts Infinity for timeouts and cache: false', () => {
    const resolved = resolveClientOptions({
      apiKey: 'k',
      timeoutMs: Number.POSITIVE_INFINITY,
      deadlineMs: Number.POSITIVE_INFINITY,
      cache: false,
    });
    expect(resolved.timeoutMs).toBe(Number.POSITIVE_INFINITY);
    expect(resolved.cache).toBe(false);
  });

  it('versions a custom prompt by its content, so cached answers never cross prompts', () => {
    const a = resolveClientOptions({ apiKey: 'k', systemPrompt: 'Prompt A' }).promptVersion;
    const b = resolveClientOptions({ apiKey: 'k', systemPrompt: 'Prompt B' }).promptVersion;
    expect(a).toMatch(/^custom-[0-9a-f]{8}$/);
    expect(a).not.toBe(b);
    expect(resolveClientOptions({ apiKey: 'k', systemPrompt: 'Prompt A' }).promptVersion).toBe(a);
  });
});
