import { ConfigurationError, type HttpOptions, type RetryEvent } from '@piiguard/sdk';
import { resolveHttpOptions } from '@piiguard/sdk/http';
import type { ResolvedCircuit } from './engines/circuit.js';
import { isFolder } from './load.js';
import { type ResolvedTeacherOptions, resolveOptions, type TeacherOptions } from './options.js';
import type { WireHttpOptions } from './protocol.js';

/** The serving engines a remote teacher speaks to. */
export type RemoteEngine = 'triton' | 'tei';

/** A remote teacher's circuit breaker. */
export interface RemoteCircuitBreakerOptions {
  /** Failed batches in a row (no answer, timeout, 5xx, 429, unreadable answer) that open it. @default 5 */
  readonly consecutiveFailures?: number;
  /** How long it stays open (batches fail at once) before one probe batch is sent, in ms. @default 10_000 */
  readonly halfOpenAfterMs?: number;
}

/**
 * Options of `connectTeacher`. The model options (`model`, `revision`, `cacheDir`, `hubURL`,
 * `profile`, `thresholds`, …) and batching options mean what they mean for `loadTeacher`: the client
 * reads the model's `config.json` and tokenizer and does the tokenizing, formatting, windowing and
 * micro-batching; the server runs the transformer. The HTTP options (`timeoutMs`, `deadlineMs`,
 * `maxRetries`, …) mean what they mean for the hosted API, and apply to each batch request.
 */
export interface RemoteTeacherOptions
  extends Omit<
      TeacherOptions,
      'model' | 'dtype' | 'device' | 'intraOpNumThreads' | 'assetsDir' | 'maxBatchSize'
    >,
    Omit<HttpOptions, 'fetch'> {
  /** The server's root URL (`http://triton:8000`, `http://tei:80`), http or https. Required. */
  readonly url: string;
  /** `triton`: NVIDIA Triton's KServe v2 HTTP protocol. `tei`: text-embeddings-inference's `/predict`. Required. */
  readonly engine: RemoteEngine;
  /**
   * The Hub id or local folder whose `config.json` and tokenizer the client uses (the weights are
   * never downloaded): the model the server runs. Required.
   */
  readonly model: string;
  /** Triton: the model's name in the server's model repository. Required for `triton`. */
  readonly name?: string;
  /** Triton: the model version to call. @default the server's choice (its version policy) */
  readonly modelVersion?: string;
  /**
   * Most windows in one request; the server's own limit (Triton `max_batch_size`, TEI
   * `max_client_batch_size`) lowers it. @default 32
   */
  readonly maxBatchSize?: number;
  /** Batch requests in flight at once. @default 4 */
  readonly maxInFlightBatches?: number;
  /** The breaker in front of the server, or `false` for none. @default `{ consecutiveFailures: 5, halfOpenAfterMs: 10_000 }` */
  readonly circuitBreaker?: RemoteCircuitBreakerOptions | false;
  /** Called just before a batch request is retried. Exceptions it throws are ignored. */
  readonly onRetry?: (event: RetryEvent) => void;
}

export interface ResolvedRemoteOptions {
  readonly teacher: ResolvedTeacherOptions;
  readonly url: string;
  readonly engine: RemoteEngine;
  readonly name: string;
  readonly modelVersion: string | undefined;
  readonly maxInFlightBatches: number;
  readonly circuit: ResolvedCircuit | false;
  readonly http: WireHttpOptions;
  readonly onRetry: ((event: RetryEvent) => void) | undefined;
}

const ENGINES: readonly RemoteEngine[] = ['triton', 'tei'];
/** A Triton model name or version: what a model repository folder can be called. */
const NAME = /^[\w.-]{1,128}$/;

function invalid(option: string, requirement: string): never {
  throw new ConfigurationError(`Option \`${option}\` ${requirement}.`, option);
}

function positiveInteger(option: string, value: number | undefined, fallback: number, max: number): number {
  if (value === undefined) return fallback;
  if (!Number.isInteger(value) || value < 1 || value > max)
    invalid(option, `must be an integer in [1, ${max}]`);
  return value;
}

function url(value: unknown): string {
  let parsed: URL | undefined;
  try {
    parsed = typeof value === 'string' ? new URL(value) : undefined;
  } catch {
    parsed = undefined;
  }
  if (!parsed || (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')) {
    invalid('url', 'must be an absolute http(s) URL');
  }
  if (parsed.search !== '' || parsed.hash !== '') invalid('url', 'must not have a query or fragment');
  return (value as string).replace(/\/+$/, '');
}

function circuit(value: RemoteTeacherOptions['circuitBreaker']): ResolvedCircuit | false {
  if (value === false) return false;
  if (value !== undefined && (typeof value !== 'object' || value === null)) {
    invalid('circuitBreaker', 'must be an object or false');
  }
  const halfOpenAfterMs = value?.halfOpenAfterMs ?? 10_000;
  if (typeof halfOpenAfterMs !== 'number' || !(halfOpenAfterMs > 0 && halfOpenAfterMs <= 3_600_000)) {
    invalid('circuitBreaker.halfOpenAfterMs', 'must be a number of milliseconds in (0, 3600000]');
  }
  return {
    consecutiveFailures: positiveInteger(
      'circuitBreaker.consecutiveFailures',
      value?.consecutiveFailures,
      5,
      10_000,
    ),
    halfOpenAfterMs,
  };
}

/**
 * Applies defaults once.
 * @throws ConfigurationError naming the option (never its value) for an impossible value.
 */
export function resolveRemoteOptions(
  options: RemoteTeacherOptions,
  env = process.env,
): ResolvedRemoteOptions {
  if (typeof options !== 'object' || options === null) invalid('options', 'must be an object');
  const engine = options.engine;
  if (!ENGINES.includes(engine))
    invalid('engine', `must be one of ${ENGINES.map((e) => `'${e}'`).join(', ')}`);
  if (typeof options.model !== 'string' || options.model.trim() === '') {
    invalid('model', 'must name the Hub id or folder of the served model (its config.json and tokenizer)');
  }
  if ('fetch' in options && (options as { fetch?: unknown }).fetch !== undefined) {
    invalid(
      'fetch',
      "is not supported by remote teachers: their requests run in the teacher's worker thread",
    );
  }
  const name = options.name ?? '';
  if (engine === 'triton' && !NAME.test(name)) {
    invalid('name', "must be the model's name in the Triton model repository (letters, digits, _ . -)");
  }
  if (options.modelVersion !== undefined && !NAME.test(options.modelVersion)) {
    invalid('modelVersion', 'must be a model version (letters, digits, _ . -)');
  }
  if (options.onRetry !== undefined && typeof options.onRetry !== 'function')
    invalid('onRetry', 'must be a function');
  // Each resolver reads its own options by name: the model and batching ones here, the HTTP ones in the sdk.
  const teacher = resolveOptions({ ...options, maxBatchSize: options.maxBatchSize ?? 32 }, env);
  const { fetch: _fetch, ...http } = resolveHttpOptions(options);
  return {
    teacher,
    url: url(options.url),
    engine,
    // TEI: the Hub id the server should report in /info (a folder has no such name).
    name: engine === 'triton' ? name : isFolder(teacher.model) ? '' : teacher.model,
    modelVersion: options.modelVersion,
    maxInFlightBatches: positiveInteger('maxInFlightBatches', options.maxInFlightBatches, 4, 256),
    circuit: circuit(options.circuitBreaker),
    http,
    onRetry: options.onRetry,
  };
}
