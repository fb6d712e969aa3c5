import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  AbortError,
  APIConnectionError,
  APITimeoutError,
  AuthenticationError,
  ClosedError,
  InternalServerError,
  InvalidResponseError,
  PiiClient,
  type PiiClientOptions,
} from '../src/index.js';
import { type LoopbackServer, startLoopbackServer } from '../src/testing/server.js';

const KEY = 'sk-loopback-secret-42';
let server: LoopbackServer;

beforeAll(async () => {
  server = await startLoopbackServer();
});
afterAll(() => server.close());
beforeEach(() => {
  server.setFaults({ apiKey: KEY });
  server.resetStats();
});

const client = (options: PiiClientOptions = {}) =>
  new PiiClient({ apiKey: KEY, baseURL: server.url, cache: false, retryBaseDelayMs: 5, ...options });

describe('against a loopback chat-completions server', () => {
  it('waits ≈1 s on 429 with Retry-After: 1, then succeeds', async () => {
    server.setFaults({
      apiKey: KEY,
      rules: [
        { match: '', reply: { type: 'status', status: 429, headers: { 'retry-after': '1' } }, times: 1 },
      ],
      label: 'giving',
    });
    const started = performance.now();
    const result = await client().classify('my number is 555-0100');
    const elapsed = performance.now() - started;
    expect(result.label).toBe('giving');
    expect(elapsed).toBeGreaterThanOrEqual(950);
    expect(elapsed).toBeLessThan(2_500);
    expect(server.stats.requests).toBe(2);
    expect(server.stats.byStatus).toEqual({ 200: 1, 429: 1 });
  });

  it('fails with InternalServerError once retries are spent; the server sees exactly maxRetries + 1 attempts', async () => {
    server.setFaults({ apiKey: KEY, rules: [{ match: '', reply: { type: 'status', status: 502 } }] });
    const error = await client({ maxRetries: 3 })
      .classify('hello')
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InternalServerError);
    expect(error).toMatchObject({ status: 502, requestId: 'req_4' });
    expect(server.stats.requests).toBe(4);
  });

  it('does not retry 401', async () => {
    const error = await client({ apiKey: 'sk-wrong-key', maxRetries: 3 })
      .classify('hello')
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(error).toMatchObject({ status: 401, code: 'unauthorized' });
    expect(server.stats.requests).toBe(1);
  });

  it('times out a slow attempt, retries it, then gives APITimeoutError', async () => {
    server.setFaults({ apiKey: KEY, latencyMs: 300 });
    const started = performance.now();
    const error = await client({ timeoutMs: 50, maxRetries: 1 })
      .classify('hello')
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(APITimeoutError);
    expect((error as Error).message).toContain('50 ms');
    expect(performance.now() - started).toBeLessThan(280);
    expect(server.stats.requests).toBe(2);
  });

  it('lets a per-call timeoutMs override the client default', async () => {
    server.setFaults({ apiKey: KEY, latencyMs: 100 });
    const c = client({ timeoutMs: 20, maxRetries: 0 });
    expect((await c.classify('hello', { timeoutMs: 2_000 })).label).toBe('none');
  });

  it('stops at the overall deadline even while retrying', async () => {
    server.setFaults({ apiKey: KEY, rules: [{ match: '', reply: { type: 'status', status: 503 } }] });
    const started = performance.now();
    const error = await client({ deadlineMs: 150, retryBaseDelayMs: 60, maxRetries: 10 })
      .classify('hello')
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(APITimeoutError);
    expect((error as Error).message).toContain('deadline');
    expect(performance.now() - started).toBeLessThan(600);
  });

  it('aborts a request in flight', async () => {
    server.setFaults({ apiKey: KEY, rules: [{ match: '', reply: { type: 'hang' } }] });
    const controller = new AbortController();
    const pending = client().classify('hello', { signal: controller.signal });
    setTimeout(() => controller.abort(), 30);
    const started = performance.now();
    await expect(pending).rejects.toBeInstanceOf(AbortError);
    expect(performance.now() - started).toBeLessThan(500);
    expect(server.stats.requests).toBe(1);
  });

  it('aborts a back-off wait', async () => {
    server.setFaults({
      apiKey: KEY,
      rules: [{ match: '', reply: { type: 'status', status: 503, headers: { 'retry-after': '5' } } }],
    });
    const controller = new AbortController();
    const c = client();
    c.on('retry', () => undefined);
    const pending = c.classify('hello', { signal: controller.signal });
    setTimeout(() => controller.abort(), 100);
    const started = performance.now();
    await expect(pending).rejects.toBeInstanceOf(AbortError);
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(server.stats.requests).toBe(1);
  });

  it('settles requests in flight with ClosedError on close()', async () => {
    server.setFaults({ apiKey: KEY, rules: [{ match: '', reply: { type: 'hang' } }] });
    const c = client();
    const pending = c.classify('hello');
    await new Promise((resolve) => setTimeout(resolve, 20));
    await c.close();
    await expect(pending).rejects.toBeInstanceOf(ClosedError);
  });

  it('maps dropped connections to APIConnectionError after retrying them', async () => {
    server.setFaults({ apiKey: KEY, rules: [{ match: '', reply: { type: 'reset' } }] });
    const error = await client({ maxRetries: 2 })
      .classify('hello')
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(APIConnectionError);
    expect(server.stats.resets).toBe(3);
  });

  it.each([
    ['malformed JSON', { type: 'malformed' as const }],
    ['no choices', { type: 'no-choices' as const }],
    ['an answer naming no label', { type: 'answer' as const, content: 'Sure! Here is', logprobs: false }],
  ])('gives InvalidResponseError for a 200 with %s, without retrying', async (_, reply) => {
    server.setFaults({ apiKey: KEY, rules: [{ match: '', reply }] });
    const error = await client()
      .classify('hello')
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect(error).toMatchObject({ status: 200, requestId: 'req_1' });
    expect(server.stats.requests).toBe(1);
  });

  it('reads the label from the text when the server sends no logprobs', async () => {
    server.setFaults({
      apiKey: KEY,
      rules: [{ match: '', reply: { type: 'answer', content: ' Asking.', logprobs: false } }],
    });
    const result = await client().classify('what school u go to');
    expect(result.label).toBe('asking');
    expect(result.probabilities).toBeUndefined();
  });

  it('classifies a batch with failures in order against real sockets', async () => {
    server.setFaults({
      apiKey: KEY,
      rules: [
        { match: /^bad/, reply: { type: 'status', status: 400 } },
        { match: /snap/, reply: 'asking' },
      ],
    });
    const texts = Array.from({ length: 50 }, (_, i) =>
      i % 10 === 0 ? `bad ${i}` : i % 3 ? `snap ${i}` : `hi ${i}`,
    );
    const outcomes = await client().classifyBatch(texts, { concurrency: 16 });
    expect(outcomes.map((o) => (o.ok ? o.value.label : o.error.kind))).toEqual(
      texts.map((t) => (t.startsWith('bad') ? 'bad-request' : t.startsWith('snap') ? 'asking' : 'none')),
    );
    expect(server.stats.maxInFlight).toBeLessThanOrEqual(16);
  });
});
