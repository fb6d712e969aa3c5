import {
  type CircuitBreakerPolicy,
  CircuitState,
  ConsecutiveBreaker,
  circuitBreaker,
  handleWhenResult,
  isBrokenCircuitError,
  SamplingBreaker,
} from 'cockatiel';
import type { Outcome } from '../classifier.js';
import type { PiiguardError } from '../errors.js';
import type { CircuitStateName } from './events.js';
import type { ResolvedCircuitBreaker } from './resolve-options.js';

const NAMES: Record<CircuitState, CircuitStateName> = {
  [CircuitState.Closed]: 'closed',
  [CircuitState.Open]: 'open',
  [CircuitState.HalfOpen]: 'half-open',
  [CircuitState.Isolated]: 'isolated',
};

/** Carries an outcome past the breaker without counting it. */
class Neutral {
  constructor(readonly outcome: Outcome<unknown>) {}
}

/** What `ApiCircuit.run` did: refused the call (the circuit is open), or ran it. */
export type CircuitRun<T> =
  | { readonly admitted: false }
  | { readonly admitted: true; readonly outcome: Outcome<T> };

/**
 * cockatiel's circuit breaker in front of the API. Calls report failure through their outcome (they
 * never throw). While the breaker is half-open, cockatiel would make every other call wait for the
 * probe; here they are refused at once instead, so exactly one probe reaches the API and nobody's
 * latency depends on it.
 */
export class ApiCircuit {
  readonly #policy: CircuitBreakerPolicy;
  #probeNext = false;

  constructor(
    options: ResolvedCircuitBreaker,
    isFailure: (error: PiiguardError) => boolean,
    onStateChange: (state: CircuitStateName, previous: CircuitStateName) => void,
  ) {
    const breaker =
      options.strategy === 'consecutive'
        ? new ConsecutiveBreaker(options.consecutiveFailures)
        : new SamplingBreaker({
            threshold: options.failureRatio,
            duration: options.windowMs,
            minimumRps: options.minimumRps,
          });
    const failed = (result: unknown) => {
      const outcome = result as Outcome<unknown>;
      return !outcome.ok && isFailure(outcome.error);
    };
    this.#policy = circuitBreaker(handleWhenResult(failed), {
      halfOpenAfter: options.halfOpenAfterMs,
      breaker,
    });
    // cockatiel emits onHalfOpen synchronously just before it invokes the probe call.
    this.#policy.onHalfOpen(() => {
      this.#probeNext = true;
    });
    let previous: CircuitStateName = 'closed';
    this.#policy.onStateChange((state) => {
      const name = NAMES[state];
      if (name === previous) return;
      const before = previous;
      previous = name;
      onStateChange(name, before);
    });
  }

  get state(): CircuitStateName {
    return NAMES[this.#policy.state];
  }

  /**
   * Runs `call` unless the circuit refuses it. `probe` is true for the one call let through after the
   * cool-down: the caller should not abort it early, because its result decides whether the circuit closes.
   */
  async run<T>(call: (probe: boolean) => Promise<Outcome<T>>): Promise<CircuitRun<T>> {
    const state = this.#policy.state;
    if (state === CircuitState.HalfOpen || state === CircuitState.Isolated) return { admitted: false };
    try {
      const outcome = await this.#policy.execute(async () => {
        const probe = this.#probeNext;
        this.#probeNext = false;
        const result = await call(probe);
        // An aborted call (the caller left, or the API lost a hedge) says nothing about the API's
        // health: thrown past cockatiel's filters, it counts as neither success nor failure.
        if (!result.ok && result.error.kind === 'abort') throw new Neutral(result);
        return result;
      });
      return { admitted: true, outcome };
    } catch (error) {
      if (error instanceof Neutral) return { admitted: true, outcome: error.outcome as Outcome<T> };
      // IsolatedCircuitError is a BrokenCircuitError too.
      if (isBrokenCircuitError(error)) return { admitted: false };
      throw error;
    }
  }
}
