import { ConfigurationError, type PiiguardError } from '../errors.js';
import { isClassifier } from './lazy-classifier.js';
import {
  type ClassifierSource,
  FALLBACK_MODES,
  type FallbackMode,
  type FallbackOptions,
  type FallbackTriggers,
} from './options.js';

/** Defaults for `fallbackOn`; see `FallbackTriggers` for why each is what it is. */
export const DEFAULT_FALLBACK_TRIGGERS: Readonly<FallbackTriggers> = Object.freeze({
  connection: true,
  timeout: true,
  rateLimit: true,
  server: true,
  invalidResponse: true,
  auth: true,
  billing: true,
  notFound: true,
  badRequest: false,
  other: false,
});

export interface ResolvedCircuitBreaker {
  readonly strategy: 'consecutive' | 'sampling';
  readonly consecutiveFailures: number;
  readonly failureRatio: number;
  readonly windowMs: number;
  readonly minimumRps: number;
  readonly halfOpenAfterMs: number;
}

export interface ResolvedFallbackOptions {
  readonly mode: FallbackMode;
  readonly chain: readonly ClassifierSource[];
  /** Triggers, or the user's predicate. */
  readonly fallbackOn: Readonly<FallbackTriggers> | ((error: PiiguardError) => boolean);
  readonly circuitBreaker: ResolvedCircuitBreaker | undefined;
  readonly hedgeAfterMs: number;
  readonly shadow: { readonly sampleRate: number; readonly maxQueue: number; readonly batchSize: number };
  readonly cacheFallbackResults: boolean;
  readonly loadRetry: { readonly initialDelayMs: number; readonly maxDelayMs: number };
  readonly onWarning: (message: string) => void;
}

const BREAKER_DEFAULTS: ResolvedCircuitBreaker = Object.freeze({
  strategy: 'consecutive',
  consecutiveFailures: 5,
  failureRatio: 0.5,
  windowMs: 30_000,
  minimumRps: 1,
  halfOpenAfterMs: 15_000,
});

function fail(option: string, expected: string): never {
  throw new ConfigurationError(`Option \`fallback.${option}\` must be ${expected}.`, `fallback.${option}`);
}

function num(
  value: number | undefined,
  fallback: number,
  option: string,
  ok: (n: number) => boolean,
  expected: string,
) {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isFinite(value) || !ok(value)) fail(option, expected);
  return value;
}

function isSource(value: unknown): value is ClassifierSource {
  return typeof value === 'function' || isClassifier(value);
}

