// The public API of @piiguard/sdk, export by export. Anything not listed here is internal.

export type { BackendCallOptions, BaseClassifierOptions } from './base-classifier.js';
export { BaseClassifier } from './base-classifier.js';
export type { CacheStats, SharedCacheStats } from './cache/shared-cache.js';
export type { CacheStore } from './cache/store.js';
export type {
  Classification,
  Classifier,
  ClassifierCalls,
  ClassifierKind,
  ClassifyBatchOptions,
  ClassifyOptions,
  ClassifyResult,
  ConversationTurn,
  Label,
  LabelProbabilities,
  Outcome,
  ResultSource,
  TeacherScores,
} from './classifier.js';
export { LABELS } from './classifier.js';
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
  FallbackUnavailableError,
  InferenceError,
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
  toPiiguardError,
  UnprocessableEntityError,
} from './errors.js';
export type { PiiClientEvents } from './events.js';
export type {
  CircuitEvent,
  CircuitStateName,
  FallbackEvent,
  FallbackLoadedEvent,
  FallbackLoadFailedEvent,
  ShadowEvent,
} from './fallback/events.js';
export type { FallbackMemberState } from './fallback/lazy-classifier.js';
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
export type { ShadowStats } from './fallback/shadow.js';
export type { ClientStats, FallbackMemberStats } from './fallback/stats.js';
export type { FireworksClassifierOptions } from './fireworks/fireworks-classifier.js';
export { FireworksClassifier } from './fireworks/fireworks-classifier.js';
export type { FireworksOptions } from './fireworks/options.js';
export {
  DEFAULT_BASE_URL,
  DEFAULT_MODEL,
  DEFAULT_PROMPT_VERSION,
  DEFAULT_SYSTEM_PROMPT,
} from './fireworks/options.js';
export type { ChatTurn } from './fireworks/request.js';
export { LABEL_GRAMMAR, studentMessages } from './fireworks/request.js';
export type { HttpOptions } from './http/options.js';
export type { RateLimitSnapshot } from './http/rate-limit.js';
export type { RetryEvent, RetryReason } from './http/retry.js';
export { DEFAULT_MAX_CONTEXT_LENGTH, DEFAULT_MAX_TEXT_LENGTH, INPUT_RULE_MODEL } from './input.js';
export type { CacheOptions, PiiClientOptions } from './options.js';
