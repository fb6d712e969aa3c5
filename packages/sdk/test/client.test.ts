import { describe, expect, it, vi } from 'vitest';
import {
  AbortError,
  ClosedError,
  INPUT_RULE_MODEL,
  InvalidInputError,
  PiiClient,
  type RetryEvent,
} from '../src/index.js';
import { API_KEY, BASE_URL, useMockApi } from './support/msw.js';

const api = useMockApi();
const client = (options: ConstructorParameters<typeof PiiClient>[0] = {}) =>
  new PiiClient({ apiKey: API_KEY, baseURL: BASE_URL, retryBaseDelayMs: 1, ...options });

describe('PiiClient.classify', () => {
  it('returns the label, class probabilities and source from the API', async () => {
    api.use({ rules: [{ match: 'snap', reply: 'asking' }] });
    const result = await client().classify('whats ur snap?');
    expect(result).toMatchObject({
      label: 'asking',
      source: 'api',
      model: expect.stringContaining('pii-classifier'),
    });
    expect(result.probabilities?.asking).toBeGreaterThan(0.9);
    expect(
      result.probabilities!.none + result.probabilities!.asking + result.probabilities!.giving,
    ).toBeCloseTo(1, 10);
    expect(result.otherMass).toBeCloseTo(0.01, 5);
    expect(result.latencyMs).toBeGreaterThanOrEqual(0);
  });

  it('answers empty and whitespace-only text with none, without calling the API', async () => {
    const seen = api.use();
    const c = client();
    for (const text of ['', '   ', '\n\u0000']) {
      expect(await c.classify(text)).toMatchObject({
        label: 'none',
        source: 'input',
        model: INPUT_RULE_MODEL,
      });
    }
    expect(seen).toEqual([]);
  });

  it('sends normalised text: control characters removed, lone surrogates replaced', async () => {
    const seen = api.use();
    await client().classify('call 5\u00005\u00005 \uD800');
    expect(seen).toEqual(['call 555 \uFFFD']);
  });

  it('rejects non-strings and over-long text before any request', async () => {
    const seen = api.use();
    const c = client({ maxTextLength: 10 });
    await expect(c.classify(42 as unknown as string)).rejects.toMatchObject({ reason: 'not-a-string' });
    await expect(c.classify('x'.repeat(11))).rejects.toBeInstanceOf(InvalidInputError);
    expect(seen).toEqual([]);
  });

  it('rejects at once when the signal is already aborted', async () => {
    const seen = api.use();
    await expect(client().classify('hello', { signal: AbortSignal.abort() })).rejects.toBeInstanceOf(
      AbortError,
    );
    expect(seen).toEqual([]);
  });

  it('rejects with ClosedError after close()', async () => {
    api.use();
    const c = client();
    await c.close();
    await expect(c.classify('hello')).rejects.toBeInstanceOf(ClosedError);
    await expect(c.classifyBatch(['hello'])).rejects.toBeInstanceOf(ClosedError);
  });
});

describe('cache', () => {
  it('serves a repeated text from the cache, naming the original source', async () => {
    const seen = api.use({ label: 'giving' });
    const c = client();
    await c.classify('my email is kim@example.com');
    const hit = await c.classify('my email is kim@example.com');
    expect(hit).toMatchObject({ label: 'giving', source: 'cache', cachedSource: 'api' });
    expect(hit.probabilities?.giving).toBeGreaterThan(0.9);
    expect(seen).toHaveLength(1);
  });

  it('keys by normalised text, so a NUL-padded copy is a hit', async () => {
    const seen = api.use();
    const c = client();
    await c.classify('hello there');
    expect((await c.classify('hello\u0000 there')).source).toBe('cache');
    expect(seen).toHaveLength(1);
  });

  it('keys by model: two clients with different models never share answers', async () => {
    const seen = api.use();
    const a = client({ model: 'model-a' });
    const b = client({ model: 'model-b' });
    await a.classify('same text');
    await b.classify('same text');
    expect(seen).toHaveLength(2);
  });

  it('is off with cache: false', async () => {
    const seen = api.use();
    const c = client({ cache: false });
    await c.classify('hello');
    expect((await c.classify('hello')).source).toBe('api');
    expect(seen).toHaveLength(2);
  });

  it('lets identical concurrent calls share one request', async () => {
    const seen = api.use({
      rules: [{ match: 'dup', reply: { type: 'answer', label: 'asking', delayMs: 20 } }],
    });
    const c = client();
    const results = await Promise.all(Array.from({ length: 5 }, () => c.classify('dup text')));
    expect(seen).toHaveLength(1);
    expect(results.map((r) => r.label)).toEqual(Array(5).fill('asking'));
  });

  it('lets one waiter abort while another sharing the request still gets the answer', async () => {
    const seen = api.use({
      rules: [{ match: 'dup', reply: { type: 'answer', label: 'giving', delayMs: 30 } }],
    });
    const c = client();
    const controller = new AbortController();
    const first = c.classify('dup', { signal: controller.signal });
    const second = c.classify('dup');
    controller.abort();
    await expect(first).rejects.toBeInstanceOf(AbortError);
    expect((await second).label).toBe('giving');
    expect(seen).toHaveLength(1);
  });

  it('starts afresh when every waiter of a shared request has aborted', async () => {
    const seen = api.use({
      rules: [{ match: 'dup', reply: { type: 'answer', label: 'giving', delayMs: 200 } }],
    });
    const c = client();
    const controller = new AbortController();
    const abandoned = c.classify('dup', { signal: controller.signal });
    await vi.waitFor(() => expect(seen).toHaveLength(1), { interval: 2 });
    controller.abort();
    await expect(abandoned).rejects.toBeInstanceOf(AbortError);
    expect((await c.classify('dup')).label).toBe('giving');
    expect(seen).toHaveLength(2);
  });

  it('does not cache failures', async () => {
    const seen = api.use({ rules: [{ match: 'x', reply: { type: 'status', status: 400 }, times: 1 }] });
    const c = client();
    await expect(c.classify('x')).rejects.toMatchObject({ status: 400 });
    expect((await c.classify('x')).source).toBe('api');
    expect(seen).toHaveLength(2);
  });
});

