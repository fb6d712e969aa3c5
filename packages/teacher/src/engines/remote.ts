import { ModelLoadError, type PiiguardError, type RetryEvent } from '@piiguard/sdk';
import { type HttpAnswer, HttpTransport, resolveHttpOptions } from '@piiguard/sdk/http';
import type { EngineSetup } from '../protocol.js';
import { breakerFor } from './circuit.js';

export type RemoteSetup = Extract<EngineSetup, { kind: 'triton' | 'tei' }>;

/** The server's origin and path for messages: never its userinfo, query or fragment. */
export function describeURL(url: string): string {
  const parsed = new URL(url);
  return `${parsed.origin}${parsed.pathname.replace(/\/+$/, '')}`;
}

/**
 * One serving engine reached over HTTP from the worker: the hosted-API path's transport (retries,
 * Retry-After, timeouts, deadline, body limit, typed leak-free errors), a circuit breaker around
 * batches, and one controller that `close()` fires to stop what is in flight.
 */
export class RemoteService {
  readonly url: string;
  /** `the Triton server at http://…`, for messages. */
  readonly description: string;
  readonly #transport: HttpTransport;
  readonly #stop = new AbortController();
  readonly #breaker: <T>(run: () => Promise<T>) => Promise<T>;

  constructor(setup: RemoteSetup, engineName: string, onRetry: ((event: RetryEvent) => void) | undefined) {
    this.url = setup.url;
    this.description = `the ${engineName} server at ${describeURL(setup.url)}`;
    this.#transport = new HttpTransport(resolveHttpOptions(setup.http), {
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      model: setup.kind === 'triton' ? setup.name : describeURL(setup.url),
      service: engineName,
      ...(onRetry ? { onRetry } : {}),
    });
    this.#breaker = breakerFor(setup.circuit, this.description);
  }

  /** A GET at connect time; any failure is a `ModelLoadError` naming the service and what was checked. */
  async check(path: string, what: string): Promise<HttpAnswer> {
    try {
      return await this.#send('get', path, undefined, []);
    } catch (error) {
      throw new ModelLoadError(
        `Could not ${what} on ${this.description}: ${(error as PiiguardError).message}`,
        {
          cause: error,
        },
      );
    }
  }

  /** A GET that may be absent: `undefined` on 404 (an optional extension), else as `check`. */
  async probe(path: string, what: string): Promise<HttpAnswer | undefined> {
    try {
      return await this.#send('get', path, undefined, []);
    } catch (error) {
      if ((error as PiiguardError).kind === 'not-found') return undefined;
      throw new ModelLoadError(
        `Could not ${what} on ${this.description}: ${(error as PiiguardError).message}`,
        {
          cause: error,
        },
      );
    }
  }

  /** A batch's POST, through the breaker. `secrets`: the texts in it, cut out of any server message. */
  post(path: string, json: unknown, secrets: readonly string[]): Promise<HttpAnswer> {
    return this.#breaker(() => this.#send('post', path, json, secrets));
  }

  /** Stops every request in flight (they fail with `ClosedError`). */
  close(): void {
    this.#stop.abort();
  }

  #send(
    method: 'get' | 'post',
    path: string,
    json: unknown,
    secrets: readonly string[],
  ): Promise<HttpAnswer> {
    return this.#transport.send({
      method,
      url: `${this.url}${path}`,
      ...(json === undefined ? {} : { json }),
      signal: this.#stop.signal,
      closed: () => true,
      secrets,
    });
  }
}

/** `value` as a record, or `undefined`. */
export function record(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}
