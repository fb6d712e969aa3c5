import { callerAbortError } from './abort.js';

interface Flight<V> {
  readonly key: string;
  readonly promise: Promise<V>;
  readonly controller: AbortController;
  waiters: number;
}

/**
 * Lets identical concurrent calls share one piece of work. Each waiter can abort its own wait;
 * the shared work is aborted only when every waiter has left. (lru-cache's `fetch` dedupes too,
 * but lets the first caller's signal cancel the shared fetch for all and ignores later signals.)
 */
export class SingleFlight<V> {
  readonly #flights = new Map<string, Flight<V>>();

  run(key: string, work: (signal: AbortSignal) => Promise<V>, signal?: AbortSignal): Promise<V> {
    let flight = this.#flights.get(key);
    if (!flight) {
      const controller = new AbortController();
      const promise = work(controller.signal);
      const created: Flight<V> = { key, promise, controller, waiters: 0 };
      flight = created;
      this.#flights.set(key, created);
      const forget = () => {
        if (this.#flights.get(key) === created) this.#flights.delete(key);
      };
      promise.then(forget, forget);
    }
    flight.waiters++;
    return signal ? this.#wait(flight, signal) : flight.promise;
  }

  #wait(flight: Flight<V>, signal: AbortSignal): Promise<V> {
    return new Promise<V>((resolve, reject) => {
      const leave = () => {
        if (--flight.waiters === 0) {
          // Nobody waits any more: abort the work, and let a later caller start afresh.
          if (this.#flights.get(flight.key) === flight) this.#flights.delete(flight.key);
          flight.controller.abort();
        }
        reject(callerAbortError(signal.reason));
      };
      if (signal.aborted) return leave();
      signal.addEventListener('abort', leave, { once: true });
      flight.promise.then(
        (value) => {
          signal.removeEventListener('abort', leave);
          resolve(value);
        },
        (error: unknown) => {
          signal.removeEventListener('abort', leave);
          reject(error);
        },
      );
    });
  }
}
