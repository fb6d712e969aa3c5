import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { PiiClient } from '../src/client.js';
import { FallbackUnavailableError } from '../src/errors.js';
import type { PiiClientOptions } from '../src/options.js';
import { fireworksHandlers } from '../src/testing/handlers.js';
import type { MockReply } from '../src/testing/replies.js';
import { keywordLabel, ok, ScriptedClassifier } from './fallback-helpers.js';

const baseURL = 'https://api.test/v1';
const server = setupServer();
let requests = 0;

/** Every request gets `reply` (or a normal answer with `label` when `reply` is a label). */
function apiAnswers(reply: MockReply) {
  server.resetHandlers(
    ...fireworksHandlers({
      baseURL,
      rules: [{ match: () => true, reply }],
      onRequest: () => {
        requests += 1;
      },
    }),
  );
}

function teacher(): ScriptedClassifier {
  const t = new ScriptedClassifier('teacher', (text) => ok(keywordLabel(text), 'tiny-xlmr'), 'tiny-xlmr');
  t.device = 'cpu';
  return t;
}

function client(options: PiiClientOptions): PiiClient {
  return new PiiClient({ apiKey: 'sk-test', baseURL, maxRetries: 1, retryBaseDelayMs: 1, ...options });
}

const closing: PiiClient[] = [];
function track(c: PiiClient): PiiClient {
  closing.push(c);
  return c;
}

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(async () => {
  await Promise.all(closing.splice(0).map((c) => c.close()));
  server.resetHandlers();
  requests = 0;
  vi.restoreAllMocks();
});
afterAll(() => server.close());

