import type { Outcome } from '../classifier.js';
import { type PiiguardError, toPiiguardError } from '../errors.js';
import { callerAbortError } from '../internal/abort.js';

export interface HedgeArgs<T, R> {
  /** The API call. Must settle with an outcome; its signal fires when the other side wins. */
  readonly primary: (signal: AbortSignal) => Promise<Outcome<T>>;
  /** The fallback call, started after `afterMs` or as soon as the primary fails with a reason. */
  readonly secondary: (signal: AbortSignal) => Promise<Outcome<T>>;
  readonly afterMs: number;
  /** The reason a primary failure should go to the secondary, or `undefined` to return it as is. */
  readonly reasonFor: (error: PiiguardError) => R | undefined;
  readonly signal?: AbortSignal | undefined;
}

/** Who produced `outcome`, and whether the secondary was started at all. */
export type HedgeResult<T, R> =
  | { readonly winner: 'primary'; readonly outcome: Outcome<T>; readonly hedged: boolean }
  | {
      readonly winner: 'secondary';
      readonly outcome: Outcome<T>;
      /** `'hedge'` when the timer started the secondary and the primary had not failed with a reason. */
      readonly reason: R | 'hedge';
      readonly primaryError?: PiiguardError;
    };

function settle<T>(
  call: (signal: AbortSignal) => Promise<Outcome<T>>,
  signal: AbortSignal,
): Promise<Outcome<T>> {
  return Promise.resolve()
    .then(() => call(signal))
    .catch((error: unknown) => ({ ok: false, error: toPiiguardError(error) }) as const);
}

/**
 * Races the primary against a secondary started late. The first good answer wins and the other side's
 * signal fires (its request is cancelled). When both fail, the primary's error is returned unless it
 * was a reason to fall back, in which case the secondary's error is (the fallback was the last resort).
 */
export function hedge<T, R>(args: HedgeArgs<T, R>): Promise<HedgeResult<T, R>> {
  return new Promise((resolve) => {
    const primaryCtl = new AbortController();
    const secondaryCtl = new AbortController();
    let done = false;
    let secondary: 'idle' | 'running' | Outcome<T> = 'idle';
    let reason: R | 'hedge' = 'hedge';
    let primaryOutcome: Outcome<T> | undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;

    const finish = (result: HedgeResult<T, R>) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      args.signal?.removeEventListener('abort', onAbort);
      resolve(result);
    };
    const onAbort = () => {
      primaryCtl.abort();
      secondaryCtl.abort();
      const outcome = { ok: false, error: callerAbortError() } as const;
      finish({ winner: 'primary', outcome, hedged: secondary !== 'idle' });
    };
    // Reached only when the primary failed with a reason to fall back, so the fallback's error is the answer.
    const bothFailed = (fallbackOutcome: Outcome<T>, primary: Outcome<T>) => {
      const primaryError = primary.ok ? undefined : primary.error;
      finish({
        winner: 'secondary',
        outcome: fallbackOutcome,
        reason,
        ...(primaryError ? { primaryError } : {}),
      });
    };
    const startSecondary = () => {
      if (secondary !== 'idle' || done) return;
      secondary = 'running';
      clearTimeout(timer);
      void settle(args.secondary, secondaryCtl.signal).then((outcome) => {
        if (outcome.ok) {
          primaryCtl.abort();
          const primaryError = primaryOutcome && !primaryOutcome.ok ? primaryOutcome.error : undefined;
          finish({ winner: 'secondary', outcome, reason, ...(primaryError ? { primaryError } : {}) });
          return;
        }
        secondary = outcome;
        if (primaryOutcome) bothFailed(outcome, primaryOutcome);
      });
    };

    if (args.signal?.aborted) {
      onAbort();
      return;
    }
    args.signal?.addEventListener('abort', onAbort, { once: true });
    timer = setTimeout(startSecondary, args.afterMs);
    void settle(args.primary, primaryCtl.signal).then((outcome) => {
      primaryOutcome = outcome;
      if (done) return;
      if (outcome.ok) {
        secondaryCtl.abort();
        finish({ winner: 'primary', outcome, hedged: secondary !== 'idle' });
        return;
      }
      const why = args.reasonFor(outcome.error);
      if (why !== undefined) reason = why;
      if (why === undefined) {
        // The API refused this request (400, 422, ...): that answer stands, even when the fallback
        // is already running and would answer — a bug in the request must not be hidden.
        secondaryCtl.abort();
        finish({ winner: 'primary', outcome, hedged: secondary !== 'idle' });
      } else if (secondary === 'idle') startSecondary();
      else if (secondary !== 'running') bothFailed(secondary, outcome);
    });
  });
}
