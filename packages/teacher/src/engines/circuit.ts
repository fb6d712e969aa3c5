import { APIConnectionError, type PiiguardError, type PiiguardErrorKind } from '@piiguard/sdk';
import { BrokenCircuitError, ConsecutiveBreaker, circuitBreaker, handleWhen } from 'cockatiel';

/** A remote teacher's breaker, resolved. */
export interface ResolvedCircuit {
  /** Failed batches in a row that open the circuit. */
  readonly consecutiveFailures: number;
  /** How long the circuit stays open before one probe batch is let through, in ms. */
  readonly halfOpenAfterMs: number;
}

/** What says the service is unwell: no answer, a timeout, a 5xx, an overload, an unreadable body. */
const SERVICE_FAILURES: ReadonlySet<PiiguardErrorKind> = new Set([
  'connection',
  'timeout',
  'server',
  'rate-limit',
  'invalid-response',
]);

/**
 * cockatiel's circuit breaker around a remote engine's batches: after `consecutiveFailures` failed
 * batches in a row, batches fail at once with `APIConnectionError` for `halfOpenAfterMs`, so a
 * fallback chain moves on to its next member without waiting for retries and timeouts.
 */
export function breakerFor(
  circuit: ResolvedCircuit | false,
  service: string,
): <T>(run: () => Promise<T>) => Promise<T> {
  if (circuit === false) return (run) => run();
  const policy = circuitBreaker(
    handleWhen((error) => SERVICE_FAILURES.has((error as PiiguardError).kind)),
    { halfOpenAfter: circuit.halfOpenAfterMs, breaker: new ConsecutiveBreaker(circuit.consecutiveFailures) },
  );
  return async (run) => {
    try {
      return await policy.execute(run);
    } catch (error) {
      if (!(error instanceof BrokenCircuitError)) throw error;
      throw new APIConnectionError(
        `The circuit to ${service} is open after ${circuit.consecutiveFailures} failed batches in a row; ` +
          `the next batch is tried after ${circuit.halfOpenAfterMs} ms.`,
      );
    }
  };
}
