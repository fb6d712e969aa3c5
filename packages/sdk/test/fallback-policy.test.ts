import { describe, expect, it } from 'vitest';
import {
  AbortError,
  APIConnectionError,
  APIError,
  APITimeoutError,
  ClosedError,
  InvalidInputError,
  InvalidResponseError,
  PiiguardError,
} from '../src/errors.js';
import { errorReason, fallbackReasonFor } from '../src/fallback/policy.js';
import { DEFAULT_FALLBACK_TRIGGERS } from '../src/fallback/resolve-options.js';

describe('which failures fall back', () => {
  it.each([
    [408, 'timeout'],
    [429, 'rate-limit'],
    [500, 'server'],
    [503, 'server'],
    [409, 'server'],
    [401, 'auth'],
    [403, 'auth'],
    [402, 'billing'],
    [412, 'billing'],
    [404, 'not-found'],
    [400, 'bad-request'],
    [422, 'bad-request'],
    [418, 'other'],
  ])('HTTP %i is reason %s', (status, reason) => {
    expect(errorReason(APIError.fromResponse(status, undefined))).toBe(reason);
  });

  it('names connection, timeout and invalid-response failures', () => {
    expect(errorReason(new APIConnectionError('reset'))).toBe('connection');
    expect(errorReason(new APITimeoutError('slow'))).toBe('timeout');
    expect(errorReason(new InvalidResponseError('garbage'))).toBe('invalid-response');
  });

  it('never falls back on abort, invalid input or a closed client, whatever the options say', () => {
    const always = () => true;
    for (const error of [new AbortError('a'), new InvalidInputError('e', 'empty'), new ClosedError('c')]) {
      expect(fallbackReasonFor(error, always)).toBeUndefined();
      expect(fallbackReasonFor(error, { ...DEFAULT_FALLBACK_TRIGGERS, other: true })).toBeUndefined();
    }
  });

  it('falls back by default on transient and account failures, not on 400 or unknown ones', () => {
    const on = (status: number) =>
      fallbackReasonFor(APIError.fromResponse(status, undefined), DEFAULT_FALLBACK_TRIGGERS);
    expect([408, 429, 500, 502, 401, 403, 402, 412, 404].map(on)).not.toContain(undefined);
    expect(on(400)).toBeUndefined();
    expect(on(422)).toBeUndefined();
    expect(on(418)).toBeUndefined();
    expect(fallbackReasonFor(new Error('not ours'), DEFAULT_FALLBACK_TRIGGERS)).toBeUndefined();
  });

  it('respects switches and predicates; a throwing predicate means no', () => {
    const e401 = APIError.fromResponse(401, undefined);
    expect(fallbackReasonFor(e401, { ...DEFAULT_FALLBACK_TRIGGERS, auth: false })).toBeUndefined();
    expect(fallbackReasonFor(e401, (e) => e.kind === 'authentication')).toBe('auth');
    expect(fallbackReasonFor(new PiiguardError('x'), () => true)).toBe('other');
    const throwing = () => {
      throw new Error('bug');
    };
    expect(fallbackReasonFor(APIError.fromResponse(500, undefined), throwing)).toBeUndefined();
  });
});
