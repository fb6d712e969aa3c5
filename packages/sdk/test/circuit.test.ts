import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Classification, Outcome } from '../src/classifier.js';
import { AbortError, APIError, BadRequestError } from '../src/errors.js';
import { ApiCircuit } from '../src/fallback/circuit.js';
import type { CircuitEvent } from '../src/fallback/events.js';
import type { CircuitBreakerOptions } from '../src/fallback/options.js';
import { fallbackReasonFor } from '../src/fallback/policy.js';
import { DEFAULT_FALLBACK_TRIGGERS, resolveFallbackOptions } from '../src/fallback/resolve-options.js';
import { err, ok, ScriptedClassifier } from './fallback-helpers.js';

const teacher = new ScriptedClassifier('teacher', () => ok('none'));
const isFailure = (e: Parameters<typeof fallbackReasonFor>[0]) =>
  fallbackReasonFor(e, DEFAULT_FALLBACK_TRIGGERS) !== undefined;

function makeCircuit(breaker: CircuitBreakerOptions = {}) {
  const events: CircuitEvent[] = [];
  const options = resolveFallbackOptions({ classifiers: teacher, circuitBreaker: breaker }).circuitBreaker!;
  const circuit = new ApiCircuit(options, isFailure, (state, previous) => events.push({ state, previous }));
  let apiCalls = 0;
  const run = (outcome: Outcome<Classification>) =>
    circuit.run(async () => {
      apiCalls += 1;
      return outcome;
    });
  return { circuit, events, run, calls: () => apiCalls };
}

const e429 = err(APIError.fromResponse(429, undefined));

describe('ApiCircuit', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('opens after consecutive failures, refuses every call while open, probes once after the cool-down, then closes', async () => {
    const { circuit, events, run, calls } = makeCircuit({ consecutiveFailures: 3, halfOpenAfterMs: 10_000 });
    for (let i = 0; i < 3; i++) expect((await run(e429)).admitted).toBe(true);
    expect(circuit.state).toBe('open');
    expect(calls()).toBe(3);

    for (let i = 0; i < 50; i++) expect((await run(ok('none'))).admitted).toBe(false);
    vi.advanceTimersByTime(9_999);
    expect((await run(ok('none'))).admitted).toBe(false);
    expect(calls()).toBe(3);

    vi.advanceTimersByTime(1);
    let releaseProbe: (o: Outcome<Classification>) => void = () => undefined;
    const probe = circuit.run(
      (isProbe) =>
        new Promise<Outcome<Classification>>((resolve) => {
          expect(isProbe).toBe(true);
          releaseProbe = resolve;
        }),
    );
    expect(circuit.state).toBe('half-open');
    // Others are refused at once while the single probe is out, instead of queueing behind it.
    expect((await run(ok('none'))).admitted).toBe(false);
    expect(calls()).toBe(3);
    releaseProbe(ok('asking'));
    expect(await probe).toMatchObject({ admitted: true, outcome: { ok: true } });
    expect(circuit.state).toBe('closed');
    expect((await run(ok('none'))).admitted).toBe(true);
    expect(events).toEqual([
      { state: 'open', previous: 'closed' },
      { state: 'half-open', previous: 'open' },
      { state: 'closed', previous: 'half-open' },
    ]);
  });

  it('reopens when the probe fails', async () => {
    const { circuit, events, run } = makeCircuit({ consecutiveFailures: 1, halfOpenAfterMs: 1_000 });
    await run(e429);
    vi.advanceTimersByTime(1_000);
    const probe = await run(e429);
    expect(probe.admitted).toBe(true);
    expect(circuit.state).toBe('open');
    expect(events.map((e) => e.state)).toEqual(['open', 'half-open', 'open']);
  });

  it('does not count errors that would not fall back (e.g. 400), and a success resets the count', async () => {
    const { circuit, run } = makeCircuit({ consecutiveFailures: 2 });
    await run(err(new BadRequestError('bad', { status: 400 })));
    await run(err(new BadRequestError('bad', { status: 400 })));
    expect(circuit.state).toBe('closed');
    await run(e429);
    await run(ok('none'));
    await run(e429);
    expect(circuit.state).toBe('closed');
    await run(e429);
    expect(circuit.state).toBe('open');
  });

  it('sampling strategy opens when the failure ratio over the window is exceeded', async () => {
    const { circuit, run } = makeCircuit({
      strategy: 'sampling',
      failureRatio: 0.5,
      windowMs: 5_000,
      minimumRps: 1,
    });
    for (let i = 0; i < 40; i++) {
      await run(i % 4 === 0 ? e429 : ok('none'));
      vi.advanceTimersByTime(50);
    }
    expect(circuit.state).toBe('closed');
    for (let i = 0; i < 100 && circuit.state === 'closed'; i++) {
      await run(i % 4 === 0 ? ok('none') : e429);
      vi.advanceTimersByTime(50);
    }
    expect(circuit.state).toBe('open');
  });
});

describe('ApiCircuit and aborted calls', () => {
  it('an aborted call counts as neither success nor failure', async () => {
    const { circuit, run } = makeCircuit({ consecutiveFailures: 2 });
    await run(e429);
    await run(err(new AbortError('caller left')));
    expect(circuit.state).toBe('closed');
    const aborted = await run(err(new AbortError('caller left')));
    expect(aborted).toMatchObject({ admitted: true, outcome: { ok: false, error: { kind: 'abort' } } });
    await run(e429);
    expect(circuit.state).toBe('open');
  });
});
