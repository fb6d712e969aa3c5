import { describe, expect, it } from 'vitest';
import {
  APIError,
  AuthenticationError,
  InternalServerError,
  isPiiguardError,
  NotFoundError,
  PiiguardError,
  RateLimitError,
  toPiiguardError,
} from '../src/index.js';

describe('APIError.fromResponse', () => {
  it.each([
    [401, AuthenticationError, 'authentication'],
    [404, NotFoundError, 'not-found'],
    [429, RateLimitError, 'rate-limit'],
    [503, InternalServerError, 'server'],
  ] as const)('maps %i to its subclass', (status, type, kind) => {
    const error = APIError.fromResponse(status, undefined, { requestId: 'req_1' });
    expect(error).toBeInstanceOf(type);
    expect(error.kind).toBe(kind);
    expect(error.status).toBe(status);
    expect(error.requestId).toBe('req_1');
  });

  it('keeps the cause out of JSON', () => {
    const secret = 'sk-secret-key';
    const error = new APIError('failed', { status: 500, cause: { headers: { authorization: secret } } });
    expect(JSON.stringify(error)).not.toContain(secret);
    expect(String(error)).not.toContain(secret);
    expect(Object.keys(error)).not.toContain('cause');
  });
});

describe('isPiiguardError', () => {
  it('recognises branded errors and rejects others', () => {
    expect(isPiiguardError(new PiiguardError('x'))).toBe(true);
    expect(isPiiguardError(new Error('x'))).toBe(false);
    expect(isPiiguardError(toPiiguardError('thrown string'))).toBe(true);
  });
});
