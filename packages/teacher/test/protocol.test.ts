import {
  APIConnectionError,
  APITimeoutError,
  ClosedError,
  FallbackUnavailableError,
  InferenceError,
  InternalServerError,
  InvalidInputError,
  InvalidResponseError,
  ModelLoadError,
  OverloadedError,
  type PiiguardError,
  RateLimitError,
} from '@piiguard/sdk';
import { describe, expect, it } from 'vitest';
import { fromWire, toWire } from '../src/protocol.js';

describe('errors across the worker boundary', () => {
  it.each<[string, PiiguardError]>([
    ['invalid-input', new InvalidInputError('too many windows', 'too-many-windows')],
    ['overloaded', new OverloadedError('queue full')],
    ['closed', new ClosedError('closed')],
    ['model-load', new ModelLoadError('bad graph')],
    ['invalid-response', new InvalidResponseError('NaN score')],
    ['inference', new InferenceError('run failed')],
  ])('a %s error comes back as the same class, kind, message and reason', (kind, error) => {
    const back = fromWire(toWire(error));
    expect(back.constructor).toBe(error.constructor);
    expect(back.kind).toBe(kind);
    expect(back.message).toBe(error.message);
    if (error instanceof InvalidInputError) expect((back as InvalidInputError).reason).toBe(error.reason);
  });

  it('an error from onnxruntime or the tokenizer (not a piiguard error) is an inference error', () => {
    const wire = toWire(new TypeError('tokenizer exploded'));
    expect(wire).toEqual({ kind: 'inference', message: 'The teacher failed: tokenizer exploded' });
    expect(fromWire(wire)).toBeInstanceOf(InferenceError);
    expect(toWire('a thrown string').kind).toBe('inference');
  });

  it("a remote engine's HTTP errors cross with their class and fields", () => {
    const sent = new RateLimitError('Rate limited by the API (429)', {
      status: 429,
      retryAfterMs: 250,
      requestId: 'r-1',
    });
    const back = fromWire(toWire(sent));
    expect(back).toBeInstanceOf(RateLimitError);
    expect(back).toMatchObject({ kind: 'rate-limit', status: 429, retryAfterMs: 250, requestId: 'r-1' });
    expect(fromWire(toWire(new InternalServerError('x', { status: 503 })))).toBeInstanceOf(
      InternalServerError,
    );
    expect(fromWire(toWire(new APITimeoutError('t')))).toBeInstanceOf(APITimeoutError);
    expect(fromWire(toWire(new APIConnectionError('c'))).kind).toBe('connection');
  });

  it('a kind the worker never sends is an inference error, never a fallback or API error', () => {
    for (const kind of ['fallback-unavailable', 'unknown'] as const) {
      const back = fromWire({ kind, message: 'x' });
      expect(back).toBeInstanceOf(InferenceError);
      expect(back).not.toBeInstanceOf(FallbackUnavailableError);
    }
  });
});
