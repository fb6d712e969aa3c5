import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  AbortError,
  APIConnectionError,
  APIError,
  BadRequestError,
  FallbackUnavailableError,
} from '../src/errors.js';
import type { FallbackEventMap } from '../src/fallback/events.js';
import type { FallbackOptions } from '../src/fallback/options.js';
import { resolveFallbackOptions } from '../src/fallback/resolve-options.js';
import { FallbackRouter } from '../src/fallback/router.js';
import { after, err, keywordLabel, ok, ScriptedClassifier } from './fallback-helpers.js';

function setup(
  options: FallbackOptions,
  api = new ScriptedClassifier('api', (t) => ok(keywordLabel(t), 'student')),
) {
  const teacher =
    options.classifiers ?? new ScriptedClassifier('teacher', (t) => ok(keywordLabel(t), 'xlmr'));
  const events: { [K in keyof FallbackEventMap]?: FallbackEventMap[K][] } = {};
  const warnings: string[] = [];
  const router = new FallbackRouter({
    primary: api,
    options: resolveFallbackOptions({ ...options, classifiers: teacher, onWarning: (m) => warnings.push(m) }),
    emit: (name, payload) => {
      const list = (events[name] ?? []) as unknown[];
      list.push(payload);
      events[name] = list as never;
    },
  });
  return { router, api, teacher: teacher as ScriptedClassifier, events, warnings };
}

const down = (status: number) =>
  new ScriptedClassifier('api', () => err(APIError.fromResponse(status, undefined)));

