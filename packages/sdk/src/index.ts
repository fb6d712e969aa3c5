export type {
  Classification,
  Classifier,
  ClassifierKind,
  ClassifyCallOptions,
  Label,
  LabelProbabilities,
  Outcome,
  TeacherScores,
} from './classifier.js';
export { LABELS } from './classifier.js';
export type { ClassifyBatchOptions, ClassifyOptions } from './client.js';
export { PiiClient } from './client.js';
export type {
  APIErrorOptions,
  InvalidInputReason,
  PiiguardErrorKind,
  PiiguardErrorOptions,
} from './errors.js';
export {
  AbortError,
  APIConnectionError,
  APIError,
  APITimeoutError,
  AuthenticationError,
  BadRequestError,
  ClosedError,
  ConfigurationError,
  ConflictError,
  InternalServerError,
  InvalidInputError,
  InvalidResponseError,
  isPiiguardError,
  ModelLoadError,
  NotFoundError,
  OverloadedError,
  PaymentRequiredError,
  PermissionDeniedError,
  PiiguardError,
  PreconditionFailedError,
  RateLimitError,
  TeacherUnavailableError,
  toPiiguardError,
  UnprocessableEntityError,
} from './errors.js';
export type { PiiClientEvents } from './events.js';
export type {
  CircuitEvent,
  CircuitStateName,
  FallbackEvent,
  FallbackEventMap,
  ShadowEvent,
  TeacherLoadedEvent,
  TeacherLoadFailedEvent,
} from './fallback/events.js';
export type { LazyState } from './fallback/lazy-classifier.js';
export type {
  CircuitBreakerOptions,
  ClassifierFactory,
  ClassifierSource,
  FallbackMode,
  FallbackOptions,
  FallbackTriggers,
  LoadRetryOptions,
  ShadowOptions,
} from './fallback/options.js';
export { FALLBACK_MODES } from './fallback/options.js';
export type { ErrorFallbackReason, FallbackReason } from './fallback/policy.js';
export type { ResolvedCircuitBreaker, ResolvedFallbackOptions } from './fallback/resolve-options.js';
export { DEFAULT_FALLBACK_TRIGGERS } from './fallback/resolve-options.js';
export type { ShadowStats } from './fallback/shadow.js';
export type { ClientStats, FallbackMemberStats } from './fallback/stats.js';
export type { FireworksCallOptions, FireworksClassifierOptions } from './fireworks/fireworks-classifier.js';
export { FireworksClassifier } from './fireworks/fireworks-classifier.js';
export type { FireworksOptions, ResolvedFireworksOptions } from './fireworks/options.js';
export {
  DEFAULT_BASE_URL,
  DEFAULT_MODEL,
  DEFAULT_PROMPT_VERSION,
  DEFAULT_SYSTEM_PROMPT,
} from './fireworks/options.js';
export type { ParsedAnswer } from './fireworks/parse.js';
export { labelFromText, labelFromToken, parseCompletion } from './fireworks/parse.js';
export type { RetryEvent, RetryReason } from './fireworks/retry.js';
export { normalizeInput } from './input.js';
export type {
  CacheOptions,
  PiiClientOptions,
  ResolvedCacheOptions,
  ResolvedClientOptions,
} from './options.js';
export { resolveClientOptions } from './options.js';
export type { ClassifyResult, ResultSource } from './result.js';
export { INPUT_RULE_MODEL } from './result.js';
