import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Classification, Outcome } from '../src/classifier.js';
import { APIError, BadRequestError, type PiiguardError } from '../src/errors.js';
import { hedge } from '../src/fallback/hedge.js';
import { errorReason } from '../src/fallback/policy.js';
import { after, err, ok } from './fallback-helpers.js';

function side(ms: number, outcome: Outcome<Classification>) {
  const s = {
    started: 0,
    aborted: 0,
    call: (signal: AbortSignal) => {
      s.started += 1;
      signal.addEventListener('abort', () => {
        s.aborted += 1;
      });
      return after(ms, outcome, signal);
    },
  };
  return s;
}

const reasonFor = (e: PiiguardError) => (e.kind === 'bad-request' ? undefined : errorReason(e));

describe('hedge', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('never starts the fallback when the API answers in time', async () => {
    const api = side(100, ok('asking', 'api'));
    const fb = side(10, ok('none', 'teacher'));
    const pending = hedge({ primary: api.call, secondary: fb.call, afterMs: 300, reasonFor });
    await vi.advanceTimersByTimeAsync(1_000);
    expect(await pending).toEqual({ winner: 'primary', outcome: ok('asking', 'api'), hedged: false });
    expect(fb.started).toBe(0);
  });

  it('starts the fallback after afterMs; the fallback wins and the API call is aborted', async () => {
    const api = side(5_000, ok('asking', 'api'));
    const fb = side(50, ok('giving', 'teacher'));
    const pending = hedge({ primary: api.call, secondary: fb.call, afterMs: 300, reasonFor });
    await vi.advanceTimersByTimeAsync(299);
    expect(fb.started).toBe(0);
    await vi.advanceTimersByTimeAsync(51);
    expect(await pending).toEqual({ winner: 'secondary', outcome: ok('giving', 'teacher'), reason: 'hedge' });
    expect(api.aborted).toBe(1);
  });

  it('a 400 that arrives while the fallback runs is returned, not masked by the fallback', async () => {
    const badRequest = err(new BadRequestError('The API rejected the request (400)', { status: 400 }));
    const api = side(400, badRequest);
    const fb = side(1_000, ok('none', 'teacher'));
    const pending = hedge({ primary: api.call, secondary: fb.call, afterMs: 300, reasonFor });
    await vi.advanceTimersByTimeAsync(2_000);
    expect(await pending).toEqual({ winner: 'primary', outcome: badRequest, hedged: true });
    expect(fb.started).toBe(1);
    expect(fb.aborted).toBe(1);
  });

  it('the API can still win after the fallback started; the fallback is then aborted', async () => {
    const api = side(400, ok('asking', 'api'));
    const fb = side(1_000, ok('none', 'teacher'));
    const pending = hedge({ primary: api.call, secondary: fb.call, afterMs: 300, reasonFor });
    await vi.advanceTimersByTimeAsync(400);
    expect(await pending).toEqual({ winner: 'primary', outcome: ok('asking', 'api'), hedged: true });
    expect(fb.aborted).toBe(1);
  });

  it('an API failure with a reason starts the fallback at once, and names the reason', async () => {
    const e503 = APIError.fromResponse(503, undefined);
    const api = side(20, err(e503));
    const fb = side(10, ok('none', 'teacher'));
    const pending = hedge({ primary: api.call, secondary: fb.call, afterMs: 10_000, reasonFor });
    await vi.advanceTimersByTimeAsync(30);
    expect(await pending).toEqual({
      winner: 'secondary',
      outcome: ok('none', 'teacher'),
      reason: 'server',
      primaryError: e503,
    });
  });

  it('returns an API error that must not fall back; when both fail after a reason, the fallback error', async () => {
    const bad = new BadRequestError('bad', { status: 400 });
    const r1 = hedge({
      primary: side(5, err(bad)).call,
      secondary: side(5, ok('none')).call,
      afterMs: 100,
      reasonFor,
    });
    await vi.advanceTimersByTimeAsync(10);
    expect(await r1).toEqual({ winner: 'primary', outcome: err(bad), hedged: false });

    const fbError = new APIError('teacher down');
    const r2 = hedge({
      primary: side(5, err(APIError.fromResponse(500, undefined))).call,
      secondary: side(5, err(fbError)).call,
      afterMs: 100,
      reasonFor,
    });
    await vi.advanceTimersByTimeAsync(20);
    expect(await r2).toMatchObject({ winner: 'secondary', outcome: err(fbError), reason: 'server' });
  });

  it('the caller aborting aborts both sides at once', async () => {
    const api = side(5_000, ok('asking'));
    const fb = side(5_000, ok('none'));
    const controller = new AbortController();
    const pending = hedge({
      primary: api.call,
      secondary: fb.call,
      afterMs: 100,
      reasonFor,
      signal: controller.signal,
    });
    await vi.advanceTimersByTimeAsync(200);
    controller.abort();
    const result = await pending;
    expect(result.outcome).toMatchObject({ ok: false, error: { kind: 'abort' } });
    expect([api.aborted, fb.aborted]).toEqual([1, 1]);
  });
});