describe('FallbackRouter', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('off: API errors come back as they are and the teacher is never used', async () => {
    const { router, teacher } = setup({ mode: 'off' }, down(503));
    const [out] = await router.classify(['hello']);
    expect(out).toMatchObject({ ok: false, error: { kind: 'server', status: 503 } });
    expect(teacher.calls).toBe(0);
    expect(router.stats()).toMatchObject({
      mode: 'off',
      circuit: 'disabled',
      apiErrorsByKind: { server: 1 },
    });
  });

  it('on-error: an outage is answered by the teacher, with the reason, an event and counters', async () => {
    const { router, events } = setup({ mode: 'on-error' }, down(503));
    const [out] = await router.classify(['whats ur snap?']);
    expect(out).toEqual({
      ok: true,
      value: {
        label: 'asking',
        model: 'xlmr',
        source: 'teacher',
        fallbackReason: 'server',
        latencyMs: expect.any(Number),
      },
    });
    expect(events.fallback).toEqual([
      { reason: 'server', errorKind: 'server', status: 503, source: 'teacher', alert: false },
    ]);
    expect(router.stats()).toMatchObject({
      apiErrorsByKind: { server: 1 },
      fallbacksByReason: { server: 1 },
    });
  });

  it('passes per-call options to the API and only the signal to the teacher', async () => {
    const api = new ScriptedClassifier('api', () => err(new APIConnectionError('reset')));
    const { router, teacher } = setup({ mode: 'on-error', circuitBreaker: false }, api);
    await router.classify(['x'], { signal: new AbortController().signal, timeoutMs: 5, deadlineMs: 50 });
    expect(api.options[0]).toMatchObject({ timeoutMs: 5, deadlineMs: 50 });
    expect(teacher.options).toHaveLength(1);
    expect(teacher.options[0]?.timeoutMs).toBeUndefined();
    expect(teacher.options[0]?.deadlineMs).toBeUndefined();
  });

  it('auth, billing and not-found fall back loudly: alert on the event, one warning per reason', async () => {
    const { router, events, warnings } = setup({ mode: 'on-error', circuitBreaker: false }, down(401));
    await router.classify(['a', 'b', 'c']);
    expect(events.fallback?.every((e) => e.alert && e.reason === 'auth')).toBe(true);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/auth, HTTP 401/);
  });

  it('can be told not to fall back on auth errors; 400 and abort never fall back by default', async () => {
    const { router: strict } = setup({ mode: 'on-error', fallbackOn: { auth: false } }, down(401));
    expect((await strict.classify(['a']))[0]).toMatchObject({ ok: false, error: { kind: 'authentication' } });
    const { router: bad, teacher } = setup(
      { mode: 'on-error' },
      new ScriptedClassifier('api', () => err(new BadRequestError('bad', { status: 400 }))),
    );
    expect((await bad.classify(['a']))[0]).toMatchObject({ ok: false, error: { kind: 'bad-request' } });
    const { router: aborting } = setup(
      { mode: 'on-error' },
      new ScriptedClassifier('api', () => err(new AbortError('gone'))),
    );
    expect((await aborting.classify(['a']))[0]).toMatchObject({ ok: false, error: { kind: 'abort' } });
    expect(teacher.calls).toBe(0);
  });

  it('fallback-only never calls the API and needs none', async () => {
    const teacher = new ScriptedClassifier('teacher', (t) => ok(keywordLabel(t), 'xlmr'));
    const router = new FallbackRouter({
      options: resolveFallbackOptions({ mode: 'fallback-only', classifiers: teacher }),
    });
    const out = await router.classify(['my email is a@b.c', 'hi']);
    expect(out.map((o) => o.ok && [o.value.source, o.value.fallbackReason, o.value.label])).toEqual([
      ['teacher', 'fallback-only', 'giving'],
      ['teacher', 'fallback-only', 'none'],
    ]);
    expect(() => new FallbackRouter({ options: resolveFallbackOptions({ classifiers: teacher }) })).toThrow(
      /needs the API/,
    );
  });

  it('a batch keeps order with mixed sources and one outcome per text', async () => {
    const api = new ScriptedClassifier('api', (t) =>
      t.includes('fail') ? err(new APIConnectionError('reset')) : ok(keywordLabel(t), 'student'),
    );
    const { router } = setup({ mode: 'on-error', circuitBreaker: false }, api);
    const texts = Array.from({ length: 20 }, (_, i) => (i % 3 === 0 ? `fail ${i}?` : `ok ${i}`));
    const out = await router.classify(texts);
    expect(out).toHaveLength(20);
    out.forEach((o, i) => {
      expect(o.ok).toBe(true);
      if (o.ok) expect(o.value.source).toBe(i % 3 === 0 ? 'teacher' : 'api');
      if (o.ok) expect(o.value.label).toBe(keywordLabel(texts[i]!));
    });
  });

  it('when the teacher cannot answer either, the outcome is FallbackUnavailableError', async () => {
    const { router } = setup(
      {
        mode: 'on-error',
        classifiers: () => {
          throw new Error('no model');
        },
      },
      down(500),
    );
    const [out] = await router.classify(['x']);
    expect(out?.ok === false && out.error).toBeInstanceOf(FallbackUnavailableError);
    expect(router.stats().fallbacks).toEqual([{ state: 'backing-off' }]);
  });

  it('429 storm: the breaker opens, no API call while open, one probe after the cool-down, then recovery', async () => {
    vi.useFakeTimers();
    let storm = true;
    const api = new ScriptedClassifier('api', (t) =>
      storm ? err(APIError.fromResponse(429, undefined)) : ok(keywordLabel(t)),
    );
    const { router, events } = setup(
      { mode: 'on-error', circuitBreaker: { consecutiveFailures: 3, halfOpenAfterMs: 5_000 } },
      api,
    );
    for (let i = 0; i < 3; i++) await router.classify([`m${i}`]);
    expect(router.stats().circuit).toBe('open');
    const openOut = await router.classify(Array.from({ length: 10 }, (_, i) => `n${i}`));
    expect(api.calls).toBe(3);
    expect(openOut.every((o) => o.ok && o.value.fallbackReason === 'circuit-open')).toBe(true);

    storm = false;
    vi.advanceTimersByTime(5_000);
    const [probe] = await router.classify(['probe']);
    expect(probe).toMatchObject({ ok: true, value: { source: 'api' } });
    expect(api.calls).toBe(4);
    expect(router.stats().circuit).toBe('closed');
    expect(events.circuit?.map((e) => e.state)).toEqual(['open', 'half-open', 'closed']);
    expect(router.stats().fallbacksByReason).toEqual({ 'rate-limit': 3, 'circuit-open': 10 });
  });

  it('the probe finishes even when its caller aborts, so the breaker learns the truth', async () => {
    vi.useFakeTimers();
    let healthy = false;
    const api = new ScriptedClassifier('api', (_t, signal) =>
      healthy ? after(100, ok('none'), signal) : err(new APIConnectionError('refused')),
    );
    const { router } = setup(
      { mode: 'on-error', circuitBreaker: { consecutiveFailures: 1, halfOpenAfterMs: 1_000 } },
      api,
    );
    await router.classify(['a']);
    healthy = true;
    vi.advanceTimersByTime(1_000);
    const controller = new AbortController();
    const pending = router.classify(['probe'], { signal: controller.signal });
    controller.abort();
    expect((await pending)[0]).toMatchObject({ ok: false, error: { kind: 'abort' } });
    expect(router.stats().circuit).toBe('half-open');
    await vi.advanceTimersByTimeAsync(100);
    expect(router.stats().circuit).toBe('closed');
  });

  it('hedge: a slow API loses to the teacher, which says so; the API call is aborted', async () => {
    vi.useFakeTimers();
    const api = new ScriptedClassifier('api', (_t, signal) => after(2_000, ok('none', 'student'), signal));
    const { router } = setup({ mode: 'hedge', hedgeAfterMs: 200 }, api);
    const pending = router.classify(['whats ur snap?']);
    await vi.advanceTimersByTimeAsync(250);
    expect((await pending)[0]).toEqual({
      ok: true,
      value: {
        label: 'asking',
        model: 'xlmr',
        source: 'teacher',
        fallbackReason: 'hedge',
        hedged: true,
        latencyMs: expect.any(Number),
      },
    });
    expect(api.aborted).toBe(1);
    expect(router.stats().hedge).toEqual({ started: 1, apiWon: 0, fallbackWon: 1 });
  });

  it('shadow: returns the API answer and reports the comparison without the text', async () => {
    const api = new ScriptedClassifier('api', () => ok('none', 'student'));
    const { router, events } = setup({ mode: 'shadow' }, api);
    const [out] = await router.classify(['my email is kim@example.com']);
    expect(out).toEqual({
      ok: true,
      value: { label: 'none', model: 'student', source: 'api', latencyMs: expect.any(Number) },
    });
    expect(events.shadow).toBeUndefined();
    await router.shadowIdle();
    expect(events.shadow).toEqual([
      {
        apiLabel: 'none',
        fallbackLabel: 'giving',
        agree: false,
        fallbackSource: 'teacher',
        apiModel: 'student',
        fallbackModel: 'xlmr',
      },
    ]);
    expect(router.stats().shadow).toMatchObject({ compared: 1, disagreed: 1 });
  });

  it('close() closes the fallbacks it built', async () => {
    const built = new ScriptedClassifier('teacher', () => ok('none'));
    const { router } = setup({ mode: 'on-error', classifiers: () => built }, down(500));
    await router.classify(['x']);
    await router.close();
    expect(built.disposals).toBe(1);
  });
});