/** Turns the user's `fallback` option into a resolved object once; throws `ConfigurationError` naming a bad option. */
export function resolveFallbackOptions(options: FallbackOptions | undefined): ResolvedFallbackOptions {
  const o = options ?? {};
  const raw =
    o.classifiers === undefined ? [] : Array.isArray(o.classifiers) ? o.classifiers : [o.classifiers];
  const chain = raw as readonly ClassifierSource[];
  chain.forEach((source, i) => {
    if (!isSource(source)) fail(`classifiers[${i}]`, 'a Classifier or a function that returns one');
  });
  const mode = o.mode ?? (chain.length > 0 ? 'on-error' : 'off');
  if (!FALLBACK_MODES.includes(mode)) fail('mode', FALLBACK_MODES.map((m) => `'${m}'`).join(' | '));
  if (mode !== 'off' && chain.length === 0)
    fail('classifiers', `a classifier or factory when mode is '${mode}'`);

  let fallbackOn: ResolvedFallbackOptions['fallbackOn'];
  if (typeof o.fallbackOn === 'function') fallbackOn = o.fallbackOn;
  else if (o.fallbackOn === undefined) fallbackOn = DEFAULT_FALLBACK_TRIGGERS;
  else if (typeof o.fallbackOn === 'object' && o.fallbackOn !== null) {
    for (const [key, value] of Object.entries(o.fallbackOn)) {
      if (!(key in DEFAULT_FALLBACK_TRIGGERS)) fail(`fallbackOn.${key}`, 'a known trigger');
      if (value !== undefined && typeof value !== 'boolean') fail(`fallbackOn.${key}`, 'a boolean');
    }
    fallbackOn = Object.freeze({ ...DEFAULT_FALLBACK_TRIGGERS, ...o.fallbackOn });
  } else fail('fallbackOn', 'an object of booleans or a function');

  const b = o.circuitBreaker;
  let circuitBreaker: ResolvedCircuitBreaker | undefined;
  if (b !== false && mode !== 'off' && mode !== 'fallback-only') {
    const given = b ?? {};
    const strategy = given.strategy ?? BREAKER_DEFAULTS.strategy;
    if (strategy !== 'consecutive' && strategy !== 'sampling')
      fail('circuitBreaker.strategy', "'consecutive' | 'sampling'");
    circuitBreaker = Object.freeze({
      strategy,
      consecutiveFailures: num(
        given.consecutiveFailures,
        BREAKER_DEFAULTS.consecutiveFailures,
        'circuitBreaker.consecutiveFailures',
        (n) => Number.isInteger(n) && n >= 1,
        'an integer >= 1',
      ),
      failureRatio: num(
        given.failureRatio,
        BREAKER_DEFAULTS.failureRatio,
        'circuitBreaker.failureRatio',
        (n) => n > 0 && n < 1,
        'a number strictly between 0 and 1',
      ),
      windowMs: num(
        given.windowMs,
        BREAKER_DEFAULTS.windowMs,
        'circuitBreaker.windowMs',
        (n) => n >= 100,
        'a number of ms >= 100',
      ),
      minimumRps: num(
        given.minimumRps,
        BREAKER_DEFAULTS.minimumRps,
        'circuitBreaker.minimumRps',
        (n) => n > 0,
        'a number > 0',
      ),
      halfOpenAfterMs: num(
        given.halfOpenAfterMs,
        BREAKER_DEFAULTS.halfOpenAfterMs,
        'circuitBreaker.halfOpenAfterMs',
        (n) => n >= 0,
        'a number of ms >= 0',
      ),
    });
  }

  const s = o.shadow ?? {};
  const shadow = Object.freeze({
    sampleRate: num(s.sampleRate, 1, 'shadow.sampleRate', (n) => n >= 0 && n <= 1, 'a number from 0 to 1'),
    maxQueue: num(
      s.maxQueue,
      256,
      'shadow.maxQueue',
      (n) => Number.isInteger(n) && n >= 1,
      'an integer >= 1',
    ),
    batchSize: num(
      s.batchSize,
      8,
      'shadow.batchSize',
      (n) => Number.isInteger(n) && n >= 1,
      'an integer >= 1',
    ),
  });
  const r = o.loadRetry ?? {};
  const initialDelayMs = num(
    r.initialDelayMs,
    1_000,
    'loadRetry.initialDelayMs',
    (n) => n >= 0,
    'a number of ms >= 0',
  );
  const maxDelayMs = num(
    r.maxDelayMs,
    60_000,
    'loadRetry.maxDelayMs',
    (n) => n >= initialDelayMs,
    'a number of ms >= loadRetry.initialDelayMs',
  );
  if (o.onWarning !== undefined && typeof o.onWarning !== 'function') fail('onWarning', 'a function');
  if (o.cacheFallbackResults !== undefined && typeof o.cacheFallbackResults !== 'boolean') {
    fail('cacheFallbackResults', 'a boolean');
  }
  return Object.freeze({
    mode,
    chain: Object.freeze([...chain]),
    fallbackOn,
    circuitBreaker,
    hedgeAfterMs: num(o.hedgeAfterMs, 1_000, 'hedgeAfterMs', (n) => n >= 0, 'a number of ms >= 0'),
    shadow,
    cacheFallbackResults: o.cacheFallbackResults ?? false,
    loadRetry: Object.freeze({ initialDelayMs, maxDelayMs }),
    onWarning: o.onWarning ?? ((message: string) => console.warn(message)),
  });
}
