import type { StopReason } from './map-error.js';

/**
 * Per-call bookkeeping. It rides along as an extra ky option under this key: ky keeps unknown
 * options on the options its hooks and errors see, so the attempt hook, the retry decision and
 * the back-off share it without any per-call hook or closure.
 */
export const CALL_STATE = 'piiguardCall';

export interface CallState {
  /** The JSON body, sent as a string on every attempt. */
  readonly body: string;
  /** Timeout of one attempt until the response headers arrive, in ms; `Infinity` for none. */
  readonly timeoutMs: number;
  /** HTTP attempts sent so far. */
  attempts: number;
  /** `now()` when the latest attempt settled. */
  lastSettledAt: number;
  /** `now()` after which no wait may end. */
  deadlineAt: number;
  /** The wait the latest (retryable) error answer asked for, in ms, when it gave a valid one. */
  hintMs: number | undefined;
  /** Why the call was stopped: the caller's signal, the deadline or `close()`; set once. */
  stopReason: StopReason;
  /** The latest attempt's controller: a stop aborts its request or the reading of its body. */
  attempt: AbortController | undefined;
  /** Ends the back-off wait in progress early, when the call is stopped. */
  wake: (() => void) | undefined;
}

/** A new call's state. */
export function callState(body: string, timeoutMs: number, deadlineAt: number): CallState {
  return {
    body,
    timeoutMs,
    attempts: 0,
    lastSettledAt: 0,
    deadlineAt,
    hintMs: undefined,
    stopReason: undefined,
    attempt: undefined,
    wake: undefined,
  };
}

/** The call whose attempt failed with an error (timeout, network, stop), for `shouldRetry`. */
const FAILED = new WeakMap<object, CallState>();

/** Remembers which call an attempt's error belongs to (ky hands `shouldRetry` only the error). */
export function markFailed(error: unknown, state: CallState): void {
  if (typeof error === 'object' && error !== null) FAILED.set(error, state);
}

/** The call an error from `markFailed` belongs to. */
export function failedCall(error: unknown): CallState | undefined {
  return typeof error === 'object' && error !== null ? FAILED.get(error) : undefined;
}

/** Stops a call for `reason`: aborts its attempt in flight and its back-off wait. First reason wins. */
export function stopCall(state: CallState, reason: Exclude<StopReason, undefined>): void {
  if (state.stopReason) return;
  state.stopReason = reason;
  state.attempt?.abort();
  state.wake?.();
}

/** What a stopped call's pending step rejects with; ky never retries an `AbortError`. */
export function stoppedError(): DOMException {
  return new DOMException('The call was stopped.', 'AbortError');
}

/** Waits `ms` before a retry; rejects at once, or as soon as the call is stopped. */
export function backOff(state: CallState, ms: number): Promise<void> {
  if (state.stopReason) return Promise.reject(stoppedError());
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      state.wake = undefined;
      resolve();
    }, ms);
    state.wake = () => {
      clearTimeout(timer);
      state.wake = undefined;
      reject(stoppedError());
    };
  });
}
