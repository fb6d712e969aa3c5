import type { Classification, ClassifierKind } from './classifier.js';
import type { FallbackReason } from './fallback/policy.js';

/**
 * Where a result came from: a backend (`api`, `teacher`, `pocket`), the client's cache, or the
 * input itself (`input`: empty or whitespace-only text is `none` without calling any model).
 */
export type ResultSource = ClassifierKind | 'cache' | 'input';

/** What `PiiClient.classify` returns. */
export interface ClassifyResult extends Classification {
  readonly source: ResultSource;
  /** For `source: 'cache'`: the backend that produced the cached answer. */
  readonly cachedSource?: ClassifierKind;
  /** Why a fallback answered instead of the API (see FALLBACK.md); absent when the API answered. */
  readonly fallbackReason?: FallbackReason;
  /** `hedge` mode: true when the fallback was started for this text, whichever answer won. */
  readonly hedged?: boolean;
  /** Wall time of this call inside the client, in ms (validation, cache, requests, retries). */
  readonly latencyMs: number;
}

/** The `model` reported for results decided from the input alone. */
export const INPUT_RULE_MODEL = 'piiguard:empty-input';