describe('PiiClient fallback', () => {
  it('outage: after its retries the teacher answers, with the reason, retry and fallback events', async () => {
    apiAnswers({ type: 'status', status: 503 });
    const c = track(client({ fallback: { mode: 'on-error', classifiers: teacher() } }));
    const retries: unknown[] = [];
    const fallbacks: unknown[] = [];
    c.on('retry', (e) => retries.push(e));
    c.on('fallback', (e) => fallbacks.push(e));
    const r = await c.classify('whats ur snap?');
    expect(r).toMatchObject({
      label: 'asking',
      source: 'teacher',
      fallbackReason: 'server',
      model: 'tiny-xlmr',
    });
    expect(r.latencyMs).toBeGreaterThanOrEqual(0);
    expect(requests).toBe(2);
    expect(retries).toHaveLength(1);
    expect(fallbacks).toEqual([
      { reason: 'server', errorKind: 'server', status: 503, source: 'teacher', alert: false },
    ]);
  });

  it('off: the API error is thrown as before', async () => {
    apiAnswers({ type: 'status', status: 503 });
    const c = track(client({ fallback: { mode: 'off', classifiers: teacher() } }));
    await expect(c.classify('hello')).rejects.toMatchObject({ kind: 'server', status: 503 });
  });

  it('fallback-only: no API key needed and no HTTP request is made', async () => {
    apiAnswers('none');
    const t = teacher();
    const c = track(
      new PiiClient({ apiKey: '', baseURL, fallback: { mode: 'fallback-only', classifiers: t } }),
    );
    const out = await c.classifyBatch(['my email is kim@example.com', 'gg']);
    expect(out.map((o) => o.ok && [o.value.source, o.value.label, o.value.fallbackReason])).toEqual([
      ['teacher', 'giving', 'fallback-only'],
      ['teacher', 'none', 'fallback-only'],
    ]);
    expect(requests).toBe(0);
    expect(
      () => new PiiClient({ apiKey: '', baseURL, fallback: { mode: 'on-error', classifiers: t } }),
    ).toThrow(/API key|apiKey/i);
  });

  it('caches API answers only: a teacher answer is replaced by the API once it is back', async () => {
    apiAnswers({ type: 'status', status: 500 });
    const c = track(client({ fallback: { classifiers: teacher(), circuitBreaker: false } }));
    expect(await c.classify('whats ur insta?')).toMatchObject({ source: 'teacher' });
    apiAnswers('giving');
    expect(await c.classify('whats ur insta?')).toMatchObject({ source: 'api', label: 'giving' });
    expect(await c.classify('whats ur insta?')).toMatchObject({ source: 'cache', cachedSource: 'api' });
    expect(c.stats().bySource).toMatchObject({ api: 1, teacher: 1, cache: 1 });
  });

  it('caches teacher answers when cacheFallbackResults is set', async () => {
    apiAnswers({ type: 'status', status: 500 });
    const c = track(client({ fallback: { classifiers: teacher(), cacheFallbackResults: true } }));
    await c.classify('whats ur insta?');
    apiAnswers('giving');
    expect(await c.classify('whats ur insta?')).toMatchObject({ source: 'cache', cachedSource: 'teacher' });
  });

  it('a batch keeps order and one outcome per input with mixed sources', async () => {
    server.resetHandlers(
      ...fireworksHandlers({
        baseURL,
        label: 'asking',
        rules: [{ match: 'down', reply: { type: 'status', status: 502 } }],
      }),
    );
    const c = track(client({ fallback: { classifiers: teacher(), circuitBreaker: false } }));
    const texts = Array.from({ length: 24 }, (_, i) => (i % 4 === 0 ? `down my number ${i}` : `up ${i}`));
    const out = await c.classifyBatch([...texts, '   '], { concurrency: 8 });
    expect(out).toHaveLength(25);
    out.slice(0, 24).forEach((o, i) => {
      expect(o.ok && o.value.source).toBe(i % 4 === 0 ? 'teacher' : 'api');
      expect(o.ok && o.value.label).toBe(i % 4 === 0 ? 'giving' : 'asking');
    });
    expect(out[24]).toMatchObject({ ok: true, value: { source: 'input' } });
    expect(c.stats().bySource).toMatchObject({ api: 18, teacher: 6, input: 1 });
  });

  it('401 falls back loudly by default (one warning), and not at all when disabled', async () => {
    apiAnswers({ type: 'status', status: 401 });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const c = track(client({ fallback: { classifiers: teacher(), circuitBreaker: false } }));
    const alerts: boolean[] = [];
    c.on('fallback', (e) => alerts.push(e.alert));
    await c.classifyBatch(['a', 'b', 'c']);
    expect(alerts).toEqual([true, true, true]);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]?.[0])).not.toContain('sk-test');
    const strict = track(client({ fallback: { classifiers: teacher(), fallbackOn: { auth: false } } }));
    await expect(strict.classify('a')).rejects.toMatchObject({ kind: 'authentication' });
    await expect(strict.classify(42 as never)).rejects.toMatchObject({ kind: 'invalid-input' });
    expect(strict.stats().errorsByKind).toEqual({ authentication: 1, 'invalid-input': 1 });
  });

  it('429 storm: breaker opens, zero API calls while open, a probe after the cool-down, recovery', async () => {
    apiAnswers({ type: 'status', status: 429 });
    const c = track(
      client({
        maxRetries: 0,
        fallback: {
          classifiers: teacher(),
          circuitBreaker: { consecutiveFailures: 3, halfOpenAfterMs: 600 },
        },
      }),
    );
    const states: string[] = [];
    c.on('circuit', (e) => states.push(e.state));
    for (let i = 0; i < 3; i++) await c.classify(`storm ${i}`);
    expect(c.stats().circuit).toBe('open');
    const before = requests;
    const whileOpen = await c.classifyBatch(Array.from({ length: 20 }, (_, i) => `open ${i}`));
    expect(requests - before).toBe(0);
    expect(whileOpen.every((o) => o.ok && o.value.fallbackReason === 'circuit-open')).toBe(true);

    apiAnswers('none');
    await new Promise((r) => setTimeout(r, 650));
    expect(await c.classify('probe')).toMatchObject({ source: 'api' });
    expect(requests).toBe(before + 1);
    expect(states).toEqual(['open', 'half-open', 'closed']);
    expect(await c.classify('after')).toMatchObject({ source: 'api' });
    expect(c.stats()).toMatchObject({
      circuit: 'closed',
      fallbacksByReason: { 'rate-limit': 3, 'circuit-open': 20 },
      apiErrorsByKind: { 'rate-limit': 3 },
    });
  });

  it('a failing teacher factory gives FallbackUnavailableError, is retried after its back-off, then loads once', async () => {
    apiAnswers({ type: 'status', status: 503 });
    let attempts = 0;
    const t = teacher();
    const c = track(
      client({
        fallback: {
          circuitBreaker: false,
          loadRetry: { initialDelayMs: 400 },
          classifiers: () => {
            attempts += 1;
            if (attempts === 1) throw new Error('model folder missing');
            return t;
          },
        },
      }),
    );
    const loaded: unknown[] = [];
    const failed: unknown[] = [];
    c.on('fallbackLoaded', (e) => loaded.push(e));
    c.on('fallbackLoadFailed', (e) => failed.push(e));
    await expect(c.classify('one')).rejects.toBeInstanceOf(FallbackUnavailableError);
    await expect(c.classify('two')).rejects.toBeInstanceOf(FallbackUnavailableError);
    expect(attempts).toBe(1);
    await new Promise((r) => setTimeout(r, 450));
    const results = await Promise.all(['three', 'four', 'five'].map((text) => c.classify(text)));
    expect(results.every((r) => r.source === 'teacher')).toBe(true);
    expect(attempts).toBe(2);
    expect(failed).toHaveLength(1);
    expect(loaded).toEqual([expect.objectContaining({ kind: 'teacher', model: 'tiny-xlmr', device: 'cpu' })]);
    expect(c.stats().errorsByKind).toMatchObject({ 'fallback-unavailable': 2 });
  });

  it('shadow: returns the API answer and emits the disagreement', async () => {
    apiAnswers('none');
    const c = track(client({ fallback: { mode: 'shadow', classifiers: teacher() } }));
    const seen = new Promise((resolve) => c.on('shadow', resolve));
    expect(await c.classify('my snap is kim_22')).toMatchObject({ source: 'api', label: 'none' });
    expect(await seen).toEqual({
      apiLabel: 'none',
      fallbackLabel: 'giving',
      agree: false,
      fallbackSource: 'teacher',
      apiModel: expect.any(String),
      fallbackModel: 'tiny-xlmr',
    });
    expect(c.stats().shadow).toMatchObject({ compared: 1, disagreed: 1 });
  });

  it('stats() reports mode, fallbacks and their state', async () => {
    apiAnswers('asking');
    const t = teacher();
    t.queueDepth = 2;
    const c = track(
      client({ fallback: { classifiers: [() => t, new ScriptedClassifier('pocket', () => ok('none'))] } }),
    );
    await c.classify('whats ur number?');
    expect(c.stats()).toMatchObject({
      mode: 'on-error',
      circuit: 'closed',
      bySource: { api: 1, teacher: 0 },
      fallbacks: [{ state: 'idle' }, { state: 'idle' }],
    });
    expect(c.stats().fallbackQueueDepth).toBeUndefined();
    apiAnswers({ type: 'status', status: 500 });
    await c.classify('my number is 555 0101');
    expect(c.stats()).toMatchObject({
      bySource: { api: 1, teacher: 1 },
      fallbacks: [{ state: 'ready', kind: 'teacher', model: 'tiny-xlmr', queueDepth: 2 }, { state: 'idle' }],
      fallbackQueueDepth: 2,
      hedge: { started: 0, apiWon: 0, fallbackWon: 0 },
      shadow: { sampled: 0 },
    });
  });
});
