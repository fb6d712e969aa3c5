import { AbortError } from '../errors.js';

/** The error every layer reports when the caller's signal aborts; the signal's reason is the cause. */
export function callerAbortError(reason?: unknown): AbortError {
  return new AbortError('The classification was aborted by the caller.', { cause: reason });
}