describe('classifyBatch', () => {
  it('gives 50 messages 50 outcomes in input order, 5 failures included', async () => {
    api.use({
      rules: [
        { match: /^fail/, reply: { type: 'status', status: 422, message: 'unprocessable' } },
        { match: /^ask/, reply: 'asking' },
      ],
    });
    const texts = Array.from({ length: 50 }, (_, i) =>
      i % 10 === 3 ? `fail ${i}` : i % 2 ? `ask ${i}` : `plain ${i}`,
    );
    const outcomes = await client().classifyBatch(texts, { concurrency: 8 });
    expect(outcomes).toHaveLength(50);
    outcomes.forEach((outcome, i) => {
      const text = texts[i] as string;
      if (text.startsWith('fail')) {
        expect(outcome.ok).toBe(false);
        if (!outcome.ok) expect(outcome.error).toMatchObject({ kind: 'unprocessable-entity', status: 422 });
      } else {
        expect(outcome).toMatchObject({
          ok: true,
          value: { label: text.startsWith('ask') ? 'asking' : 'none' },
        });
      }
    });
  });

  it('never runs more than `concurrency` requests at once', async () => {
    let active = 0;
    let most = 0;
    api.use({
      rules: [{ match: '', reply: { type: 'answer', delayMs: 5 } }],
      onRequest: () => {
        active++;
        most = Math.max(most, active);
        setTimeout(() => active--, 5);
      },
    });
    await client({ cache: false }).classifyBatch(
      Array.from({ length: 12 }, (_, i) => `m${i}`),
      { concurrency: 3 },
    );
    expect(most).toBeLessThanOrEqual(3);
    expect(most).toBeGreaterThan(1);
  });

  it('gives bad inputs their own error outcome without losing the rest', async () => {
    api.use();
    const outcomes = await client().classifyBatch(['ok', 7 as unknown as string, '', 'fine']);
    expect(outcomes.map((o) => (o.ok ? o.value.source : o.error.kind))).toEqual([
      'api',
      'invalid-input',
      'input',
      'api',
    ]);
  });

  it('settles in-flight and queued items with AbortError when the signal aborts', async () => {
    const seen = api.use({ rules: [{ match: '', reply: { type: 'hang' } }] });
    const controller = new AbortController();
    const batch = client().classifyBatch(
      Array.from({ length: 10 }, (_, i) => `m${i}`),
      { concurrency: 2, signal: controller.signal },
    );
    await vi.waitFor(() => expect(seen.length).toBe(2));
    controller.abort();
    const outcomes = await batch;
    expect(outcomes).toHaveLength(10);
    expect(outcomes.every((o) => !o.ok && o.error instanceof AbortError)).toBe(true);
    expect(seen).toHaveLength(2);
  });

  it('counts every aborted item in stats(), queued ones included', async () => {
    const seen = api.use({ rules: [{ match: '', reply: { type: 'hang' } }] });
    const controller = new AbortController();
    const c = client();
    const batch = c.classifyBatch(
      Array.from({ length: 10 }, (_, i) => `m${i}`),
      { concurrency: 2, signal: controller.signal },
    );
    await vi.waitFor(() => expect(seen.length).toBe(2));
    controller.abort();
    await batch;
    expect(c.stats().errorsByKind).toEqual({ abort: 10 });
  });

  it('rejects a non-array', async () => {
    await expect(client().classifyBatch('text' as unknown as string[])).rejects.toMatchObject({
      reason: 'not-an-array',
    });
  });
});

describe('events', () => {
  it('emits retry with attempt, wait and status, never the text or key; unsubscribe stops it', async () => {
    api.use({ rules: [{ match: '', reply: { type: 'status', status: 503 }, times: 2 }] });
    const c = client();
    const events: RetryEvent[] = [];
    const off = c.on('retry', (event) => events.push(event));
    await c.classify('secret message 555-0100');
    expect(events.map((e) => [e.attempt, e.status, e.reason])).toEqual([
      [2, 503, 'server'],
      [3, 503, 'server'],
    ]);
    expect(events.every((e) => e.delayMs >= 0)).toBe(true);
    const serialised = JSON.stringify(events);
    expect(serialised).not.toContain('555-0100');
    expect(serialised).not.toContain(API_KEY);
    off();
    api.use({ rules: [{ match: '', reply: { type: 'status', status: 503 }, times: 1 }] });
    await c.classify('another');
    expect(events).toHaveLength(2);
  });

  it('keeps classifying when a listener throws', async () => {
    api.use({ rules: [{ match: '', reply: { type: 'status', status: 500 }, times: 1 }] });
    const c = client();
    c.on('retry', () => {
      throw new Error('listener bug');
    });
    expect((await c.classify('hello')).label).toBe('none');
  });
});
