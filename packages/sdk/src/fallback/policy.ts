import { isPiiguardError, type PiiguardError } from '../errors.js';
import type { FallbackTriggers } from './options.js';
import type { ResolvedFallbackOptions } from './resolve-options.js';

/** Why an API failure sent a text to the fallback. */
export type ErrorFallbackReason =
  | 'connection'
  | 'timeout'
  | 'rate-limit'
  | 'server'
  | 'invalid-response'
  | 'auth'
  | 'billing'
  | 'not-found'
  | 'bad-request'
  | 'other';

/**
 * Why a result came from the fallback: an API failure, the circuit being open (no API call was made),
 * the hedge timer (the fallback answered first), or `fallback-only` mode.
 */
export type FallbackReason = ErrorFallbackReason | 'circuit-open' | 'hedge' | 'fallback-only';

/** Reasons that mean a person has to fix something (key, billing, model path): warned about once. */
export const ALERT_REASONS: ReadonlySet<FallbackReason> = new Set(['auth', 'billing', 'not-found']);

const TRIGGER_OF: Record<ErrorFallbackReason, keyof FallbackTriggers> = {
  connection: 'connection',
  timeout: 'timeout',
  'rate-limit': 'rateLimit',
  server: 'server',
  'invalid-response': 'invalidResponse',
  auth: 'auth',
  billing: 'billing',
  'not-found': 'notFound',
  'bad-request': 'badRequest',
  other: 'other',
};

/**
 * Names the failure. `undefined` for what must never fall back: the caller's abort, invalid input
 * (the fallback would refuse it too) and a closed client.
 */
export function errorReason(error: PiiguardError): ErrorFallbackReason | undefined {
  switch (error.kind) {
    case 'abort':
    case 'invalid-input':
    case 'closed':
      return undefined;
    case 'connection':
      return 'connection';
    case 'timeout':
      return 'timeout';
    case 'rate-limit':
      return 'rate-limit';
    case 'server':
    case 'conflict':
      return 'server';
    case 'invalid-response':
      return 'invalid-response';
    case 'authentication':
    case 'permission-denied':
      return 'auth';
    case 'payment-required':
    case 'precondition-failed':
      return 'billing';
    case 'not-found':
      return 'not-found';
    case 'bad-request':
    case 'unprocessable-entity':
      return 'bad-request';
    default: {
      const status = (error as { status?: unknown }).status;
      if (status === 408) return 'timeout';
      if (typeof status === 'number' && status >= 500) return 'server';
      return 'other';
    }
  }
}

/** The reason to fall back for this error under the resolved options, or `undefined` to return the error. */
export function fallbackReasonFor(
  error: unknown,
  fallbackOn: ResolvedFallbackOptions['fallbackOn'],
): ErrorFallbackReason | undefined {
  if (!isPiiguardError(error)) return undefined;
  const reason = errorReason(error);
  if (reason === undefined) return undefined;
  const allowed =
    typeof fallbackOn === 'function' ? safePredicate(fallbackOn, error) : fallbackOn[TRIGGER_OF[reason]];
  return allowed ? reason : undefined;
}

function safePredicate(predicate: (error: PiiguardError) => boolean, error: PiiguardError): boolean {
  try {
    return predicate(error) === true;
  } catch {
    // A throwing predicate must not lose the text's outcome; the error is returned as if it said no.
    return false;
  }
}
