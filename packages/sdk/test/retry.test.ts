import { describe, expect, it } from 'vitest';
import { InternalServerError, PiiClient, RateLimitError } from '../src/index.js';
import { API_KEY, BASE_URL, useMockApi } from './support/msw.js';

const api = useMockApi();
const client = (options: ConstructorParameters<typeof PiiClient>[0] = {}) =>
  new PiiClient({ apiKey: API_KEY, baseURL: BASE_URL, retryBaseDelayMs: 1, cache: false, ...options });

describe('retries', () => {
  it.each([408, 409, 429, 500, 502, 503, 504, 529])('retries %i and then succeeds', async (status) => {
    const seen = api.use({ rules: [{ match: '', reply: { type: 'status', status }, times: 2 }] });
    expect((await client().classify('hello')).label).toBe('none');
    expect(seen).toHaveLength(3);
  });

  it.each([
    [400, 'bad-request'],
    [401, 'authentication'],
    [403, 'permission-denied'],
    [404, 'not-found'],
    [413, 'api'],
    [422, 'unprocessable-entity'],
  ])('never retries %i', async (status, kind) => {
    const seen = api.use({ rules: [{ match: '', reply: { type: 'status', status } }] });
    await expect(client({ maxRetries: 5 }).classify('hello')).rejects.toMatchObject({ kind, status });
    expect(seen).toHaveLength(1);
  });

  it('stops after maxRetries + 1 attempts with the last error', async () => {
    const seen = api.use({
      rules: [{ match: '', reply: { type: 'status', status: 503, message: 'overloaded' } }],
    });
    const error = await client({ maxRetries: 3 })
      .classify('hello')
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InternalServerError);
    expect((error as Error).message).toContain('4 attempts');
    expect(seen).toHaveLength(4);
  });

  it('retries connection failures', async () => {
    const seen = api.use({ rules: [{ match: '', reply: { type: 'reset' }, times: 1 }] });
    expect((await client().classify('hello')).label).toBe('none');
    expect(seen).toHaveLength(2);
  });

  it('honours retry-after-ms over Retry-After', async () => {
    api.use({
      rules: [
        {
          match: '',
          reply: { type: 'status', status: 429, headers: { 'retry-after-ms': '40', 'retry-after': '30' } },
          times: 1,
        },
      ],
    });
    const c = client();
    const waits: number[] = [];
    c.on('retry', (e) => waits.push(e.delayMs));
    const started = performance.now();
    await c.classify('hello');
    const elapsed = performance.now() - started;
    expect(waits[0]).toBeGreaterThanOrEqual(38);
    expect(elapsed).toBeLessThan(2_000);
  });

  it('caps a long Retry-After at maxRetryAfterMs', async () => {
    api.use({
      rules: [
        { match: '', reply: { type: 'status', status: 503, headers: { 'retry-after': '3600' } }, times: 1 },
      ],
    });
    const started = performance.now();
    await client({ maxRetryAfterMs: 30 }).classify('hello');
    expect(performance.now() - started).toBeLessThan(1_000);
  });

  it('fails at once with the RateLimitError when the requested wait passes the deadline', async () => {
    const seen = api.use({
      rules: [{ match: '', reply: { type: 'status', status: 429, headers: { 'retry-after': '20' } } }],
    });
    const started = performance.now();
    const error = await client({ deadlineMs: 5_000 })
      .classify('hello')
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RateLimitError);
    expect((error as RateLimitError).retryAfterMs).toBe(20_000);
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(seen).toHaveLength(1);
  });
});
